#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli unlock --vault LOCATION [--remove-stale | --list]`: removes the vault's locks
// (all, or only the stale ones), or lists them.
class UnlockCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("unlock"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
