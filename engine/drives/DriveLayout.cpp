#include "drives/DriveLayout.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveLayout)
};

constexpr char kFormat[] = "semina-drive";

// Entries a file system or an OS makes by itself: never foreign, never removed.
bool isHousekeeping(const QString &name)
{
    return name == QLatin1String("lost+found") || name == QLatin1String("System Volume Information")
        || name == QLatin1String("$RECYCLE.BIN") || name == QLatin1String(".Trash-0")
        || name == QLatin1String(".semina-drive-id"); // engine/devices keeps a folder's drive id there
}

bool isLayout(const QString &name)
{
    return name == QLatin1String(DriveLayout::kHeaderFile) || name == QLatin1String(DriveLayout::kReadmeFile)
        || name == QLatin1String(DriveLayout::kFolder) || name.startsWith(QLatin1String(".SEMINA-DRIVE.json.tmp-"))
        || name.startsWith(QLatin1String(".README.txt.tmp-"));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray readme(const DriveHeader &header)
{
    return Text::tr("This is drive %1 of %2 of the offline-backup import job \"%3\", prepared by Semina.\n"
                    "Drive id: %4\n\n"
                    "Everything under the folder \"semina\" is encrypted (AES-256-GCM) with this drive's key.\n"
                    "The station unlocks it with the 48-digit recovery password that was shown when the drive was\n"
                    "prepared, or with the key kept in the copy computer's keychain:\n\n"
                    "    semina-cli drive verify --drive <this drive's folder>\n\n"
                    "SEMINA-DRIVE.json names the drive and holds its key wrapped under the recovery password.\n"
                    "Do not change or delete any file: the drive manifest lists every file with its checksums.\n")
        .arg(header.sequence)
        .arg(header.count)
        .arg(header.job, header.driveId)
        .toUtf8();
}

} // namespace

QByteArray DriveHeader::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("driveId"), driveId},
                     {QStringLiteral("serial"), serial},
                     {QStringLiteral("job"), job},
                     {QStringLiteral("sequence"), sequence},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)}};
    if (hasKey())
        json.insert(QStringLiteral("key"), key.toJson());
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<DriveHeader> DriveHeader::fromJson(const QByteArray &json, const QString &fileName)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::Corruption,
                    Text::tr("%1 is not a Semina drive header, or it is damaged.").arg(native(fileName)));
    if (object.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 was written by a newer Semina (drive format %2): update Semina to read it.")
                        .arg(native(fileName))
                        .arg(object.value(QStringLiteral("version")).toInt()));
    DriveHeader header;
    header.driveId = object.value(QStringLiteral("driveId")).toString();
    header.serial = object.value(QStringLiteral("serial")).toString();
    header.job = object.value(QStringLiteral("job")).toString();
    header.sequence = object.value(QStringLiteral("sequence")).toInt();
    header.count = object.value(QStringLiteral("count")).toInt();
    header.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (object.contains(QStringLiteral("key"))) {
        auto key = WrappedKey::fromJson(object.value(QStringLiteral("key")).toObject());
        if (!key)
            return fail(key.error().prefixed(native(fileName)));
        header.key = *key;
    }
    if (header.driveId.isEmpty() || header.job.isEmpty() || header.sequence < 1)
        return fail(ErrorCode::Corruption, Text::tr("The drive header %1 is damaged.").arg(native(fileName)));
    return header;
}

namespace DriveLayout {

QString headerPath(const QString &root)
{
    return QDir(root).filePath(QString::fromLatin1(kHeaderFile));
}

QString objectPath(const QString &root, const QByteArray &fileId)
{
    const QString hex = QString::fromLatin1(fileId.toHex());
    return QDir(root).filePath(QStringLiteral("%1/objects/%2/%3").arg(QString::fromLatin1(kFolder), hex.left(2), hex));
}

QString manifestPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("%1/manifest").arg(QString::fromLatin1(kFolder)));
}

QString signaturePath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("%1/manifest.sig").arg(QString::fromLatin1(kFolder)));
}

Result<Contents> inspect(const QString &root)
{
    Contents contents;
    const QDir dir(root);
    contents.exists = dir.exists();
    if (!contents.exists)
        return contents;
    if (!dir.isReadable())
        return fail(ErrorCode::AccessDenied,
                    Text::tr("The drive %1 cannot be read: run as a user who may write to it.").arg(native(root)));
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        if (isLayout(name))
            contents.hasLayout = true;
        else if (!isHousekeeping(name))
            contents.foreign << name;
    }
    return contents;
}

Result<DriveHeader> readHeader(const QString &root)
{
    QFile file(headerPath(root));
    if (!file.exists())
        return fail(
            ErrorCode::NotFound,
            Text::tr("%1 is not a Semina drive: it has no %2.").arg(native(root), QString::fromLatin1(kHeaderFile)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Text::tr("%1 cannot be read: %2.").arg(native(file.fileName()), file.errorString()));
    return DriveHeader::fromJson(file.readAll(), file.fileName());
}

Result<> clear(const QString &root, bool removeForeign)
{
    const QDir dir(root);
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        if (isHousekeeping(name) || (!isLayout(name) && !removeForeign))
            continue;
        const QString path = dir.filePath(name);
        const QFileInfo info(path);
        const bool removed = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
        if (!removed)
            return fail(ErrorCode::Io,
                        Text::tr("%1 cannot be removed from the drive: check that the drive is writable and not in "
                                 "use, then run again.")
                            .arg(native(path)));
    }
    return syncFolder(root);
}

void removeLeftovers(const QString &root)
{
    QDirIterator files(QDir(root).filePath(QString::fromLatin1(kFolder)), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        if (files.fileName().startsWith(QLatin1Char('.')) && files.fileName().contains(QLatin1String(".tmp-")))
            QFile::remove(files.filePath());
    }
}

void removeUnjournalled(const QString &root, const QSet<QByteArray> &journalled)
{
    QSet<QString> keep;
    for (const QByteArray &fileId : journalled)
        keep.insert(QFileInfo(objectPath(root, fileId)).fileName());
    QDirIterator files(QDir(root).filePath(QStringLiteral("%1/objects").arg(QString::fromLatin1(kFolder))),
                       QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        if (!keep.contains(files.fileName()))
            QFile::remove(files.filePath());
    }
}

Result<> writeHeader(const QString &root, const DriveHeader &header)
{
    if (!QDir(root).mkpath(QStringLiteral("%1/objects").arg(QString::fromLatin1(kFolder))))
        return fail(ErrorCode::Io,
                    Text::tr("The folder %1 cannot be made on the drive: check that it is writable and not full.")
                        .arg(native(QDir(root).filePath(QString::fromLatin1(kFolder)))));
    if (auto written = writeFileAtomically(QDir(root).filePath(QString::fromLatin1(kReadmeFile)), readme(header));
        !written)
        return written;
    return writeFileAtomically(headerPath(root), header.toJson());
}

} // namespace DriveLayout

} // namespace Semina::Drives
