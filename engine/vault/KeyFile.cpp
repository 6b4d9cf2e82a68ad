#include "vault/KeyFile.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

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
} // namespace

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
    QJsonObject object{
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
    // Refuse parameters that would make scrypt allocate absurd memory from a tampered file.
    const bool sane = key.scrypt.n >= 2 && (key.scrypt.n & (key.scrypt.n - 1)) == 0 && key.scrypt.n <= (1ULL << 24)
        && key.scrypt.r >= 1 && key.scrypt.r <= 32 && key.scrypt.p >= 1 && key.scrypt.p <= 16 && key.salt.size() >= 16
        && !key.wrappedKey.isEmpty();
    if (!sane)
        return fail(damagedKeyFile(id));
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
