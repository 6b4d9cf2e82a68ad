#include "store/local/ObjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtEndian>

namespace Semina::Store::Local {

namespace {
constexpr char kMagic[] = "SEMOBJ1\n";

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Store::Local)
};
} // namespace

ObjectHeader ObjectHeader::fresh(QByteArray md5, qint64 size)
{
    QByteArray etag(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(etag.data()), 4);
    return {etag, std::move(md5), size};
}

QByteArray ObjectHeader::encode() const
{
    QByteArray out(kSize, '\0');
    memcpy(out.data(), kMagic, 8);
    memcpy(out.data() + 8, etag.constData(), qMin<qsizetype>(16, etag.size()));
    memcpy(out.data() + 24, md5.constData(), qMin<qsizetype>(16, md5.size()));
    qToLittleEndian<qint64>(size, out.data() + 40);
    return out;
}

QByteArray ObjectHeader::etagText() const
{
    return '"' + etag.toHex() + '"';
}

Result<StoredObject> readObjectFile(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (auto opened = openObjectFile(file, displayName); !opened)
        return fail(opened.error());
    return readObjectFile(file, displayName);
}

Result<> openObjectFile(QFile &file, const QString &displayName)
{
    if (file.open(QIODevice::ReadOnly))
        return {};
    if (!file.exists())
        return fail(ErrorCode::NotFound, Text::tr("The object %1 does not exist.").arg(displayName));
    return fail(ErrorCode::Io, Text::tr("Could not read the object %1: %2.").arg(displayName, file.errorString()),
                file.fileName());
}

Result<StoredObject> readObjectFile(QFile &file, const QString &displayName)
{
    const QString path = file.fileName();
    if (!file.seek(0))
        return fail(ErrorCode::Io, Text::tr("Could not read the object %1: %2.").arg(displayName, file.errorString()),
                    path);
    const QByteArray raw = file.read(ObjectHeader::kSize);
    if (raw.size() != ObjectHeader::kSize || !raw.startsWith(kMagic))
        return fail(
            ErrorCode::Corruption,
            Text::tr("The object %1 is damaged: its file does not start with a Semina object header. Restore it "
                     "from another copy or remove it.")
                .arg(displayName),
            path);
    StoredObject stored;
    stored.header.etag = raw.mid(8, 16);
    stored.header.md5 = raw.mid(24, 16);
    stored.header.size = qFromLittleEndian<qint64>(raw.constData() + 40);
    if (file.size() != ObjectHeader::kSize + stored.header.size)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object %1 is damaged: it should hold %2 bytes but its file holds %3. Restore it from "
                             "another copy or remove it.")
                        .arg(displayName)
                        .arg(stored.header.size)
                        .arg(file.size() - ObjectHeader::kSize),
                    path);
    stored.lastModified = file.fileTime(QFileDevice::FileModificationTime).toUTC();
    return stored;
}

StoredObject inspectDamagedObjectFile(const QString &path)
{
    StoredObject stored;
    QFile file(path);
    const QFileInfo info(path);
    stored.header.size = qMax<qint64>(0, info.size() - ObjectHeader::kSize);
    stored.lastModified = info.lastModified().toUTC();
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray raw = file.read(ObjectHeader::kSize);
        if (raw.size() == ObjectHeader::kSize && raw.startsWith(kMagic))
            stored.header.etag = raw.mid(8, 16);
    }
    return stored;
}

} // namespace Semina::Store::Local
