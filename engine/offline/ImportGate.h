#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Offline {

class ImportJobStore;

// The gate in front of every network backup (DOMAIN.md, step 5): while one of this server's
// import jobs seeds a vault offline and has not finished (Completed, Closed or Canceled), a
// backup into that vault would race the drives, so it answers WaitingForImport ("Waiting for
// import job to complete", exit code 12) naming the job and its state. `vaultId` is the vault's
// id in hex (VaultConfig::vaultIdHex()); succeeds when no unfinished job holds it.
Result<> checkNoImportPending(const QString &vaultId, const ImportJobStore &jobs);

} // namespace Semina::Offline
