#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli certgen`: the original AzureOfflineBackupCertGen's actions, in its syntax or with
// long options: CreateNewApplication, ExportCertificate, AddRegistryEntries.
class CertgenCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("certgen"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int createNewApplication(const QStringList &arguments, Console &console);
    int exportCertificate(const QStringList &arguments, Console &console);
    int addRegistryEntries(const QStringList &arguments, Console &console);
};

} // namespace Semina::Cli
