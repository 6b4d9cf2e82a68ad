#include "ImportServiceAccess.h"

#include "Console.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"
#include "importjob/ServiceSetup.h"
#include "offline/SeedManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::ImportServiceAccess)
};

} // namespace

Result<JobTarget> resolveJobTarget(const JobTargetOptions &options)
{
    QList<JobTarget> candidates;
    if (!options.staging.isEmpty()) {
        candidates = Offline::jobsInStaging(options.staging);
        if (candidates.isEmpty())
            return fail(ErrorCode::NotFound,
                        Text::tr("The staging location \"%1\" holds no seed of an import job: name the staging "
                                 "location the seed was written to.")
                            .arg(QDir::toNativeSeparators(options.staging)));
    } else {
        auto local = Offline::ImportJobStore().list();
        if (!local)
            return fail(local.error());
        for (const Offline::ImportJob &job : *local) {
            // Without --job, the job this computer waits on: drives prepared or shipping details due.
            if (options.job.isEmpty() && job.state != Offline::ImportJobState::Seeded
                && job.state != Offline::ImportJobState::DrivesPrepared
                && job.state != Offline::ImportJobState::Creating)
                continue;
            candidates.append({job.name, job.publishSettingsFile, job.subscriptionId});
        }
    }
    if (!options.job.isEmpty()) {
        QList<JobTarget> named;
        for (const JobTarget &candidate : candidates) {
            if (candidate.job.compare(options.job, Qt::CaseInsensitive) == 0)
                named.append(candidate);
        }
        candidates = named;
        if (candidates.isEmpty() && !options.publishSettingsFile.isEmpty())
            candidates.append({options.job, {}, {}});
    }
    if (candidates.isEmpty())
        return fail(ErrorCode::NotFound,
                    options.job.isEmpty()
                        ? Text::tr("This computer waits on no import job: name it with --job NAME and its publish "
                                   "settings with --publish-settings FILE, or the staging location with --staging "
                                   "DIR.")
                        : Text::tr("This computer knows no import job \"%1\": give its publish settings with "
                                   "--publish-settings FILE, or its staging location with --staging DIR.")
                              .arg(options.job));
    if (candidates.size() > 1) {
        QStringList names;
        for (const JobTarget &candidate : candidates)
            names << candidate.job;
        return fail(ErrorCode::InvalidInput,
                    Text::tr("Several import jobs could be meant (%1): name one with --job.")
                        .arg(names.join(QStringLiteral(", "))));
    }
    JobTarget target = candidates.first();
    if (!options.publishSettingsFile.isEmpty())
        target.publishSettingsFile = options.publishSettingsFile;
    if (!options.subscriptionId.isEmpty())
        target.subscriptionId = options.subscriptionId;
    return target;
}

Result<std::unique_ptr<Offline::ImportService>> openService(const JobTarget &target, SecretStore &secrets)
{
    if (target.publishSettingsFile.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" names no publish settings file: give it with --publish-settings FILE.")
                        .arg(target.job));
    return Offline::openJobService(target, secrets);
}

Result<ServiceJobAccess> openServiceJob(const JobTargetOptions &options, SecretStore &secrets)
{
    auto target = resolveJobTarget(options);
    if (!target)
        return fail(target.error());
    auto service = openService(*target, secrets);
    if (!service)
        return fail(service.error());
    auto job = (*service)->job(target->job);
    if (!job)
        return fail(job.error());
    return ServiceJobAccess{*target, std::move(*service), std::move(*job)};
}

void printJob(Console &console, const Offline::ServiceJob &job, const QDateTime &now)
{
    QTextStream &out = console.out();
    out << Text::tr("Import job \"%1\": %2 (since %3)")
               .arg(job.name(), Offline::stateLabel(job.state),
                    QLocale().toString(job.stateChanged.toLocalTime(), QLocale::ShortFormat))
        << Qt::endl;
    const QString deadline = Offline::describeDeadline(Offline::deadlineFor(job), now);
    if (!deadline.isEmpty())
        out << "  " << deadline << Qt::endl;
    if (job.shipping)
        out << "  "
            << Text::tr("Shipped with %1, tracking number %2, on %3.")
                   .arg(job.shipping->package.carrier, job.shipping->package.trackingNumber,
                        QLocale().toString(job.shipping->package.shipDate, QLocale::ShortFormat))
            << Qt::endl;
    for (const Offline::ServiceDrive &drive : job.request.drives)
        out << "  "
            << Text::tr("Drive %1 of %2: %3 (serial %4): %5")
                   .arg(drive.sequence)
                   .arg(drive.count)
                   .arg(drive.driveId, drive.serial.isEmpty() ? Text::tr("none") : drive.serial,
                        Offline::driveStateLabel(drive.state))
            << Qt::endl;
}

QJsonObject jobToStatusJson(const Offline::ServiceJob &job, const QDateTime &now)
{
    const Offline::JobDeadline deadline = Offline::deadlineFor(job);
    QJsonArray drives;
    for (const Offline::ServiceDrive &drive : job.request.drives)
        drives.append(QJsonObject{{QStringLiteral("driveId"), drive.driveId},
                                  {QStringLiteral("serial"), drive.serial},
                                  {QStringLiteral("sequence"), drive.sequence},
                                  {QStringLiteral("count"), drive.count},
                                  {QStringLiteral("state"), Offline::driveStateName(drive.state)}});
    QJsonObject json{{QStringLiteral("job"), job.name()},
                     {QStringLiteral("subscriptionId"), job.subscriptionId},
                     {QStringLiteral("state"), Offline::stateName(job.state)},
                     {QStringLiteral("stateChanged"), job.stateChanged.toString(Qt::ISODate)},
                     {QStringLiteral("drives"), drives}};
    if (deadline.kind != Offline::JobDeadline::Kind::None) {
        json.insert(QStringLiteral("deadline"), deadline.due.toString(Qt::ISODate));
        json.insert(QStringLiteral("secondsLeft"), double(deadline.secondsLeft(now)));
        if (deadline.expectedFrom.isValid())
            json.insert(QStringLiteral("expectedFrom"), deadline.expectedFrom.toString(Qt::ISODate));
    }
    if (job.shipping)
        json.insert(QStringLiteral("trackingNumber"), job.shipping->package.trackingNumber);
    return json;
}

} // namespace Semina::Cli
