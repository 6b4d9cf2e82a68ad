#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli drives list [--staging DIR] [--all] [--json] [PATH...]`: the drives that may be
// prepared (block devices and mounted volumes), and why the others, or named ones, are refused.
class DrivesCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("drives"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
