#pragma once

#include "Command.h"
#include "core/Error.h"

#include <QStringList>

namespace Semina::Offline {
class Certificate;
}

namespace Semina::Drives {
struct StagedSeed;
}

namespace Semina::Cli {

// `semina-cli diskprep`: the technician's drive preparation (the original's
// AzureOfflineBackupDiskPrep.exe s:<staging> [p:<publishsettings>]), in the original's syntax
// and as `diskprep prepare --staging DIR ...`. Interactive on a terminal; every prompt has its
// option for scripts.
class DiskprepCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("diskprep"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

    struct Options {
        QString staging;
        QString publishSettings;
        QString job;
        QStringList drives;
        QStringList confirmed; // --confirm-format NAME
        QString certificate; // the server's exported certificate, on another copy computer
        QString driveSize; // --drive-size: the plan's drive size, or a limit per drive
        bool plan = false;
        bool json = false;
    };

private:
    static Result<Options> parse(const QStringList &arguments);
    static Result<Drives::StagedSeed> chooseSeed(const Options &options, const Offline::Certificate &certificate,
                                                 Console &console);
    static Result<> checkPublishSettings(const Options &options, const Drives::StagedSeed &seed);
    static int plan(const Drives::StagedSeed &seed, qint64 driveSize, const Options &options, Console &console);
    static int prepare(const Drives::StagedSeed &seed, qint64 driveSize, const Options &options, Console &console);
    // After the last drive: the import job in the service, and the ship-to address printed.
    static int createImportJob(const Drives::StagedSeed &seed, const Options &options, Console &console);
    // `diskprep u: [s:<staging> p:<publishsettings>]`: the shipping details (importjob ship).
    static int shippingDetails(const QStringList &arguments, Console &console);
};

} // namespace Semina::Cli
