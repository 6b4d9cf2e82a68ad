#include "importjob/JobStatus.h"

#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"

#include <QCoreApplication>
#include <QDir>

#include <map>
#include <memory>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::JobStatus)
};

// The services asked in one pass, opened once per publish settings file and subscription.
class ServiceCache {
public:
    explicit ServiceCache(SecretStore &secrets)
        : m_secrets(secrets)
    {
    }

    Result<ServiceJob> job(const JobTarget &target)
    {
        const auto key = std::pair{target.publishSettingsFile, target.subscriptionId};
        auto found = m_services.find(key);
        if (found == m_services.end()) {
            auto opened = openJobService(target, m_secrets);
            if (!opened)
                return fail(opened.error());
            found = m_services.emplace(key, std::move(*opened)).first;
        }
        return found->second->job(target.job);
    }

private:
    SecretStore &m_secrets;
    std::map<std::pair<QString, QString>, std::unique_ptr<ImportService>> m_services;
};

} // namespace

ImportJobState JobStatus::state() const
{
    if (service)
        return service->state;
    return local ? local->state : ImportJobState::Seeded;
}

Result<QList<JobStatus>> statusOfLocalJobs(ImportJobStore &localJobs, SecretStore &secrets, bool askAboutEndedJobs)
{
    auto jobs = localJobs.list();
    if (!jobs)
        return fail(jobs.error());
    ServiceCache services(secrets);
    QList<JobStatus> statuses;
    for (const ImportJob &job : *jobs) {
        JobStatus status{{job.name, job.publishSettingsFile, job.subscriptionId}, job, {}, {}};
        // A seed written (Seeded, DrivesPrepared) may have had its job created at the copy computer,
        // which cannot tell this one: the service is asked, and not finding the job is no problem.
        const bool created = job.state >= ImportJobState::Creating;
        if (job.state != ImportJobState::Seeding && (askAboutEndedJobs || !isFinal(job.state))) {
            if (auto found = services.job(status.target); !found) {
                if (created)
                    status.problem = found.error();
            } else {
                status.service = *found;
                if (auto mirrored = mirrorLocalState(localJobs, *found); !mirrored)
                    status.problem = mirrored.error();
                else if (auto reread = localJobs.find(job.name))
                    status.local = *reread;
            }
        }
        statuses.append(std::move(status));
    }
    return statuses;
}

Result<QList<JobStatus>> statusOfStagedJobs(const QString &staging, SecretStore &secrets,
                                            const QString &publishSettingsFile)
{
    QList<JobTarget> targets = jobsInStaging(staging);
    if (!publishSettingsFile.isEmpty()) {
        for (JobTarget &target : targets)
            target.publishSettingsFile = publishSettingsFile;
    }
    if (targets.isEmpty())
        return fail(ErrorCode::NotFound,
                    Text::tr("The staging location \"%1\" holds no seed of an import job: choose the staging "
                             "location the seed was written to.")
                        .arg(QDir::toNativeSeparators(staging)));
    ServiceCache services(secrets);
    QList<JobStatus> statuses;
    for (const JobTarget &target : targets) {
        JobStatus status{target, {}, {}, {}};
        if (auto found = services.job(target))
            status.service = *found;
        else
            status.problem = found.error();
        statuses.append(std::move(status));
    }
    return statuses;
}

QString cancelRefusal(const JobStatus &status)
{
    if (!status.service && status.problem && status.state() >= ImportJobState::Creating)
        return Text::tr("The import service could not be asked about the job \"%1\": cancel it once the service "
                        "answers (Refresh).")
            .arg(status.name());
    if (!status.service)
        return Text::tr("The job \"%1\" is not in the import service, so there is nothing to cancel there.")
            .arg(status.name());
    const ImportJobState state = status.service->state;
    if (state == ImportJobState::Canceled)
        return Text::tr("The job \"%1\" is canceled already.").arg(status.name());
    if (!canMove(state, ImportJobState::Canceled))
        return Text::tr("The job \"%1\" is %2: a job can be canceled only while Creating or Shipping, before its "
                        "drives reach the station.")
            .arg(status.name(), stateLabel(state));
    return {};
}

Result<ServiceJob> cancelImportJob(const JobTarget &target, SecretStore &secrets, ImportJobStore &localJobs)
{
    auto service = openJobService(target, secrets);
    if (!service)
        return fail(service.error());
    auto job = (*service)->cancel(target.job);
    if (!job)
        return job;
    if (auto mirrored = mirrorLocalState(localJobs, *job); !mirrored)
        return fail(mirrored.error());
    return job;
}

} // namespace Semina::Offline
