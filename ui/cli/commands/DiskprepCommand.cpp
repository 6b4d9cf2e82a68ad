#include "DiskprepCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "DiskprepPrompt.h"
#include "ImportJobCommand.h"
#include "devices/DriveCandidate.h"
#include "drives/SpanPlan.h"
#include "drives/StagedSeeds.h"
#include "importjob/StagedJob.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::DiskprepCommand)
};

QString usage()
{
    return Text::tr("Usage: semina-cli diskprep s:<staging> [p:<publishsettings>] [options]\n"
                    "       semina-cli diskprep prepare --staging DIR [--publish-settings FILE] [--job NAME]\n"
                    "                 [--drive PATH]... [--confirm-format NAME]... [--drive-size SIZE] [--json]\n"
                    "       semina-cli diskprep prepare --staging DIR [--job NAME] --plan --drive-size 4T [--json]\n"
                    "Copies the seed of an import job from the staging location onto drives: each drive formatted\n"
                    "(a block device gets GPT + exFAT; a mounted volume or folder gets Semina's layout), encrypted\n"
                    "with its own key, filled in the seed manifest's order, every object read back and checked.\n"
                    "Run it again after an interruption: it continues where it stopped.\n"
                    "  --job NAME              the import job (needed when the staging location holds several)\n"
                    "  --drive PATH            a drive: /dev/sdX, a mounted volume or a folder; repeat in order\n"
                    "  --confirm-format NAME   consent to erase the drive called NAME (its files, or another job's)\n"
                    "  --plan                  only show how many drives the seed needs and what goes on each\n"
                    "  --drive-size SIZE       the drives' size for --plan (4T, 500G); with drives, use at most SIZE\n"
                    "  --certificate FILE      the seed server's certificate (.cer), on a copy computer without it\n"
                    "  --json                  print the result as JSON (the import job is then created by\n"
                    "                          semina-cli importjob create)\n"
                    "p:<publishsettings> is required when this computer is not the seed's source computer.\n"
                    "After the last drive the import job is created and the ship-to address printed.\n"
                    "       semina-cli diskprep u: [s:<staging> p:<publishsettings>] [importjob ship options]\n"
                    "enters the shipping details of the job (as semina-cli importjob ship).\n");
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

QString DiskprepCommand::summary() const
{
    return Text::tr("prepare drives: copy a seed onto encrypted drives, verified and resumable (s:<staging>)");
}

Result<DiskprepCommand::Options> DiskprepCommand::parse(const QStringList &arguments)
{
    Options options;
    QStringList args = arguments.mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("prepare"))
        args.removeFirst();
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](const QString &option) -> Result<QString> {
            if (i + 1 >= args.size())
                return fail(ErrorCode::Usage, Text::tr("%1 needs a value.").arg(option));
            return args.at(++i);
        };
        Result<QString> given;
        if (arg.startsWith(QLatin1String("s:"), Qt::CaseInsensitive))
            options.staging = arg.mid(2);
        else if (arg.startsWith(QLatin1String("p:"), Qt::CaseInsensitive))
            options.publishSettings = arg.mid(2);
        else if (arg == QLatin1String("--plan"))
            options.plan = true;
        else if (arg == QLatin1String("--json"))
            options.json = true;
        else if (arg == QLatin1String("--staging") && (given = value(arg)))
            options.staging = *given;
        else if (arg == QLatin1String("--publish-settings") && (given = value(arg)))
            options.publishSettings = *given;
        else if (arg == QLatin1String("--job") && (given = value(arg)))
            options.job = *given;
        else if (arg == QLatin1String("--drive") && (given = value(arg)))
            options.drives << *given;
        else if (arg == QLatin1String("--confirm-format") && (given = value(arg)))
            options.confirmed << *given;
        else if (arg == QLatin1String("--drive-size") && (given = value(arg)))
            options.driveSize = *given;
        else if (arg == QLatin1String("--certificate") && (given = value(arg)))
            options.certificate = *given;
        else if (!given)
            return fail(given.error());
        else
            return fail(ErrorCode::Usage, Text::tr("Unknown argument \"%1\".").arg(arg));
    }
    if (options.staging.isEmpty())
        return fail(ErrorCode::Usage,
                    Text::tr("Name the staging location: s:<staging> or --staging DIR (where the offline backup wrote "
                             "the seed)."));
    if (options.plan && options.driveSize.isEmpty())
        return fail(ErrorCode::Usage, Text::tr("--plan needs the drives' size: --drive-size 4T, for instance."));
    return options;
}

Result<Drives::StagedSeed> DiskprepCommand::chooseSeed(const Options &options, const Offline::Certificate &certificate,
                                                       Console &console)
{
    auto seeds = Drives::listStagedSeeds(options.staging, certificate);
    if (!seeds)
        return fail(seeds.error());
    QList<Drives::StagedSeed> ready;
    for (const Drives::StagedSeed &seed : *seeds) {
        if (!options.job.isEmpty() && seed.job.compare(options.job, Qt::CaseInsensitive) == 0) {
            if (!seed.ready)
                return fail(ErrorCode::InvalidInput,
                            Text::tr("The seed of \"%1\" cannot be copied yet: %2.").arg(seed.job, seed.problem));
            return seed;
        }
        if (seed.ready)
            ready << seed;
    }
    QStringList listed;
    for (const Drives::StagedSeed &seed : *seeds)
        listed << (seed.ready ? (seed.drivesPrepared ? Text::tr("%1 (drives prepared)").arg(seed.job) : seed.job)
                              : Text::tr("%1 (%2)").arg(seed.job, seed.problem));
    if (!options.job.isEmpty())
        return fail(
            ErrorCode::NotFound,
            Text::tr("The staging location %1 holds no seed of job \"%2\"; it holds: %3.")
                .arg(QDir::toNativeSeparators(options.staging), options.job, listed.join(QStringLiteral(", "))));
    if (ready.isEmpty())
        return fail(ErrorCode::NotFound,
                    Text::tr("No seed in %1 is ready to be copied: %2.")
                        .arg(QDir::toNativeSeparators(options.staging), listed.join(QStringLiteral("; "))));
    if (ready.size() == 1)
        return ready.first();
    if (!DiskprepPrompt::interactive())
        return fail(ErrorCode::Usage,
                    Text::tr("The staging location holds several jobs (%1): choose one with --job NAME.")
                        .arg(listed.join(QStringLiteral(", "))));
    console.err() << Text::tr("Import jobs in %1:").arg(QDir::toNativeSeparators(options.staging)) << Qt::endl;
    for (int i = 0; i < seeds->size(); ++i)
        console.err() << QStringLiteral("  %1. ").arg(i + 1) << listed.at(i) << Qt::endl;
    for (;;) {
        const QString answer = DiskprepPrompt::ask(console, Text::tr("Which job? Type its number or name: "));
        if (answer.isEmpty())
            return fail(ErrorCode::Cancelled, Text::tr("No job chosen: nothing was done."));
        bool number = false;
        const int index = answer.toInt(&number) - 1;
        for (int i = 0; i < seeds->size(); ++i)
            if (((number && i == index) || seeds->at(i).job.compare(answer, Qt::CaseInsensitive) == 0)
                && seeds->at(i).ready)
                return seeds->at(i);
        console.err() << Text::tr("That is not a job ready to be copied.") << Qt::endl;
    }
}

Result<> DiskprepCommand::checkPublishSettings(const Options &options, const Drives::StagedSeed &seed)
{
    const Offline::SeedManifest &manifest = seed.seed.manifest;
    const bool sourceComputer = manifest.sourceHost.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) == 0;
    if (options.publishSettings.isEmpty()) {
        if (sourceComputer)
            return {};
        return fail(ErrorCode::Usage,
                    Text::tr("This computer (%1) is not the seed's source computer (%2): give the publish settings "
                             "file of subscription %3 with p:<file>.")
                        .arg(QSysInfo::machineHostName(), manifest.sourceHost, manifest.form.subscriptionId));
    }
    return Offline::checkJobPublishSettings(options.publishSettings, manifest.form.subscriptionId);
}

int DiskprepCommand::plan(const Drives::StagedSeed &seed, qint64 driveSize, const Options &options, Console &console)
{
    const QList<Offline::SeedObject> &objects = seed.seed.manifest.objects;
    const auto planned = Drives::planStagedSeed(seed, driveSize);
    if (!planned)
        return console.report(planned.error());
    const QString countWarning = Devices::driveCountWarning(int(planned->size()));
    if (options.json) {
        QJsonArray drives;
        for (int i = 0; i < planned->size(); ++i) {
            const Drives::PlannedDrive &drive = planned->at(i);
            drives.append(QJsonObject{{QStringLiteral("sequence"), i + 1},
                                      {QStringLiteral("objects"), double(drive.objects())},
                                      {QStringLiteral("bytes"), double(drive.bytes)},
                                      {QStringLiteral("first"), objects.at(drive.first).name},
                                      {QStringLiteral("last"), objects.at(drive.end - 1).name}});
        }
        console.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("job"), seed.job},
                                                                     {QStringLiteral("driveSize"), double(driveSize)},
                                                                     {QStringLiteral("drives"), drives},
                                                                     {QStringLiteral("warning"), countWarning}})
                                               .toJson())
                      << Qt::flush;
        return kExitOk;
    }
    console.out() << Text::tr("The seed of \"%1\" (%2 objects, %3) needs %n drive(s) of %4:", nullptr,
                              int(planned->size()))
                         .arg(seed.job, QLocale().toString(objects.size()), size(seed.seed.manifest.seedBytes()),
                              size(driveSize))
                  << Qt::endl;
    for (int i = 0; i < planned->size(); ++i) {
        const Drives::PlannedDrive &drive = planned->at(i);
        console.out() << Text::tr("  drive %1: objects %2 to %3 (%4), %5")
                             .arg(i + 1)
                             .arg(drive.first + 1)
                             .arg(drive.end)
                             .arg(QLocale().toString(drive.objects()), size(drive.bytes))
                      << Qt::endl;
    }
    if (!countWarning.isEmpty())
        console.err() << Text::tr("warning: %1").arg(countWarning) << Qt::endl;
    return kExitOk;
}

int DiskprepCommand::shippingDetails(const QStringList &arguments, Console &console)
{
    // The original's u: mode: s: and p: name the staging location and the publish settings when
    // this is not the computer that waits on the job; the rest goes to importjob ship as given.
    QStringList forwarded{QStringLiteral("importjob"), QStringLiteral("ship")};
    for (const QString &arg : arguments.mid(1)) {
        if (arg.compare(QLatin1String("u:"), Qt::CaseInsensitive) == 0)
            continue;
        if (arg.startsWith(QLatin1String("s:"), Qt::CaseInsensitive))
            forwarded << QStringLiteral("--staging") << arg.mid(2);
        else if (arg.startsWith(QLatin1String("p:"), Qt::CaseInsensitive))
            forwarded << QStringLiteral("--publish-settings") << arg.mid(2);
        else
            forwarded << arg;
    }
    return ImportJobCommand().run(forwarded, console);
}

int DiskprepCommand::createImportJob(const Drives::StagedSeed &seed, const Options &options, Console &console)
{
    QStringList arguments{QStringLiteral("importjob"), QStringLiteral("create"),
                          QStringLiteral("--job"),     seed.job,
                          QStringLiteral("--staging"), QDir(options.staging).absolutePath()};
    if (!options.publishSettings.isEmpty())
        arguments << QStringLiteral("--publish-settings") << options.publishSettings;
    const int code = ImportJobCommand().run(arguments, console);
    if (code != kExitOk)
        console.err() << Text::tr("The drives are prepared; once the problem above is fixed, create the import job "
                                  "with: semina-cli importjob create --job %1 --staging %2")
                             .arg(seed.job, QDir::toNativeSeparators(QDir(options.staging).absolutePath()))
                      << Qt::endl;
    return code;
}

int DiskprepCommand::run(const QStringList &arguments, Console &console)
{
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        console.out() << usage() << Qt::flush;
        return kExitOk;
    }
    for (const QString &arg : arguments.mid(1))
        if (arg.compare(QLatin1String("u:"), Qt::CaseInsensitive) == 0)
            return shippingDetails(arguments, console);
    auto options = parse(arguments);
    if (!options) {
        console.err() << usage();
        return console.report(options.error());
    }
    qint64 driveSize = -1;
    if (!options->driveSize.isEmpty()) {
        auto parsed = Drives::parseDataSize(options->driveSize);
        if (!parsed)
            return console.report(parsed.error());
        driveSize = *parsed;
    }
    std::optional<Offline::Certificate> certificate;
    if (!options->certificate.isEmpty()) {
        QFile file(options->certificate);
        if (!file.open(QIODevice::ReadOnly))
            return console.report(
                {ErrorCode::NotFound,
                 Text::tr("The certificate \"%1\" cannot be read: %2.").arg(options->certificate, file.errorString())});
        auto parsed = Offline::Certificate::fromDer(file.readAll());
        if (!parsed)
            return console.report(parsed.error().prefixed(options->certificate));
        certificate = *parsed;
    } else {
        SecretStore secrets;
        auto params = Offline::OfflineIdentity(secrets).load();
        if (!params)
            return console.report(
                {ErrorCode::NotFound,
                 Text::tr("This computer has no offline identity to check the seed's signature with: give the seed "
                          "server's certificate with --certificate FILE (certgen ExportCertificate on that server).")});
        certificate = params->certificate;
    }
    auto seed = chooseSeed(*options, *certificate, console);
    if (!seed)
        return console.report(seed.error());
    if (auto checked = checkPublishSettings(*options, *seed); !checked)
        return console.report(checked.error());
    if (options->plan)
        return plan(*seed, driveSize, *options, console);
    return prepare(*seed, driveSize, *options, console);
}

} // namespace Semina::Cli
