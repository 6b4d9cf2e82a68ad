#include "offline/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Semina::Offline {

Result<> ensureFolder(const QString &path)
{
    if (QFileInfo(path).isDir() || QDir().mkpath(path))
        return {};
    return fail(ErrorCode::Io,
                QCoreApplication::translate("Semina::Offline::DataFolder",
                                            "Cannot create the folder \"%1\": check the permissions "
                                            "of its parent folder.")
                    .arg(QDir::toNativeSeparators(path)));
}

} // namespace Semina::Offline
