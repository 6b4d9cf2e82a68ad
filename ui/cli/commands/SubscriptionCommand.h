#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli subscription create`: issues a publish settings file for the embedded local
// service, so the whole workflow runs on one machine without a cloud account, or (--service)
// for an import service in a storage account, registering its certificate there.
class SubscriptionCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("subscription"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int createForService(const QString &service, const QString &name, const QString &id, const QString &out,
                         Console &console);
};

} // namespace Semina::Cli
