#pragma once

#include "core/Error.h"

#include <QString>

#include <functional>

namespace Semina::Offline {

class ImportJobStore;
struct ImportJob;
struct ServiceJob;

// Asks the import service where a job of this server stands (ImportService::job()).
using ServiceJobLookup = std::function<Result<ServiceJob>(const ImportJob &job)>;

// The gate in front of every network backup (DOMAIN.md, step 5): while one of this server's
// import jobs seeds a vault offline and has not finished (Completed, Closed or Canceled), a
// backup into that vault would race the drives, so it answers WaitingForImport ("Waiting for
// import job to complete", exit code 12) naming the job and its state. `vaultId` is the vault's
// id in hex (VaultConfig::vaultIdHex()); succeeds when no unfinished job holds it.
// With `lookup`, a job the service already knows is asked there: its state (mirrored into the
// job list) and deadline join the message, and a job the service finished opens the gate.
Result<> checkNoImportPending(const QString &vaultId, const ImportJobStore &jobs, const ServiceJobLookup &lookup = {});

} // namespace Semina::Offline
