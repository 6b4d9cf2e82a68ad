#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Offline {

// Makes the folder and its parents (the application data folder, the jobs folder, the folder
// of an --out file); an Io error naming it when that fails.
Result<> ensureFolder(const QString &path);

} // namespace Semina::Offline
