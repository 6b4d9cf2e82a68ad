#include "InterimFolderStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Semina::Test {

InterimFolderStore::InterimFolderStore(QString root)
    : m_root(std::move(root))
{
}

QString InterimFolderStore::describe() const
{
    return QStringLiteral("folder ") + m_root;
}

QString InterimFolderStore::filePath(const QString &container, const QString &name) const
{
    return m_root + QLatin1Char('/') + container + QLatin1Char('/') + name;
}

Result<QString> InterimFolderStore::path(const QString &container, const QString &name) const
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/'))
        || name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return fail(ErrorCode::InvalidInput, QStringLiteral("bad object name ") + name);
    return filePath(container, name);
}

Result<> InterimFolderStore::createContainer(const QString &container)
{
    if (!QDir().mkpath(m_root + QLatin1Char('/') + container))
        return fail(ErrorCode::Io, QStringLiteral("cannot create ") + container);
    return {};
}

Result<> InterimFolderStore::deleteContainer(const QString &container)
{
    QDir(m_root + QLatin1Char('/') + container).removeRecursively();
    return {};
}

Result<bool> InterimFolderStore::containerExists(const QString &container)
{
    return QFileInfo(m_root + QLatin1Char('/') + container).isDir();
}

Result<Store::ObjectInfo> InterimFolderStore::put(const QString &container, const QString &name, const QByteArray &data,
                                                  const Store::PutCondition &condition, JobContext *)
{
    auto target = path(container, name);
    if (!target)
        return fail(target.error());
    if (condition.kind == Store::PutCondition::Kind::IfAbsent && QFileInfo::exists(*target))
        return fail(ErrorCode::Conflict, QStringLiteral("exists: ") + name);
    QDir().mkpath(QFileInfo(*target).path());
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("cannot write ") + *target);
    return head(container, name);
}

Result<Store::ObjectInfo> InterimFolderStore::putFrom(const QString &container, const QString &name, QIODevice &source,
                                                      qint64 size, JobContext *context)
{
    return put(container, name, source.read(size), {}, context);
}

Result<QByteArray> InterimFolderStore::get(const QString &container, const QString &name, qint64 offset, qint64 length,
                                           JobContext *)
{
    auto source = path(container, name);
    if (!source)
        return fail(source.error());
    QFile file(*source);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("no object ") + name);
    if (offset > file.size() || (length >= 0 && offset + length > file.size()))
        return fail(ErrorCode::InvalidInput, QStringLiteral("range past the end of ") + name);
    file.seek(offset);
    return length < 0 ? file.readAll() : file.read(length);
}

Result<qint64> InterimFolderStore::getTo(const QString &container, const QString &name, QIODevice &target,
                                         JobContext *context)
{
    auto data = get(container, name, 0, -1, context);
    if (!data)
        return fail(data.error());
    return target.write(*data);
}

Result<Store::ObjectInfo> InterimFolderStore::head(const QString &container, const QString &name)
{
    auto source = path(container, name);
    if (!source)
        return fail(source.error());
    const QFileInfo info(*source);
    if (!info.isFile())
        return fail(ErrorCode::NotFound, QStringLiteral("no object ") + name);
    return Store::ObjectInfo{
        name, info.size(), {}, QByteArray::number(info.lastModified().toMSecsSinceEpoch()), info.lastModified()};
}

Result<Store::ListPage> InterimFolderStore::list(const QString &container, const QString &prefix, const QString &, int)
{
    const QString root = m_root + QLatin1Char('/') + container;
    if (!QFileInfo(root).isDir())
        return fail(ErrorCode::NotFound, QStringLiteral("no container ") + container);
    Store::ListPage page;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = file.mid(root.size() + 1);
        if (name.startsWith(prefix) && !QFileInfo(file).fileName().startsWith(QLatin1Char('.')))
            page.objects.append(*head(container, name));
    }
    std::sort(page.objects.begin(), page.objects.end(),
              [](const Store::ObjectInfo &a, const Store::ObjectInfo &b) { return a.name < b.name; });
    return page;
}

Result<> InterimFolderStore::remove(const QString &container, const QString &name)
{
    auto target = path(container, name);
    if (!target)
        return fail(target.error());
    QFile::remove(*target);
    return {};
}

Result<Store::ObjectInfo> InterimFolderStore::copy(const QString &sourceContainer, const QString &sourceName,
                                                   const QString &targetContainer, const QString &targetName)
{
    auto data = get(sourceContainer, sourceName);
    if (!data)
        return fail(data.error());
    return put(targetContainer, targetName, *data);
}

} // namespace Semina::Test
