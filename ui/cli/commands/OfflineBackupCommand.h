#pragma once

#include "Command.h"

#include <QStringList>

namespace Semina::Offline {
struct OfflineBackupForm;
}

namespace Semina::Cli {

// `semina-cli offline-backup`: the original's "Initiate offline backup" form on the command
// line. --estimate measures the sources; otherwise the form is checked by the engine's
// validator, then the seed is written into the staging location (Offline::writeSeed);
// --verify checks a written seed (Offline::verifySeed). The seed and verify steps live in
// OfflineBackupSeed.cpp.
class OfflineBackupCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("offline-backup"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    // What the command line adds to the form for writing the seed.
    struct SeedOptions {
        QStringList excludes;
        QString passwordFile;
        bool storeKeyInKeychain = true;
        bool force = false;
    };

    int estimate(const QStringList &sources, qint64 driveBytes, const QString &staging, Console &console);
    int checkForm(const Offline::OfflineBackupForm &form, const QStringList &sources, qint64 driveBytes,
                  const SeedOptions &options, Console &console);
    int seed(const Offline::OfflineBackupForm &form, const QStringList &sources, const SeedOptions &options,
             Console &console);
    int verify(const QString &staging, const QString &job, const QString &certificateFile, Console &console);
};

} // namespace Semina::Cli
