#include "store/local/FolderLayout.h"
#include "store/local/LocalFolderStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>

// A put writes a temporary file (".<name>.tmp-<random>", see AtomicFile) beside its object and
// renames it over the object; a writer killed before the rename leaves that file behind.
namespace Semina::Store::Local {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Store::Local)
};

constexpr QByteArrayView kTemporaryMark = ".tmp-";

bool isTemporary(QByteArrayView component)
{
    return component.startsWith('.') && component.lastIndexOf(kTemporaryMark) > 0;
}

// The object a temporary file at `relative` (inside the container folder) was written for;
// empty when a part is not one of ours.
QString objectNameOf(const QByteArray &relative)
{
    const QList<QByteArray> parts = relative.split('/');
    QStringList names;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QByteArray &part = parts[i];
        if (!part.endsWith(FolderLayout::kFolderSuffix))
            return {};
        names << FolderLayout::decodePart(part.chopped(qsizetype(sizeof FolderLayout::kFolderSuffix) - 1));
    }
    const QByteArray &file = parts.last();
    names << FolderLayout::decodePart(file.mid(1, file.lastIndexOf(kTemporaryMark) - 1));
    return names.join(u'/');
}
} // namespace

Result<QList<UnfinishedWrite>> LocalFolderStore::listUnfinishedWrites(const QString &container, const QString &prefix)
{
    auto folder = containerFolder(container, true);
    if (!folder)
        return fail(folder.error());
    // Only the folder the prefix names (up to its last '/') holds its objects.
    const QString base = prefix.left(prefix.lastIndexOf(u'/') + 1);
    QString start = *folder;
    if (!base.isEmpty()) {
        auto relative = FolderLayout::relativePath(base + QStringLiteral("x"));
        if (!relative)
            return fail(relative.error());
        start += u'/' + relative->chopped(2);
        if (!QFileInfo(start).isDir())
            return QList<UnfinishedWrite>{};
    }
    QList<UnfinishedWrite> found;
    QDirIterator it(start, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!isTemporary(QFile::encodeName(it.fileName())))
            continue;
        const QByteArray relative = QFile::encodeName(it.filePath().mid(folder->size() + 1));
        const QString name = objectNameOf(relative);
        if (name.isEmpty() || !name.startsWith(prefix))
            continue;
        found.append({name, it.filePath(), it.fileInfo().size()});
    }
    return found;
}

Result<> LocalFolderStore::removeUnfinishedWrite(const QString &container, const UnfinishedWrite &write)
{
    auto folder = containerFolder(container, true);
    if (!folder)
        return fail(folder.error());
    const QString inside = *folder + u'/';
    const QByteArray relative = QFile::encodeName(write.location.mid(inside.size()));
    // Only a temporary file inside the container, named as listUnfinishedWrites found it.
    if (!write.location.startsWith(inside) || relative.split('/').contains("..")
        || !isTemporary(relative.split('/').last()) || objectNameOf(relative) != write.name)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a temporary file of container \"%2\".").arg(write.location, container));
    if (::unlink(QFile::encodeName(write.location).constData()) != 0 && errno != ENOENT)
        return fail(ErrorCode::Io,
                    Text::tr("The temporary file %1 of an unfinished write cannot be removed: %2.")
                        .arg(write.location, systemErrorText(errno)));
    return {};
}

} // namespace Semina::Store::Local
