#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli init --vault LOCATION [--keychain]`: creates a vault and shows its recovery key once.
class InitCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("init"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
