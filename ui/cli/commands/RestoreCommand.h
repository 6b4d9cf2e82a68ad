#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli restore --vault LOCATION [SNAPSHOT] --target FOLDER [--include PATH]...`: restores a snapshot.
class RestoreCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("restore"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
