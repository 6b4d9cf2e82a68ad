#pragma once

#include "vault/Restore.h"
#include "vault/RestorePlan.h"

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class TargetFolder;

// Makes the plan's symlinks exactly as backed up, once every file and hard link beside them is
// in place (and before the folders get their times): their folders are reached without
// following any link, whatever stands at their names is removed, never followed, and owner and
// time are set on the link itself. With `refuseOutside`, a link that leads out of the target
// (through other links too, as the kernel resolves it) is removed again with a warning.
void makeLinks(const TargetFolder &target, const RestorePlan &plan, bool refuseOutside, RestoreSummary &summary,
               JobContext &context);

} // namespace Semina::Vault
