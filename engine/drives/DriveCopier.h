#pragma once

#include "core/Error.h"
#include "drives/SealedFile.h"
#include "offline/SeedManifest.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Semina {
class JobContext;
}

namespace Semina::Store {
class ObjectStore;
}

namespace Semina::Drives {

// What copying one object found.
struct CopiedObject {
    quint64 crc64 = 0; // of the sealed bytes as read back from the disk
    qint64 sealedBytes = 0;
    int attempts = 1; // writes it took until the read-back matched
};

// Why a copy stopped short of an error the caller must report.
enum class CopyOutcome { Copied, DriveFull, DriveFaulty };

// Copies seed objects from the staging location onto one drive: each is sealed into its file,
// committed (fsync), read back from the disk (not the page cache) and checked against the seed
// manifest's SHA-256; a mismatch writes the object again, up to `attempts` times, and then the
// drive is named as faulty (Corruption).
class DriveCopier {
public:
    DriveCopier(Store::ObjectStore &seed, QString container, QString root, QString driveName, QByteArray sealingKey,
                QByteArray driveId, int attempts);

    // Called with each file's path once it is written, before its read-back: the tests' seam
    // for damaging a byte on the drive.
    void setAfterWrite(std::function<void(const QString &path)> afterWrite) { m_afterWrite = std::move(afterWrite); }

    // `outcome` says DriveFull (and nothing is left of the file) when the drive ran out of space,
    // DriveFaulty with the error when the read-back kept failing.
    Result<CopiedObject> copy(const Offline::SeedObject &object, const QByteArray &fileId, CopyOutcome &outcome,
                              JobContext &context);

private:
    Result<qint64> write(const Offline::SeedObject &object, const QString &path, const SealedFileIdentity &identity,
                         JobContext &context);
    Error driveError(const Error &error) const;

    Store::ObjectStore &m_seed;
    QString m_container;
    QString m_root;
    QString m_driveName;
    QByteArray m_key;
    QByteArray m_driveId;
    int m_attempts;
    std::function<void(const QString &path)> m_afterWrite;
};

} // namespace Semina::Drives
