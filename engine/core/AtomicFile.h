#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QString>

namespace Semina {

// Writes `data` to `path` so that a crash or power cut leaves either the old file or the new
// one, never a mix: a temporary file beside it, fsync, rename over the target, fsync of the
// folder (QSaveFile stops before the last step, so a rename could still be lost).
// The folder must exist.
Result<> writeFileAtomically(const QString &path, QByteArrayView data);

} // namespace Semina
