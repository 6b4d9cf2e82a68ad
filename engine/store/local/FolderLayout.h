#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace Semina::Store::Local {

// How object names map to paths inside a container folder, reversibly and safely.
//
// Each '/'-separated part of a name becomes one path component. Bytes other than ASCII
// letters, digits, " -_." and UTF-8 beyond ASCII are written %XX, and so is a leading '.',
// so a stored component never starts with '.': the store's own files (temporary files, the
// lock) start with '.', and ".."/"." cannot appear. A folder component ends in "%2F", which an
// encoded part can never contain, so "a" (an object) and "a/b" (inside folder "a") coexist as
// they do in Azure.
// Names were checked with checkObjectName() before they get here.
namespace FolderLayout {

inline constexpr qsizetype kMaxComponentBytes = 255; // NAME_MAX of ext4, XFS, exFAT, NTFS
inline constexpr char kFolderSuffix[] = "%2F";

QByteArray encodePart(QStringView part);
QString decodePart(QByteArrayView component); // empty when `component` is not one of ours
// The path of `name` relative to the container folder; InvalidInput when a part is too long.
Result<QString> relativePath(const QString &name);

} // namespace FolderLayout

} // namespace Semina::Store::Local
