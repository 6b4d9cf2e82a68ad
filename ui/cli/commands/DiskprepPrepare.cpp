// The copy step of `semina-cli diskprep`: where drives come from (the --drive list, then the
// terminal), how block devices are formatted and mounted (engine/devices), the consent to erase,
// and what is printed once per drive (its recovery password) and at the end.
#include "DiskprepCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DiskprepPrompt.h"
#include "StopSignals.h"
#include "core/JobContext.h"
#include "devices/DriveDiscovery.h"
#include "drives/DriveOpener.h"
#include "drives/DrivePreparation.h"
#include "drives/StagedSeeds.h"
#include "importjob/ImportJobStore.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::DiskprepCommand)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Hands out drives: the --drive list in order, then (on a terminal) the technician's choice.
// Opening them (refusals, formatting with consent, mounts held until the run ends) is the
// engine's DriveOpener, shared with the "Prepare drives" wizard.
class DriveSource {
public:
    DriveSource(const DiskprepCommand::Options &options, qint64 sizeLimit, Console &console)
        : m_options(options)
        , m_console(console)
        , m_opener(options.staging, sizeLimit)
    {
        m_opener.warned
            = [this](const QString &warning) { m_console.err() << Text::tr("warning: %1").arg(warning) << Qt::endl; };
        m_opener.formatting = [this](const QString &path) {
            m_console.err() << Text::tr("Formatting %1 (GPT, exFAT)...").arg(path) << Qt::endl;
        };
    }

    Result<Drives::DriveTarget> next(const Drives::DriveRequest &request)
    {
        if (request.refused) {
            // From the --drive list or without a terminal nobody can choose again: the refusal ends the run.
            if (!DiskprepPrompt::interactive())
                return fail(*request.refused);
            m_console.err() << QStringLiteral("semina-cli: ") << request.refused->message << Qt::endl;
        }
        for (;;) {
            QString path;
            if (m_next < m_options.drives.size()) {
                path = m_options.drives.at(m_next++);
            } else if (DiskprepPrompt::interactive()) {
                path = choose(request);
                if (path.isEmpty())
                    return fail(ErrorCode::Cancelled, stopped(request));
            } else {
                return fail(ErrorCode::NotFound, stopped(request));
            }
            auto target = open(path);
            if (target || !DiskprepPrompt::interactive() || m_next < m_options.drives.size())
                return target;
            m_console.err() << QStringLiteral("semina-cli: ") << target.error().message << Qt::endl;
        }
    }

    bool confirm(const Drives::FormatQuestion &question)
    {
        if (m_options.confirmed.contains(question.drive.name))
            return true;
        if (!DiskprepPrompt::interactive())
            return false;
        if (!question.otherJob.isEmpty())
            m_console.err() << Text::tr("%1 is drive %2 of another import job, \"%3\".")
                                   .arg(question.drive.name)
                                   .arg(question.otherSequence)
                                   .arg(question.otherJob)
                            << Qt::endl;
        if (!question.foreign.isEmpty())
            m_console.err() << Text::tr("%1 holds files Semina did not write: %2")
                                   .arg(question.drive.name, question.foreign.mid(0, 5).join(QStringLiteral(", ")))
                            << Qt::endl;
        return DiskprepPrompt::ask(m_console,
                                   Text::tr("Type the drive's name (%1) to erase it, or press Enter to "
                                            "keep it: ")
                                       .arg(question.drive.name))
            == question.drive.name;
    }

private:
    QString stopped(const Drives::DriveRequest &request) const
    {
        return Text::tr("More drives are needed: %n object(s) (%1) are not on a drive yet. Run the same command "
                        "again with another --drive: the journal keeps everything done so far.",
                        nullptr, int(request.objectsLeft))
            .arg(size(request.bytesLeft));
    }

    QString choose(const Drives::DriveRequest &request)
    {
        if (request.previousFull)
            m_console.err() << Text::tr("The drive is full.") << Qt::endl;
        if (!request.reconnectName.isEmpty())
            m_console.err() << Text::tr("Drive %1 (%2) was not finished: connect it again to continue on it.")
                                   .arg(request.reconnectName, request.reconnectDriveId)
                            << Qt::endl;
        QList<Devices::DriveCandidate> usable;
        if (auto found = Devices::discoverDrives(m_options.staging); found)
            for (const Devices::DriveCandidate &drive : *found)
                if (drive.usable())
                    usable << drive;
        m_console.err() << Text::tr("Drive %1 of the job; %2 left to copy. Drives that may be used:")
                               .arg(request.sequence)
                               .arg(size(request.bytesLeft))
                        << Qt::endl;
        for (int i = 0; i < usable.size(); ++i) {
            const Devices::DriveCandidate &drive = usable.at(i);
            m_console.err() << QStringLiteral("  %1. %2  %3  %4 %5")
                                   .arg(i + 1)
                                   .arg(drive.path, size(drive.size), drive.model, drive.serial)
                            << Qt::endl;
            for (const QString &warning : Devices::DriveCandidate::texts(drive.warnings))
                m_console.err() << QStringLiteral("     ") << Text::tr("warning: %1").arg(warning) << Qt::endl;
        }
        const QString answer = DiskprepPrompt::ask(
            m_console, Text::tr("Type a number, or the path of a drive or folder; press Enter to stop for now: "));
        bool number = false;
        const int index = answer.toInt(&number) - 1;
        if (number && index >= 0 && index < usable.size())
            return usable.at(index).path;
        return answer;
    }

    Result<Drives::DriveTarget> open(const QString &path)
    {
        JobContext context;
        return m_opener.open(
            path, [this](const Drives::FormatQuestion &question) { return confirm(question); }, context);
    }

    const DiskprepCommand::Options &m_options;
    Console &m_console;
    int m_next = 0;
    Drives::DriveOpener m_opener;
};

void printFinished(const Drives::FinishedDrive &finished, Console &console)
{
    const Drives::PreparedDrive &drive = finished.drive;
    console.endProgress();
    console.out() << Text::tr("Drive %1 ready: %2 (drive id %3%4), %5 objects, %6.")
                         .arg(drive.sequence)
                         .arg(finished.name, drive.driveId,
                              drive.serial.isEmpty() ? QString() : Text::tr(", serial %1").arg(drive.serial))
                         .arg(QLocale().toString(drive.objects), size(drive.bytes))
                  << Qt::endl
                  << Text::tr("  Recovery password: %1").arg(finished.recoveryPassword) << Qt::endl;
}

QJsonObject driveJson(const Drives::PreparedDrive &drive, const QString &recoveryPassword)
{
    QJsonObject json{{QStringLiteral("sequence"), drive.sequence},
                     {QStringLiteral("count"), drive.count},
                     {QStringLiteral("driveId"), drive.driveId},
                     {QStringLiteral("serial"), drive.serial},
                     {QStringLiteral("objects"), double(drive.objects)},
                     {QStringLiteral("bytes"), double(drive.bytes)},
                     {QStringLiteral("manifestSha256"), drive.manifestSha256},
                     {QStringLiteral("manifestFile"), drive.manifestFile},
                     {QStringLiteral("keychainEntry"), drive.keychainEntry}};
    if (!recoveryPassword.isEmpty())
        json.insert(QStringLiteral("recoveryPassword"), recoveryPassword);
    return json;
}

} // namespace

int DiskprepCommand::prepare(const Drives::StagedSeed &seed, qint64 driveSize, const Options &options, Console &console)
{
    SecretStore secrets;
    Offline::OfflineIdentity identity(secrets);
    Offline::ImportJobStore jobs;
    DriveSource source(options, driveSize, console);

    Drives::PreparationRequest request;
    request.jobFolder = seed.jobFolder;
    request.seed = seed.seed;
    request.seedManifestSha256 = seed.manifestSha256;
    request.nextDrive = [&source](const Drives::DriveRequest &asked) { return source.next(asked); };
    request.confirmFormat = [&source](const Drives::FormatQuestion &question) { return source.confirm(question); };
    if (!options.json)
        request.driveFinished = [&console](const Drives::FinishedDrive &finished) { printFinished(finished, console); };

    JobContext context;
    if (!options.json)
        context.setProgressListener([&console](const Progress &progress) { console.showProgress(progress); }, 500);
    context.setWarningListener([&console](const Warning &warning) {
        console.endProgress();
        console.err() << Text::tr("warning: %1: %2").arg(warning.item, warning.message) << Qt::endl;
    });
    // Ctrl+C stops at the next object, with the journal written.
    const StopSignals stopSignals(context);
    auto prepared = Drives::prepareDrives(request, {&secrets, identity.load() ? &identity : nullptr, &jobs}, context);
    console.endProgress();
    if (!prepared) {
        if (!options.json && prepared.error().code != ErrorCode::Internal)
            console.err() << Text::tr("The journal %1 keeps what is done: run the same command again to continue.")
                                 .arg(QDir::toNativeSeparators(Drives::PreparationLayout::journalPath(seed.jobFolder)))
                          << Qt::endl;
        return console.report(stopSignals.stopped(prepared.error()));
    }
    const QString countWarning = Devices::driveCountWarning(int(prepared->drives.size()));
    if (options.json) {
        QJsonArray drives;
        for (const Drives::PreparedDrive &drive : prepared->drives) {
            QString password;
            for (const Drives::FinishedDrive &finished : prepared->finishedNow)
                if (finished.drive.sequence == drive.sequence)
                    password = finished.recoveryPassword;
            drives.append(driveJson(drive, password));
        }
        console.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("job"), prepared->job},
                                                                     {QStringLiteral("resumed"), prepared->resumed},
                                                                     {QStringLiteral("journal"), prepared->journalPath},
                                                                     {QStringLiteral("record"), prepared->preparedPath},
                                                                     {QStringLiteral("warning"), countWarning},
                                                                     {QStringLiteral("drives"), drives}})
                                               .toJson())
                      << Qt::flush;
        return context.warnings().isEmpty() ? kExitOk : kExitWarnings;
    }
    console.out()
        << Text::tr("The seed of \"%1\" is on %n drive(s):", nullptr, int(prepared->drives.size())).arg(prepared->job)
        << Qt::endl;
    for (const Drives::PreparedDrive &drive : prepared->drives)
        console.out() << Text::tr("  drive %1 of %2: id %3, serial %4, %5 objects, %6")
                             .arg(drive.sequence)
                             .arg(drive.count)
                             .arg(drive.driveId, drive.serial.isEmpty() ? QStringLiteral("-") : drive.serial,
                                  QLocale().toString(drive.objects), size(drive.bytes))
                      << Qt::endl;
    console.out() << Text::tr("Journal: %1").arg(QDir::toNativeSeparators(prepared->journalPath)) << Qt::endl
                  << Text::tr("Record for the import job: %1").arg(QDir::toNativeSeparators(prepared->preparedPath))
                  << Qt::endl;
    if (!prepared->finishedNow.isEmpty())
        console.out() << Text::tr("Write the recovery passwords above down now and keep them apart from the drives: "
                                  "they are shown only once. The drive keys also stay in this computer's keychain.")
                      << Qt::endl;
    if (!countWarning.isEmpty())
        console.err() << Text::tr("warning: %1").arg(countWarning) << Qt::endl;
    if (const int created = createImportJob(seed, options, console); created != kExitOk)
        return created;
    return context.warnings().isEmpty() ? kExitOk : kExitWarnings;
}

} // namespace Semina::Cli
