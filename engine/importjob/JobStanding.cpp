#include "importjob/JobStanding.h"

#include "drives/PreparedDrives.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::JobStanding)
};

// The job as the deadlines see it: the service's record, or this computer's when the service
// could not be asked (its state entered when the record was last updated).
ServiceJob deadlineSubject(const JobStatus &status)
{
    if (status.service)
        return *status.service;
    ServiceJob job;
    job.state = status.state();
    if (status.local)
        job.stateChanged = job.received = status.local->updated;
    return job;
}

} // namespace

JobStanding standingOf(const JobStatus &status, int preparedDrives, const QDateTime &now)
{
    const QString &name = status.name();
    const ImportJobState state = status.state();
    const JobDeadline deadline = deadlineFor(deadlineSubject(status));
    const int drives = status.service ? int(status.service->request.drives.size()) : preparedDrives;
    JobStanding standing{name, state, NextStep::ImportStatus, {}};
    switch (state) {
    case ImportJobState::Seeding:
        standing.step = NextStep::InitiateBackup;
        standing.text = Text::tr("%1: the first backup is not written completely yet; continue it here").arg(name);
        break;
    case ImportJobState::Seeded:
        standing.step = NextStep::PrepareDrives;
        standing.text = Text::tr("%1: the first backup is written, ready to be copied onto drives").arg(name);
        break;
    case ImportJobState::DrivesPrepared:
        standing.step = NextStep::PrepareDrives;
        standing.text = Text::tr("%1: %n drive(s) prepared, the import job not created yet", nullptr, drives).arg(name);
        break;
    case ImportJobState::Creating:
        standing.step = NextStep::ShippingDetails;
        //: %1 is the job, %2 the time left ("9 days left")
        standing.text = Text::tr("%1: %n drive(s) prepared, waiting for shipping details; %2", nullptr, drives)
                            .arg(name, describeCountdown(deadline, now));
        break;
    case ImportJobState::Shipping:
        //: %1 is the job, %2 the deadline ("Drives must arrive by 18 December: 9 days left")
        standing.text
            = Text::tr("%1: %n drive(s) on their way. %2", nullptr, drives).arg(name, deadlineHeadline(deadline, now));
        break;
    case ImportJobState::Received:
    case ImportJobState::Transferring:
    case ImportJobState::Packaging: {
        const int done = status.service
            ? int(std::ranges::count_if(status.service->request.drives,
                                        [](const ServiceDrive &drive) {
                                            return drive.state == DriveState::Completed
                                                || drive.state == DriveState::CompletedMoreInfo;
                                        }))
            : 0;
        //: %1 is the job, %2 its state, %3 the drives done, %4 the expected end ("Expected between ...")
        standing.text = Text::tr("%1: %2 at the station, %3 of %n drive(s) done. %4", nullptr, drives)
                            .arg(name, stateLabel(state))
                            .arg(done)
                            .arg(deadlineHeadline(deadline, now));
        break;
    }
    case ImportJobState::Completed:
        standing.step = NextStep::FinishRestore;
        standing.text = Text::tr("%1: imported; the next backup moves the data into the vault").arg(name);
        break;
    case ImportJobState::Closed:
        standing.text = Text::tr("%1: closed with errors; the drives' logs say why").arg(name);
        break;
    case ImportJobState::Canceled:
        standing.text = Text::tr("%1: canceled; its drives stay with you").arg(name);
        break;
    }
    if (status.problem && !status.service && state >= ImportJobState::Creating)
        standing.text
            = Text::tr("%1 (the import service did not answer: %2)").arg(standing.text, status.problem->message);
    return standing;
}

QList<JobStanding> standingsOf(const QList<JobStatus> &statuses, const QDateTime &now)
{
    QList<JobStanding> standings;
    for (const JobStatus &status : statuses) {
        int prepared = 0;
        if (!status.service && status.local && !status.local->stagingLocation.isEmpty()
            && status.state() >= ImportJobState::DrivesPrepared) {
            // Missing (drives not all prepared) counts as none.
            if (auto drives = Drives::preparedDrives(QDir(status.local->stagingLocation).filePath(status.name())))
                prepared = int(drives->size());
        }
        standings.append(standingOf(status, prepared, now));
    }
    return standings;
}

Result<QList<JobStanding>> standingsOfLocalJobs(ImportJobStore &localJobs, SecretStore &secrets, const QDateTime &now)
{
    auto statuses = statusOfLocalJobs(localJobs, secrets, false);
    if (!statuses)
        return fail(statuses.error());
    return standingsOf(*statuses, now);
}

} // namespace Semina::Offline
