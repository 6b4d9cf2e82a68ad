#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli snapshots --vault LOCATION`: lists the vault's snapshots.
class SnapshotsCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("snapshots"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
