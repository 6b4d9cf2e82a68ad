#pragma once

#include "vault/RestorePlan.h"

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

// Applies the owner (as root), permissions and mtime to an open restored entry, in that order
// (chown clears setuid bits). Failures are warnings naming `relative`.
void applyMetadata(int fd, const EntryMetadata &metadata, const QByteArray &relative, JobContext &context);

} // namespace Semina::Vault
