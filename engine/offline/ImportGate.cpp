#include "offline/ImportGate.h"

#include "importjob/ImportJobStore.h"

#include <QCoreApplication>

namespace Semina::Offline {

Result<> checkNoImportPending(const QString &vaultId, const ImportJobStore &jobs)
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
        return fail(ErrorCode::WaitingForImport,
                    QCoreApplication::translate("Semina::Offline::ImportGate",
                                                "Waiting for import job to complete: the import job \"%1\" (%2) "
                                                "seeds this vault offline, and backups into it resume once the job "
                                                "is completed. `semina-cli jobs` shows its state.")
                        .arg(job.name, stateLabel(job.state)));
    }
    return {};
}

} // namespace Semina::Offline
