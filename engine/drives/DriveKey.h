#pragma once

#include "core/Error.h"
#include "crypto/Kdf.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Semina::Drives {

class RecoveryPassword;

// The drive key sealed under a key derived from the recovery password by scrypt; it travels in
// the drive's plaintext header, so the station can unlock the drive with the password alone.
struct WrappedKey {
    Crypto::ScryptParameters scrypt;
    QByteArray salt; // 32 random bytes
    QByteArray sealed; // AES-256-GCM of the key, associated data naming the drive id

    [[nodiscard]] QJsonObject toJson() const;
    static Result<WrappedKey> fromJson(const QJsonObject &json);
};

// A drive's own key: 256 random bits, made when the drive is prepared, kept in the copy
// computer's keychain and wrapped in the drive's header; never on a drive in plaintext. Every
// key used on the drive is derived from it with HKDF-SHA-256 (salt: the drive id), so one key
// never serves two purposes.
class DriveKey {
public:
    static constexpr qsizetype kSize = 32;
    static constexpr qsizetype kFileIdSize = 16;

    static Result<DriveKey> generate();
    // InvalidInput unless `bytes` has kSize bytes (a damaged keychain entry).
    static Result<DriveKey> fromBytes(const QByteArray &bytes);

    [[nodiscard]] const QByteArray &bytes() const { return m_key; }

    // Wraps the key under the recovery password.
    [[nodiscard]] Result<WrappedKey> wrap(const RecoveryPassword &password, const QString &driveId,
                                          const Crypto::ScryptParameters &scrypt) const;
    // AccessDenied when the password is not this drive's (or the header was changed).
    static Result<DriveKey> unwrap(const WrappedKey &wrapped, const RecoveryPassword &password, const QString &driveId);

    // The key that seals the drive's files.
    [[nodiscard]] Result<QByteArray> sealingKey(const QString &driveId) const;
    // The id of the file that carries `objectName` on the drive: an HMAC, so names on the drive
    // reveal nothing about the objects, yet a resumed copy finds the files it wrote.
    [[nodiscard]] Result<QByteArray> fileId(const QString &driveId, const QString &objectName) const;

    // The keychain entry (SecretStore) that holds a drive's key.
    static QString keychainName(const QString &driveId);

private:
    explicit DriveKey(QByteArray key)
        : m_key(std::move(key))
    {
    }

    QByteArray m_key;
};

} // namespace Semina::Drives
