#pragma once

#include "core/Error.h"
#include "store/ObjectStore.h"

namespace Semina::Vault {

class Vault;

// What killed writes left in the vault (a folder account's temporary files), except beside its
// lock objects: a restore writes its shared lock before it looks for an exclusive holder, so a
// temporary file there may belong to a live writer.
Result<QList<Store::UnfinishedWrite>> unfinishedWrites(Vault &vault);

// Removes them. Only while holding the vault's exclusive lock: then no other writer of these
// objects is alive. A backup calls it first thing.
Result<> removeUnfinishedWrites(Vault &vault);

} // namespace Semina::Vault
