#pragma once

#include "core/Error.h"
#include "crypto/Kdf.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Semina::Vault {

// One way into a vault: the master key wrapped (AES-256-GCM) under a key that scrypt derives
// from a passphrase or from the recovery key. Stored as JSON in "keys/<id>"; the scrypt
// parameters travel with it, so stronger ones can be chosen later without a format change.
// A checksum (SHA-256 of its fields) tells a damaged file from a wrong passphrase before any
// key is known; a MAC under a key derived from the master key tells whoever holds the vault
// open that the file still wraps this vault's master key (check verifies every key file so).
struct KeyFile {
    enum class Kind { Passphrase, Recovery };
    enum class Seal { Verified, Missing, Mismatch };

    // The most scrypt work and memory a key file may ask for: what Semina writes (N = 2^17,
    // r = 8, p = 1: 128 MiB) with a margin. A file asking for more is refused before scrypt runs.
    static constexpr quint64 kMaxScryptMemory = 256ULL * 1024 * 1024; // 128 * r * N
    static constexpr quint64 kMaxScryptWork = 4ULL * (quint64(1) << 17) * 8; // N * r * p

    QString id; // 16 hex digits; the object name's last part
    Kind kind = Kind::Passphrase;
    QString label; // who or what uses it, e.g. "operator" or "station"
    QString host;
    QDateTime created;
    Crypto::ScryptParameters scrypt;
    QByteArray salt;
    QByteArray wrappedKey;
    QByteArray checksum; // empty in files written before key files carried one
    QByteArray mac; // likewise

    static Result<KeyFile> wrap(const QByteArray &masterKey, QByteArrayView passphrase,
                                const Crypto::ScryptParameters &parameters, const QByteArray &vaultId, Kind kind,
                                const QString &label);
    // AccessDenied when the passphrase does not open it.
    [[nodiscard]] Result<QByteArray> unwrap(QByteArrayView passphrase, const QByteArray &vaultId) const;

    // Whether the MAC shows that the file was written by someone holding this master key.
    [[nodiscard]] Result<Seal> verifySeal(const QByteArray &masterKey, const QByteArray &vaultId) const;

    [[nodiscard]] QByteArray toJson() const;
    // Corruption naming "keys/<id>" when the file is malformed, fails its checksum, or asks for
    // scrypt parameters beyond the bounds above.
    static Result<KeyFile> fromJson(const QByteArray &json, const QString &id);

private:
    [[nodiscard]] QByteArray canonicalBody() const;
    static Result<QByteArray> macOf(const QByteArray &body, const QString &id, const QByteArray &masterKey,
                                    const QByteArray &vaultId);
};

// A recovery key as shown to the user: 48 hex digits in groups of 6, from 24 random bytes.
Result<QString> newRecoveryKey();
// What the user typed, without the separators and spaces people add or drop.
QByteArray normalizedRecoveryKey(const QString &typed);

} // namespace Semina::Vault
