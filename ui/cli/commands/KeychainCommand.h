#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli keychain check`: proves the OS keychain stores and returns a secret, the
// first thing to try when Semina reports that no keychain is available.
class KeychainCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("keychain"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
