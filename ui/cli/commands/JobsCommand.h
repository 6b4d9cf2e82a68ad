#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli jobs`: the import jobs of this server and their states.
class JobsCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("jobs"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
