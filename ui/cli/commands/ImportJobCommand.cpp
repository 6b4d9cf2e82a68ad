#include "ImportJobCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ImportServiceAccess.h"
#include "ShippingPapers.h"
#include "core/JobContext.h"
#include "drives/PreparedDrives.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"
#include "importjob/JobStatus.h"
#include "offline/OfflineIdentity.h"
#include "offline/SeedManifest.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::ImportJobCommand)
};

QString usage()
{
    return Text::tr("Usage:\n"
                    "  semina-cli importjob create --job NAME --staging DIR [--drives FILE] [JOB OPTIONS]\n"
                    "  semina-cli importjob ship [JOB OPTIONS] [--interactive] [--yes] [DETAILS]\n"
                    "  semina-cli importjob show|cancel [JOB OPTIONS]\n"
                    "  semina-cli importjob papers [JOB OPTIONS] --out DIR\n"
                    "JOB OPTIONS: --job NAME, --publish-settings FILE, --subscription GUID, --staging DIR.\n"
                    "Without them the job is the one this computer waits on; from another computer give the\n"
                    "staging location and the publish settings file.\n"
                    "`create` creates the job in the import service (diskprep does it after the last drive; this\n"
                    "is its retry): the drives diskprep recorded in the job's folder, or those FILE lists as JSON\n"
                    "(driveId, serial, sequence, count, bytes, manifestSha256 in hex); each drive's key is read\n"
                    "from this computer's keychain.\n"
                    "`ship` takes DETAILS as --carrier, --tracking-number, --drive-count, --ship-date YYYY-MM-DD,\n"
                    "--recipient, --street1, --street2, --city, --state, --postal-code, --country, --phone,\n"
                    "--email, --return-carrier, --return-account; on a terminal (or with --interactive) it asks\n"
                    "for each one missing, in this order. It shows a review and commits on \"yes\" (or --yes).\n"
                    "Run again, it shows the job and each drive's state.\n"
                    "`papers` writes the packing list and one label per drive as PDF into DIR.\n");
}

// The prepared drives from a JSON file; their keys from the keychain.
Result<QList<Offline::DriveForImport>> readDrives(const QString &path, SecretStore &secrets)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Text::tr("Cannot read the drive list \"%1\": %2.").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray() || document.array().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a drive list (a JSON array of drives).").arg(path));
    QList<Offline::DriveForImport> drives;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Offline::DriveForImport drive;
        drive.driveId = object.value(QStringLiteral("driveId")).toString();
        drive.serial = object.value(QStringLiteral("serial")).toString();
        drive.sequence = object.value(QStringLiteral("sequence")).toInt();
        drive.count = object.value(QStringLiteral("count")).toInt();
        drive.bytes = object.value(QStringLiteral("bytes")).toString().toLongLong();
        drive.manifestSha256
            = QByteArray::fromHex(object.value(QStringLiteral("manifestSha256")).toString().toLatin1());
        auto key = Offline::driveKeyFromKeychain(drive.driveId, Offline::driveKeyName(drive.driveId), secrets);
        if (!key)
            return fail(key.error());
        drive.driveKey = *key;
        drives.append(drive);
    }
    return drives;
}

} // namespace

QString ImportJobCommand::summary() const
{
    return Text::tr("create | ship | show | cancel | papers: the import job in the import service");
}

int ImportJobCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const auto option = [](const char *name, const QString &description, const QString &value = {}) {
        return QCommandLineOption(QLatin1String(name), description, value);
    };
    parser.addOptions({
        option("job", Text::tr("The import job."), Text::tr("NAME")),
        option("publish-settings", Text::tr("The publish settings file."), Text::tr("FILE")),
        option("subscription", Text::tr("The subscription id."), Text::tr("GUID")),
        option("staging", Text::tr("The staging location."), Text::tr("DIR")),
        option("drives", Text::tr("The prepared drives (JSON)."), Text::tr("FILE")),
        option("out", Text::tr("Where to write the papers."), Text::tr("DIR")),
        option("interactive", Text::tr("Ask for each missing detail.")),
        option("yes", Text::tr("Commit without asking.")),
        option("carrier", Text::tr("The carrier."), Text::tr("NAME")),
        option("tracking-number", Text::tr("The tracking number."), Text::tr("NUMBER")),
        option("drive-count", Text::tr("The number of drives in the package."), Text::tr("N")),
        option("ship-date", Text::tr("The ship date."), Text::tr("YYYY-MM-DD")),
        option("recipient", Text::tr("Return address: recipient."), Text::tr("TEXT")),
        option("street1", Text::tr("Return address: street, line 1."), Text::tr("TEXT")),
        option("street2", Text::tr("Return address: street, line 2."), Text::tr("TEXT")),
        option("city", Text::tr("Return address: city."), Text::tr("TEXT")),
        option("state", Text::tr("Return address: state or province."), Text::tr("TEXT")),
        option("postal-code", Text::tr("Return address: postal code."), Text::tr("TEXT")),
        option("country", Text::tr("Return address: country or region."), Text::tr("TEXT")),
        option("phone", Text::tr("Return address: phone."), Text::tr("TEXT")),
        option("email", Text::tr("Return address: email."), Text::tr("TEXT")),
        option("return-carrier", Text::tr("Return shipping: carrier."), Text::tr("NAME")),
        option("return-account", Text::tr("Return shipping: carrier account number."), Text::tr("NUMBER")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help.")),
    });
    if (!parser.parse(arguments)) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, parser.errorText()});
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << usage() << Qt::flush;
        return kExitOk;
    }
    const QStringList actions{QStringLiteral("create"), QStringLiteral("ship"), QStringLiteral("show"),
                              QStringLiteral("cancel"), QStringLiteral("papers")};
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !actions.contains(action)) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("Choose one of create, ship, show, cancel and papers.")});
    }
    QString staging = parser.value(QStringLiteral("staging"));
    if (!staging.isEmpty() && !staging.startsWith(QLatin1String("//")) && !staging.startsWith(QLatin1String("\\\\")))
        staging = QDir(staging).absolutePath();
    const JobTargetOptions target{parser.value(QStringLiteral("job")), parser.value(QStringLiteral("publish-settings")),
                                  parser.value(QStringLiteral("subscription")), staging};
    if (action == QLatin1String("create"))
        return create(parser, target, console);
    if (action == QLatin1String("ship"))
        return ship(parser, target, console);
    if (action == QLatin1String("cancel"))
        return cancel(target, console);
    if (action == QLatin1String("papers"))
        return papers(parser, target, console);
    return show(target, console);
}

int ImportJobCommand::create(const QCommandLineParser &parser, const JobTargetOptions &options, Console &console)
{
    if (options.job.isEmpty() || options.staging.isEmpty()) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("importjob create needs --job and --staging.")});
    }
    const QString jobFolder = QDir(options.staging).filePath(options.job);
    auto target = resolveJobTarget(options);
    if (!target)
        return console.report(target.error());
    SecretStore secrets;
    QList<Offline::DriveForImport> listed;
    if (parser.isSet(QStringLiteral("drives"))) {
        auto read = readDrives(parser.value(QStringLiteral("drives")), secrets);
        if (!read)
            return console.report(read.error());
        listed = std::move(*read);
    }
    Offline::OfflineIdentity identity(secrets);
    Offline::ImportJobStore localJobs;
    JobContext context;
    auto created
        = Offline::createStagedJob(jobFolder, *target, std::move(listed), secrets, identity, &localJobs, context);
    if (!created)
        return console.report(created.error());
    const Offline::ServiceJob *job = &created->job;
    console.out() << Text::tr("Import job \"%1\" is %2 in %3.")
                         .arg(job->name(), Offline::stateLabel(job->state), created->serviceName)
                  << Qt::endl;
    for (const QString &line : Offline::shipToLines(created->service))
        console.out() << line << Qt::endl;
    console.out() << Offline::describeDeadline(Offline::deadlineFor(*job), QDateTime::currentDateTimeUtc()) << Qt::endl
                  << Text::tr("Next: ship the drives, then enter the shipping details with \"semina-cli importjob "
                              "ship --job %1\".")
                         .arg(job->name())
                  << Qt::endl;
    return kExitOk;
}

int ImportJobCommand::cancel(const JobTargetOptions &options, Console &console)
{
    auto target = resolveJobTarget(options);
    if (!target)
        return console.report(target.error());
    SecretStore secrets;
    Offline::ImportJobStore localJobs;
    auto job = Offline::cancelImportJob(*target, secrets, localJobs);
    if (!job)
        return console.report(job.error());
    console.out() << Text::tr("Import job \"%1\" is canceled; its drives stay with you.").arg(job->name()) << Qt::endl;
    return kExitOk;
}

int ImportJobCommand::show(const JobTargetOptions &options, Console &console)
{
    SecretStore secrets;
    auto opened = openServiceJob(options, secrets);
    if (!opened)
        return console.report(opened.error());
    printJob(console, opened->job, QDateTime::currentDateTimeUtc());
    return kExitOk;
}

int ImportJobCommand::papers(const QCommandLineParser &parser, const JobTargetOptions &options, Console &console)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("importjob papers needs --out DIR.")});
    }
    SecretStore secrets;
    auto opened = openServiceJob(options, secrets);
    if (!opened)
        return console.report(opened.error());
    auto description = opened->service->description();
    if (!description)
        return console.report(description.error());
    auto written = Papers::writeShippingPapers(opened->job, *description, parser.value(QStringLiteral("out")));
    if (!written)
        return console.report(written.error());
    for (const QString &path : *written)
        console.out() << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return kExitOk;
}

} // namespace Semina::Cli
