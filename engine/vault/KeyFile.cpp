#include "vault/KeyFile.h"

#include "crypto/Aead.h"
#include "crypto/Digest.h"
#include "crypto/Mac.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <bit>

namespace Semina::Vault {

namespace {
QByteArray associatedData(const QByteArray &vaultId, const QString &keyId)
{
    return QByteArray("semina-v1 key ") + vaultId.toHex() + ' ' + keyId.toLatin1();
}

Error damagedKeyFile(const QString &id)
{
    return Error{ErrorCode::Corruption,
                 QCoreApplication::translate("Semina::Vault",
                                             "The key file \"keys/%1\" is damaged: open the vault with another "
                                             "passphrase or the recovery key, then remove this key.")
                     .arg(id)};
}

// 2^k as "2^k", else the number.
QString powerOfTwo(quint64 n)
{
    if (n != 0 && (n & (n - 1)) == 0)
        return QStringLiteral("2^%1").arg(std::countr_zero(n));
    return QString::number(n);
}

// Refuses, before scrypt runs, parameters Semina never writes: a key file asking for gigabytes
// or minutes would make every open of the vault pay them before "wrong passphrase".
Result<> checkScryptBounds(const Crypto::ScryptParameters &scrypt, const QString &id)
{
    const bool shaped = scrypt.n >= 2 && (scrypt.n & (scrypt.n - 1)) == 0 && scrypt.r >= 1 && scrypt.p >= 1
        && scrypt.n <= (quint64(1) << 30) && scrypt.r <= 1024 && scrypt.p <= 1024;
    if (shaped && 128 * quint64(scrypt.r) * scrypt.n <= KeyFile::kMaxScryptMemory
        && scrypt.n * scrypt.r * scrypt.p <= KeyFile::kMaxScryptWork)
        return {};
    return fail(
        ErrorCode::Corruption,
        QCoreApplication::translate("Semina::Vault",
                                    "The key file \"keys/%1\" asks scrypt for N = %2, r = %3, p = %4, beyond "
                                    "what Semina writes (at most %5 MiB of memory and 4 times the work of N = "
                                    "2^17, r = 8, p = 1): it was not written by Semina or was altered, so it is "
                                    "not tried. Open the vault with another passphrase or the recovery key, "
                                    "then remove this key.")
            .arg(id, powerOfTwo(scrypt.n))
            .arg(scrypt.r)
            .arg(scrypt.p)
            .arg(KeyFile::kMaxScryptMemory / (1024 * 1024)));
}
} // namespace

QByteArray KeyFile::canonicalBody() const
{
    // QJsonObject orders keys, so the compact form is canonical.
    const QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("kind"), kind == Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("passphrase")},
        {QStringLiteral("label"), label},
        {QStringLiteral("host"), host},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("n"), qint64(scrypt.n)},
        {QStringLiteral("r"), qint64(scrypt.r)},
        {QStringLiteral("p"), qint64(scrypt.p)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(wrappedKey.toBase64())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QByteArray> KeyFile::macOf(const QByteArray &body, const QString &id, const QByteArray &masterKey,
                                  const QByteArray &vaultId)
{
    auto key = Crypto::hkdfSha256(masterKey, vaultId, "semina-v1 key-file", 32);
    if (!key)
        return fail(key.error());
    const QByteArray message = QByteArray("semina-v1 key-file ") + id.toLatin1() + ' ' + body;
    return Crypto::hmacSha256(*key, message);
}

Result<KeyFile::Seal> KeyFile::verifySeal(const QByteArray &masterKey, const QByteArray &vaultId) const
{
    if (mac.isEmpty())
        return Seal::Missing;
    auto expected = macOf(canonicalBody(), id, masterKey, vaultId);
    if (!expected)
        return fail(expected.error());
    return *expected == mac ? Seal::Verified : Seal::Mismatch;
}

Result<KeyFile> KeyFile::wrap(const QByteArray &masterKey, QByteArrayView passphrase,
                              const Crypto::ScryptParameters &parameters, const QByteArray &vaultId, Kind kind,
                              const QString &label)
{
    KeyFile key;
    auto id = Crypto::randomBytes(8);
    auto salt = Crypto::randomBytes(32);
    if (!id || !salt)
        return fail(!id ? id.error() : salt.error());
    key.id = QString::fromLatin1(id->toHex());
    key.kind = kind;
    key.label = label;
    key.host = QSysInfo::machineHostName();
    key.created = QDateTime::currentDateTimeUtc();
    key.scrypt = parameters;
    key.salt = *salt;
    auto wrapping = Crypto::scrypt(passphrase, key.salt, parameters, 32);
    if (!wrapping)
        return fail(wrapping.error());
    auto sealed = Crypto::Aead::seal(*wrapping, masterKey, associatedData(vaultId, key.id));
    if (!sealed)
        return fail(sealed.error());
    key.wrappedKey = *sealed;
    const QByteArray body = key.canonicalBody();
    auto checksum = Crypto::sha256(body);
    auto mac = macOf(body, key.id, masterKey, vaultId);
    if (!checksum || !mac)
        return fail(!checksum ? checksum.error() : mac.error());
    key.checksum = *checksum;
    key.mac = *mac;
    return key;
}

Result<QByteArray> KeyFile::unwrap(QByteArrayView passphrase, const QByteArray &vaultId) const
{
    auto wrapping = Crypto::scrypt(passphrase, salt, scrypt, 32);
    if (!wrapping)
        return fail(wrapping.error());
    auto master = Crypto::Aead::open(*wrapping, wrappedKey, associatedData(vaultId, id));
    if (!master)
        return fail(ErrorCode::AccessDenied,
                    QCoreApplication::translate("Semina::Vault", "The passphrase does not open this vault."));
    return *master;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject object = QJsonDocument::fromJson(canonicalBody()).object();
    if (!checksum.isEmpty())
        object.insert(QStringLiteral("checksum"), QString::fromLatin1(checksum.toHex()));
    if (!mac.isEmpty())
        object.insert(QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray &json, const QString &id)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(damagedKeyFile(id));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toInt() != 1
        || object.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt"))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Vault",
                                                "The key file \"keys/%1\" was written by a newer Semina: update "
                                                "Semina to open this vault.")
                        .arg(id));
    KeyFile key;
    key.id = id;
    key.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("recovery") ? Kind::Recovery
                                                                                            : Kind::Passphrase;
    key.label = object.value(QStringLiteral("label")).toString();
    key.host = object.value(QStringLiteral("host")).toString();
    key.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    key.scrypt.n = quint64(object.value(QStringLiteral("n")).toInteger());
    key.scrypt.r = quint32(object.value(QStringLiteral("r")).toInteger());
    key.scrypt.p = quint32(object.value(QStringLiteral("p")).toInteger());
    key.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    key.wrappedKey = QByteArray::fromBase64(object.value(QStringLiteral("wrappedKey")).toString().toLatin1());
    key.checksum = QByteArray::fromHex(object.value(QStringLiteral("checksum")).toString().toLatin1());
    key.mac = QByteArray::fromHex(object.value(QStringLiteral("mac")).toString().toLatin1());
    // A sealed 32-byte master key: nonce, key, tag.
    constexpr qsizetype kWrappedSize = 12 + 32 + 16;
    if (key.salt.size() < 16 || key.wrappedKey.size() != kWrappedSize
        || (object.contains(QStringLiteral("checksum")) && key.checksum.size() != 32)
        || (object.contains(QStringLiteral("mac")) && key.mac.size() != 32))
        return fail(damagedKeyFile(id));
    if (auto bounded = checkScryptBounds(key.scrypt, id); !bounded)
        return fail(bounded.error());
    if (!key.checksum.isEmpty()) {
        auto checksum = Crypto::sha256(key.canonicalBody());
        if (!checksum)
            return fail(checksum.error());
        if (*checksum != key.checksum)
            return fail(damagedKeyFile(id));
    }
    return key;
}

Result<QString> newRecoveryKey()
{
    auto bytes = Crypto::randomBytes(24);
    if (!bytes)
        return fail(bytes.error());
    const QString hex = QString::fromLatin1(bytes->toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 6)
        groups << hex.mid(i, 6);
    return groups.join(QLatin1Char('-'));
}

QByteArray normalizedRecoveryKey(const QString &typed)
{
    QByteArray out;
    for (const QChar c : typed) {
        if (c.isLetterOrNumber())
            out += char(c.toLower().toLatin1());
    }
    return out;
}

} // namespace Semina::Vault
