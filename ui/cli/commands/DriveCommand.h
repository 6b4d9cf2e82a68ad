#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli drive verify --drive PATH [--recovery-password | --recovery-password-file FILE]`:
// unlocks a prepared drive (the keychain, or its recovery password) and verifies every object
// on it against its drive manifest.
class DriveCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("drive"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
