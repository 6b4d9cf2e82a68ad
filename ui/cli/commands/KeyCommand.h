#pragma once

#include "Command.h"

namespace Semina {
class JobContext;
}
namespace Semina::Vault {
class Vault;
}

namespace Semina::Cli {

// `semina-cli key add [--recovery]|remove|list --vault LOCATION`: the vault's passphrases and
// its recovery key.
class KeyCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("key"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    static int addRecoveryKey(Vault::Vault &vault, bool json, JobContext &context, Console &console);
};

} // namespace Semina::Cli
