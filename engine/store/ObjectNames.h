#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Store {

// The naming rules both backends enforce, so that a name accepted by the local folder is
// accepted by Azure and the other way round.

// Azure's rule: 3-63 characters, lower-case letters, digits and hyphens, starting with a
// letter or digit, no two hyphens in a row, not ending with a hyphen.
Result<> checkContainerName(const QString &container);

// Object names: 1 to 1024 bytes of UTF-8; no NUL or other control characters; no backslash
// (Azure turns it into '/'); '/' separates parts, and no part may be empty, "." or "..", so a
// name can never climb out of its container or start at the root.
inline constexpr qsizetype kMaxObjectNameBytes = 1024;
Result<> checkObjectName(const QString &name);

} // namespace Semina::Store
