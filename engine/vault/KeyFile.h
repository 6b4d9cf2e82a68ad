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
struct KeyFile {
    enum class Kind { Passphrase, Recovery };

    QString id; // 16 hex digits; the object name's last part
    Kind kind = Kind::Passphrase;
    QString label; // who or what uses it, e.g. "operator" or "station"
    QString host;
    QDateTime created;
    Crypto::ScryptParameters scrypt;
    QByteArray salt;
    QByteArray wrappedKey;

    static Result<KeyFile> wrap(const QByteArray &masterKey, QByteArrayView passphrase,
                                const Crypto::ScryptParameters &parameters, const QByteArray &vaultId, Kind kind,
                                const QString &label);
    // AccessDenied when the passphrase does not open it.
    [[nodiscard]] Result<QByteArray> unwrap(QByteArrayView passphrase, const QByteArray &vaultId) const;

    [[nodiscard]] QByteArray toJson() const;
    static Result<KeyFile> fromJson(const QByteArray &json, const QString &id);
};

// A recovery key as shown to the user: 48 hex digits in groups of 6, from 24 random bytes.
Result<QString> newRecoveryKey();
// What the user typed, without the separators and spaces people add or drop.
QByteArray normalizedRecoveryKey(const QString &typed);

} // namespace Semina::Vault
