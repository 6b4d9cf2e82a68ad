#include "OfflineBackupCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "importjob/ImportJobStore.h"
#include "offline/OfflineFormValidator.h"
#include "offline/OfflineIdentity.h"
#include "offline/OfflineRegistry.h"
#include "offline/Seed.h"
#include "offline/SeedEstimate.h"
#include "offline/SeedManifest.h"
#include "offline/SeedVerification.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>

namespace Semina::Cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Semina::Cli::OfflineBackupCommand",
        "Usage:\n"
        "  semina-cli offline-backup --estimate [--drive-size SIZE] [--staging DIR] SOURCE...\n"
        "  semina-cli offline-backup --staging DIR --publish-settings FILE --job NAME\n"
        "             --subscription GUID --storage-account NAME --container NAME\n"
        "             [--exclude PATH]... [--password-file FILE] [--no-keychain] [--force] SOURCE...\n"
        "  semina-cli offline-backup --verify --staging DIR --job NAME [--certificate FILE.cer]\n"
        "--estimate reports the protected size, the expected seed size and the drives needed\n"
        "(SIZE like 4T, 500G or 2TiB; 4T by default) and, with --staging, whether DIR has room\n"
        "for it (exit code 1 when it does not). The second form checks the offline-backup\n"
        "form and writes the first backup into DIR/NAME: a vault, its signed seed manifest, and\n"
        "the job in the job list. The vault's passphrase comes from --password-file, else\n"
        "SEMINA_PASSWORD, else a prompt; it is kept in the OS keychain unless --no-keychain.\n"
        "Run the same command again to continue an interrupted seed; --force replaces a\n"
        "finished one. --verify re-reads the seed and checks it against its manifest and the\n"
        "manifest's signature (by this server's certificate, or the exported FILE.cer).\n");
}

// Local paths are made absolute, so the job records where they are; a network path
// (\\server\share or //server/share) is left as given.
QString absoluteStaging(const QString &given)
{
    if (given.isEmpty() || given.startsWith(QLatin1String("//")) || given.startsWith(QLatin1String("\\\\")))
        return given;
    return QDir(given).absolutePath();
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Runs an engine job with its progress on standard error; Ctrl+C stops it.
template <typename Job> auto withProgress(Console &console, Job job)
{
    JobContext context;
    context.setProgressListener([&console](const Progress &progress) { console.showProgress(progress); }, 500);
    const StopSignals stopSignals(context, StopSignals::Rerun::StartsAgain);
    auto result = job(context);
    console.endProgress();
    if (!result)
        return decltype(result)(std::unexpected(stopSignals.stopped(result.error())));
    return result;
}

} // namespace

QString OfflineBackupCommand::summary() const
{
    return QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                       "estimate or start the offline backup (the first backup, on drives)");
}

int OfflineBackupCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption estimateOption(
        QStringLiteral("estimate"), QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Only estimate."));
    const QCommandLineOption driveSize(
        QStringLiteral("drive-size"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The shipping drives' size."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "SIZE"), QStringLiteral("4T"));
    const QCommandLineOption staging(
        QStringLiteral("staging"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The staging location."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "DIR"));
    const QCommandLineOption publishSettings(
        QStringLiteral("publish-settings"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The publish settings file."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "FILE"));
    const QCommandLineOption job(
        QStringLiteral("job"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The import job's name."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "NAME"));
    const QCommandLineOption subscription(
        QStringLiteral("subscription"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The subscription id."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "GUID"));
    const QCommandLineOption account(
        QStringLiteral("storage-account"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The storage account."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "NAME"));
    const QCommandLineOption container(
        QStringLiteral("container"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The storage container."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "NAME"));
    const QCommandLineOption exclude(
        QStringLiteral("exclude"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Leave PATH out (repeatable)."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "PATH"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Read the vault's passphrase from FILE."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "FILE"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
                                        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                                    "Do not keep the vault's key in the keychain."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Replace a finished seed."));
    const QCommandLineOption verifyOption(
        QStringLiteral("verify"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Verify a written seed."));
    const QCommandLineOption certificate(
        QStringLiteral("certificate"),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "The exported certificate (DER)."),
        QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Show this help."));
    parser.addOptions({estimateOption, driveSize, staging, publishSettings, job, subscription, account, container,
                       exclude, passwordFile, noKeychain, force, verifyOption, certificate, help});
    if (!parser.parse(arguments)) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, parser.errorText()});
    }
    if (parser.isSet(help)) {
        console.out() << usage() << Qt::flush;
        return kExitOk;
    }
    if (parser.isSet(verifyOption))
        return verify(absoluteStaging(parser.value(staging)), parser.value(job), parser.value(certificate), console);
    const QStringList sources = parser.positionalArguments();
    if (sources.isEmpty()) {
        console.err() << usage();
        return console.report({ErrorCode::Usage,
                               QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                           "Name at least one folder or file to protect.")});
    }
    const auto driveBytes = Offline::parseByteSize(parser.value(driveSize));
    if (!driveBytes)
        return console.report(driveBytes.error());
    const QString stagingPath = absoluteStaging(parser.value(staging));
    if (parser.isSet(estimateOption))
        return estimate(sources, *driveBytes, stagingPath, console);

    const Offline::OfflineBackupForm form{stagingPath,           parser.value(publishSettings),
                                          parser.value(job),     parser.value(subscription),
                                          parser.value(account), parser.value(container)};
    SeedOptions options;
    for (const QString &path : parser.values(exclude))
        options.excludes << QDir(path).absolutePath();
    options.passwordFile = parser.value(passwordFile);
    options.storeKeyInKeychain = !parser.isSet(noKeychain);
    options.force = parser.isSet(force);
    return checkForm(form, sources, *driveBytes, options, console);
}

int OfflineBackupCommand::estimate(const QStringList &sources, qint64 driveBytes, const QString &staging,
                                   Console &console)
{
    Offline::SeedEstimateOptions options;
    options.driveBytes = driveBytes;
    const auto estimate
        = withProgress(console, [&](JobContext &context) { return Offline::estimateSeed(sources, options, context); });
    if (!estimate)
        return console.report(estimate.error());
    const QLocale locale;
    console.out() << QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                 "Protected size:    %1 in %2 files and %3 folders")
                         .arg(size(estimate->protectedBytes), locale.toString(estimate->files),
                              locale.toString(estimate->folders))
                  << Qt::endl
                  << QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                 "Expected seed:     %1 (compresses to %2% in a sample of %3)")
                         .arg(size(estimate->expectedSeedBytes),
                              locale.toString(estimate->compressionRatio * 100.0, 'f', 0), size(estimate->sampledBytes))
                  << Qt::endl
                  << QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                 "Staging location:  needs %1 free (the protected size, to be safe)")
                         .arg(size(estimate->protectedBytes))
                  << Qt::endl
                  << QCoreApplication::translate("Semina::Cli::OfflineBackupCommand", "Drives needed:     %1 of %2")
                         .arg(estimate->drivesNeeded)
                         .arg(size(estimate->driveBytes))
                  << Qt::endl;
    // The original Import/Export service takes at most 10 drives per job.
    if (estimate->drivesNeeded > 10)
        console.out() << QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                     "More than 10 drives: split the sources into several import jobs.")
                      << Qt::endl;
    if (staging.isEmpty())
        return kExitOk;
    // With --staging, the staging rule of the form says whether it will hold the seed.
    Offline::OfflineFormValidator validator;
    validator.setEstimatedSeedBytes(estimate->protectedBytes);
    const auto location = validator.checkStagingLocation(staging);
    if (!location) {
        console.err() << "semina-cli: " << location.error().message << Qt::endl;
        return kExitWarnings;
    }
    console.out() << (location->bytesAvailable < 0
                          ? QCoreApplication::translate(
                                "Semina::Cli::OfflineBackupCommand",
                                "Staging free:      not known from here (%1 is checked when the seed is written)")
                                .arg(location->path)
                          : QCoreApplication::translate("Semina::Cli::OfflineBackupCommand",
                                                        "Staging free:      %1 in %2, enough")
                                .arg(size(location->bytesAvailable), location->path))
                  << Qt::endl;
    return kExitOk;
}

int OfflineBackupCommand::checkForm(const Offline::OfflineBackupForm &form, const QStringList &sources,
                                    qint64 driveBytes, const SeedOptions &seedOptions, Console &console)
{
    Offline::SeedEstimateOptions options;
    options.driveBytes = driveBytes;
    const auto estimate
        = withProgress(console, [&](JobContext &context) { return Offline::estimateSeed(sources, options, context); });
    if (!estimate)
        return console.report(estimate.error());

    Offline::OfflineFormValidator validator;
    // The job this form continues (or replaces with --force) does not count as taken.
    const auto jobNames = Offline::jobNamesTakenFor(form, Offline::ImportJobStore());
    if (!jobNames)
        return console.report(jobNames.error());
    validator.setExistingJobNames(*jobNames);
    QSettings settings;
    validator.setRegisteredStorageAccounts(
        Offline::OfflineRegistry(settings, Offline::OfflineIdentity::defaultDataFolder()).registeredStorageAccounts());
    // The staging location holds the compressed seed; the protected size is the safe margin,
    // less what an interrupted run of this job has written there already.
    validator.setEstimatedSeedBytes(qMax<qint64>(0, estimate->protectedBytes - Offline::seedBytesWritten(form)));
    const QList<Offline::FieldProblem> problems = validator.validate(form);
    for (const Offline::FieldProblem &problem : problems)
        console.err() << "semina-cli: " << problem.message << Qt::endl;
    if (!problems.isEmpty())
        return exitCodeFor(ErrorCode::InvalidInput);
    return seed(form, sources, seedOptions, console);
}

} // namespace Semina::Cli
