#pragma once

#include "Command.h"

#include <QStringList>

namespace Semina::Offline {
struct OfflineBackupForm;
}

namespace Semina::Cli {

// `semina-cli offline-backup`: the original's "Initiate offline backup" form on the command
// line. --estimate measures the sources; otherwise the form is checked by the engine's
// validator, then the seed is written into the staging location (the seed step comes with the
// vault engine, see seed()).
class OfflineBackupCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("offline-backup"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int estimate(const QStringList &sources, qint64 driveBytes, const QString &staging, Console &console);
    int checkForm(const Offline::OfflineBackupForm &form, const QStringList &sources, qint64 driveBytes,
                  Console &console);
    int seed(const Offline::OfflineBackupForm &form, const QStringList &sources, Console &console);
};

} // namespace Semina::Cli
