#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli backup --vault LOCATION PATH...`: backs up files and folders into the vault.
class BackupCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("backup"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
