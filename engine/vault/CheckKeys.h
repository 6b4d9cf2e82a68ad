#pragma once

#include "core/Error.h"
#include "vault/Check.h"

namespace Semina::Vault {

class Vault;

// Checks every key file of an open vault (check's first step): it must be intact (structure,
// checksum, scrypt bounds) and its MAC must show that it wraps this vault's master key, so a
// damaged or replaced file is found before someone needs it; a vault without a usable recovery
// key is damage too. Findings go into `report`.
Result<> checkKeyFiles(Vault &vault, CheckReport &report);

} // namespace Semina::Vault
