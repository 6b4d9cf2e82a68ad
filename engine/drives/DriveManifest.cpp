#include "drives/DriveManifest.h"

#include "core/AtomicFile.h"
#include "crypto/Digest.h"
#include "drives/DriveLayout.h"
#include "offline/Certificate.h"
#include "offline/Signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveManifest)
};

constexpr char kFormat[] = "semina-drive-manifest";

QString hex64(quint64 value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    Text::tr("%1 does not exist: the drive's preparation did not finish; run diskprep again to "
                             "finish it.")
                        .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

QString manifestFileName()
{
    return QStringLiteral("/manifest");
}

QByteArray DriveManifest::toJson() const
{
    QJsonArray objects;
    for (const DriveManifestEntry &entry : entries)
        objects.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                   {QStringLiteral("size"), double(entry.size)},
                                   {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256.toHex())},
                                   {QStringLiteral("crc64"), hex64(entry.crc64)},
                                   {QStringLiteral("file"), QString::fromLatin1(entry.fileId.toHex())}});
    const QJsonObject json{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("driveId"), driveId},
                           {QStringLiteral("serial"), serial},
                           {QStringLiteral("job"), job},
                           {QStringLiteral("sequence"), sequence},
                           {QStringLiteral("seedManifestSha256"), seedManifestSha256},
                           {QStringLiteral("container"), container},
                           {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("objects"), objects}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<DriveManifest> DriveManifest::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)
        || object.value(QStringLiteral("version")).toInt() != kVersion)
        return fail(ErrorCode::Corruption, Text::tr("The drive manifest is not one this Semina reads."));
    DriveManifest manifest;
    manifest.driveId = object.value(QStringLiteral("driveId")).toString();
    manifest.serial = object.value(QStringLiteral("serial")).toString();
    manifest.job = object.value(QStringLiteral("job")).toString();
    manifest.sequence = object.value(QStringLiteral("sequence")).toInt();
    manifest.seedManifestSha256 = object.value(QStringLiteral("seedManifestSha256")).toString();
    manifest.container = object.value(QStringLiteral("container")).toString();
    manifest.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    for (const QJsonValue &value : object.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject entry = value.toObject();
        bool ok = false;
        DriveManifestEntry parsed{entry.value(QStringLiteral("name")).toString(),
                                  qint64(entry.value(QStringLiteral("size")).toDouble()),
                                  QByteArray::fromHex(entry.value(QStringLiteral("sha256")).toString().toLatin1()),
                                  entry.value(QStringLiteral("crc64")).toString().toULongLong(&ok, 16),
                                  QByteArray::fromHex(entry.value(QStringLiteral("file")).toString().toLatin1())};
        if (!ok || parsed.name.isEmpty() || parsed.sha256.size() != 32 || parsed.fileId.isEmpty())
            return fail(ErrorCode::Corruption, Text::tr("The drive manifest has a damaged entry."));
        manifest.entries << parsed;
    }
    return manifest;
}

Result<QString> writeDriveManifest(const QString &root, const DriveManifest &manifest,
                                   const SealedFileIdentity &identity, const ManifestSigner &signer)
{
    const QString path = DriveLayout::manifestPath(root);
    const QByteArray json = manifest.toJson();
    SealedFileWriter writer(path, identity);
    if (auto opened = writer.open(json.size()); !opened)
        return fail(opened.error());
    if (auto written = writer.write(json); !written)
        return fail(written.error());
    if (auto committed = writer.commit(); !committed)
        return fail(committed.error());
    if (auto synced = syncDrive(root); !synced)
        return fail(synced.error());
    auto onDrive = readDriveManifest(root, identity);
    if (!onDrive)
        return fail(onDrive.error());
    if (onDrive->manifest.toJson() != json)
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive manifest read back from %1 differs from what was written: the drive may be "
                             "faulty.")
                        .arg(QDir::toNativeSeparators(path)));
    if (signer) {
        auto signature = signer(onDrive->sealed);
        if (!signature)
            return fail(signature.error());
        const QJsonObject signatureJson{
            {QStringLiteral("certificateThumbprint"), signature->certificateThumbprint},
            {QStringLiteral("signature"), QString::fromLatin1(signature->signature.toBase64())}};
        if (auto written = writeFileAtomically(DriveLayout::signaturePath(root), QJsonDocument(signatureJson).toJson());
            !written)
            return fail(written.error());
    }
    return onDrive->sha256;
}

Result<ManifestOnDrive> readDriveManifest(const QString &root, const SealedFileIdentity &identity)
{
    ManifestOnDrive result;
    const QString path = DriveLayout::manifestPath(root);
    QByteArray json;
    auto read = readSealedFile(path, identity, [&](QByteArrayView plain) -> Result<> {
        json.append(plain);
        return {};
    });
    if (!read)
        return fail(read.error().code == ErrorCode::Corruption && !QFile::exists(path)
                        ? Error{ErrorCode::NotFound,
                                Text::tr("The drive %1 has no manifest: its preparation did not finish; run diskprep "
                                         "again to finish it.")
                                    .arg(QDir::toNativeSeparators(root))}
                        : read.error());
    auto sealed = readFile(path);
    if (!sealed)
        return fail(sealed.error());
    result.sealed = *sealed;
    auto sha = Crypto::sha256(result.sealed);
    if (!sha)
        return fail(sha.error());
    result.sha256 = QString::fromLatin1(sha->toHex());
    auto manifest = DriveManifest::fromJson(json);
    if (!manifest)
        return fail(manifest.error());
    result.manifest = *manifest;
    if (QFile::exists(DriveLayout::signaturePath(root))) {
        auto signatureBytes = readFile(DriveLayout::signaturePath(root));
        if (!signatureBytes)
            return fail(signatureBytes.error());
        const QJsonObject object = QJsonDocument::fromJson(*signatureBytes).object();
        result.signature = ManifestSignature{
            object.value(QStringLiteral("certificateThumbprint")).toString(),
            QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1())};
    }
    return result;
}

Result<> checkManifestSignature(const ManifestOnDrive &manifest, const Offline::Certificate &certificate)
{
    if (!manifest.signature)
        return fail(ErrorCode::Corruption, Text::tr("The drive manifest is not signed."));
    if (manifest.signature->certificateThumbprint.compare(certificate.thumbprint(), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive manifest was signed by the certificate %1, not by %2: check it with the "
                             "certificate of the server that wrote the seed.")
                        .arg(manifest.signature->certificateThumbprint, certificate.thumbprint()));
    if (auto verified = Offline::verifySignature(certificate, manifest.sealed, manifest.signature->signature);
        !verified)
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive manifest or its signature was changed after the drive was prepared."));
    return {};
}

} // namespace Semina::Drives
