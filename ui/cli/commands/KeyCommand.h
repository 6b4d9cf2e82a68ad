#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli key add|remove|list --vault LOCATION`: the vault's passphrases.
class KeyCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("key"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
