#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli check --vault LOCATION [--read-data]`: verifies the vault and names any damage.
class CheckCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("check"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
