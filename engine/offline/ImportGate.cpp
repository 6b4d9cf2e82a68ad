#include "offline/ImportGate.h"

#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"

#include <QCoreApplication>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::ImportGate)
};

// Jobs the service knows: from Creating on (before that, only this server knows them).
bool inService(ImportJobState state)
{
    return state >= ImportJobState::Creating;
}

} // namespace

Result<> checkNoImportPending(const QString &vaultId, const ImportJobStore &jobs, const ServiceJobLookup &lookup)
{
    if (vaultId.isEmpty())
        return {};
    // A damaged job record is skipped here (`semina-cli jobs` reports it): it must not block
    // every backup of the server.
    auto all = jobs.list();
    if (!all)
        return fail(all.error());
    for (const ImportJob &job : *all) {
        if (job.vaultId.compare(vaultId, Qt::CaseInsensitive) != 0 || isFinal(job.state))
            continue;
        ImportJobState state = job.state;
        QString serviceLine;
        if (lookup && inService(job.state)) {
            auto serviceJob = lookup(job);
            if (serviceJob) {
                ImportJobStore mirror(jobs.folder());
                if (auto mirrored = mirrorLocalState(mirror, *serviceJob); !mirrored)
                    return fail(mirrored.error());
                state = serviceJob->state;
                if (isFinal(state))
                    continue;
                serviceLine = describeDeadline(deadlineFor(*serviceJob), QDateTime::currentDateTimeUtc());
            } else {
                serviceLine = Text::tr("(The import service could not be asked: %1)").arg(serviceJob.error().message);
            }
        }
        QString message = Text::tr("Waiting for import job to complete: the import job \"%1\" (%2) seeds this vault "
                                   "offline, and backups into it resume once the job is completed. `semina-cli "
                                   "status` shows its state.")
                              .arg(job.name, stateLabel(state));
        if (!serviceLine.isEmpty())
            message += QLatin1Char(' ') + serviceLine;
        return fail(ErrorCode::WaitingForImport, message);
    }
    return {};
}

} // namespace Semina::Offline
