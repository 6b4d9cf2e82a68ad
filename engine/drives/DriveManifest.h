#pragma once

#include "core/Error.h"
#include "drives/SealedFile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Semina::Offline {
class Certificate;
}

namespace Semina::Drives {

// One seed object on a drive.
struct DriveManifestEntry {
    QString name; // in the seed's vault container
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes, of the seed object (the plaintext)
    quint64 crc64 = 0; // Azure's CRC64 of the sealed file's bytes on the drive
    QByteArray fileId; // names the sealed file (DriveLayout::objectPath)
};

// What a drive carries, sealed with the drive key on the drive (semina/manifest) and signed
// with the server's offline identity (semina/manifest.sig, over the sealed bytes, so the
// signature can be checked before the drive is unlocked). The import job records its SHA-256.
struct DriveManifest {
    static constexpr int kVersion = 1;

    QString driveId;
    QString serial;
    QString job;
    int sequence = 0;
    QString seedManifestSha256; // hex: the seed these objects come from
    QString container; // the seed's vault container, where the station puts the objects
    QDateTime created; // UTC
    QList<DriveManifestEntry> entries;

    [[nodiscard]] QByteArray toJson() const;
    static Result<DriveManifest> fromJson(const QByteArray &json);
};

// Signs bytes with the offline identity; returns the signature and the certificate's
// thumbprint.
struct ManifestSignature {
    QString certificateThumbprint;
    QByteArray signature;
};
using ManifestSigner = std::function<Result<ManifestSignature>(QByteArrayView data)>;

// Seals and writes the manifest and its signature (none when `signer` is empty), reads the
// sealed file back from the disk, and returns the SHA-256 (hex) of its bytes.
Result<QString> writeDriveManifest(const QString &root, const DriveManifest &manifest,
                                   const SealedFileIdentity &identity, const ManifestSigner &signer);

// The manifest's file id for `identity` (DriveKey::fileId of this reserved name).
QString manifestFileName();

// What reading a drive's manifest found.
struct ManifestOnDrive {
    DriveManifest manifest;
    QByteArray sealed; // the file's bytes
    QString sha256; // hex of `sealed`
    std::optional<ManifestSignature> signature;
};
// Corruption when the manifest is damaged or not of this drive; NotFound when the drive has no
// manifest (its preparation did not finish).
Result<ManifestOnDrive> readDriveManifest(const QString &root, const SealedFileIdentity &identity);

// Succeeds when `signature` is the certificate's signature of `sealed`; Corruption otherwise.
Result<> checkManifestSignature(const ManifestOnDrive &manifest, const Offline::Certificate &certificate);

} // namespace Semina::Drives
