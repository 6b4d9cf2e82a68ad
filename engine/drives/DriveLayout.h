#pragma once

#include "core/Error.h"
#include "drives/DriveKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Semina::Drives {

// The plaintext header at a drive's root (SEMINA-DRIVE.json): enough for a person or the
// station to tell what the drive is and to unlock it with the recovery password. It names no
// object and holds no key in the clear.
struct DriveHeader {
    static constexpr int kVersion = 1;

    QString driveId; // the disk's hardware serial, or generated for a folder
    QString serial; // the hardware serial when there is one
    QString job; // the import job
    int sequence = 0; // 1-based: "drive 2 of 3"
    int count = 0; // drives in the job as planned when this drive was written; exact on the last
    QDateTime created; // UTC
    WrappedKey key; // empty until the drive is finished (its recovery password is made then)

    [[nodiscard]] bool hasKey() const { return !key.sealed.isEmpty(); }
    [[nodiscard]] QByteArray toJson() const;
    static Result<DriveHeader> fromJson(const QByteArray &json, const QString &fileName);
};

// Where things lie on a drive's root folder (a mounted volume, or any folder):
//   SEMINA-DRIVE.json              the header
//   README.txt                     what the drive is, for a person at the station
//   semina/objects/<2 hex>/<32 hex> one sealed file per seed object, named by its file id
//   semina/manifest                the drive manifest, sealed
//   semina/manifest.sig            its signature by the server's offline identity
namespace DriveLayout {
inline constexpr char kHeaderFile[] = "SEMINA-DRIVE.json";
inline constexpr char kReadmeFile[] = "README.txt";
inline constexpr char kFolder[] = "semina";

[[nodiscard]] QString headerPath(const QString &root);
[[nodiscard]] QString objectPath(const QString &root, const QByteArray &fileId);
[[nodiscard]] QString manifestPath(const QString &root);
[[nodiscard]] QString signaturePath(const QString &root);

// What a root folder holds before it is prepared.
struct Contents {
    bool exists = false;
    bool hasLayout = false; // a header or the semina folder: a drive Semina wrote before
    QStringList foreign; // other entries, by name (file system housekeeping excluded)
};
Result<Contents> inspect(const QString &root);

// NotFound when there is no header (not a Semina drive), Corruption when it is damaged.
Result<DriveHeader> readHeader(const QString &root);

// Removes a previous Semina layout and, only when `removeForeign`, every other entry too.
Result<> clear(const QString &root, bool removeForeign);
// Removes the temporary files a killed copy left in the semina folder (resuming a drive).
void removeLeftovers(const QString &root);
// Removes the object files whose ids are not in `journalled`: those a stopped or killed run
// wrote after its last journal record. They are never trusted (the objects are copied again),
// would hold the room the resumed copy needs, and would be files the manifest does not list.
void removeUnjournalled(const QString &root, const QSet<QByteArray> &journalled);
// Writes the header (atomically) and the README, and makes the objects folder.
Result<> writeHeader(const QString &root, const DriveHeader &header);
} // namespace DriveLayout

} // namespace Semina::Drives
