#include "drives/DriveKey.h"

#include "crypto/Aead.h"
#include "crypto/Mac.h"
#include "crypto/Random.h"
#include "drives/RecoveryPassword.h"

#include <QCoreApplication>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveKey)
};

QByteArray keyAssociatedData(const QString &driveId)
{
    return QByteArrayLiteral("semina-drive-v1 key ") + driveId.toUtf8();
}

Result<QByteArray> derive(const QByteArray &key, const QString &driveId, const char *purpose)
{
    return Crypto::hkdfSha256(key, driveId.toUtf8(), QByteArray(purpose), Crypto::Aead::kKeySize);
}

// Absurd parameters in a header are refused before scrypt tries to allocate them.
bool plausible(const Crypto::ScryptParameters &scrypt)
{
    return scrypt.n >= 2 && (scrypt.n & (scrypt.n - 1)) == 0 && scrypt.n <= (quint64(1) << 24) && scrypt.r >= 1
        && scrypt.r <= 32 && scrypt.p >= 1 && scrypt.p <= 16;
}

} // namespace

QJsonObject WrappedKey::toJson() const
{
    return {{QStringLiteral("kdf"), QStringLiteral("scrypt")},
            {QStringLiteral("n"), double(scrypt.n)},
            {QStringLiteral("r"), double(scrypt.r)},
            {QStringLiteral("p"), double(scrypt.p)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())}};
}

Result<WrappedKey> WrappedKey::fromJson(const QJsonObject &json)
{
    WrappedKey wrapped;
    wrapped.scrypt.n = quint64(json.value(QStringLiteral("n")).toDouble());
    wrapped.scrypt.r = quint32(json.value(QStringLiteral("r")).toInt());
    wrapped.scrypt.p = quint32(json.value(QStringLiteral("p")).toInt());
    wrapped.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    wrapped.sealed = QByteArray::fromBase64(json.value(QStringLiteral("sealed")).toString().toLatin1());
    if (json.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt") || !plausible(wrapped.scrypt)
        || wrapped.salt.size() < 16 || wrapped.sealed.size() != DriveKey::kSize + Crypto::Aead::kSealOverhead)
        return fail(ErrorCode::Corruption, Text::tr("The drive's wrapped key is damaged or of an unknown kind."));
    return wrapped;
}

Result<DriveKey> DriveKey::generate()
{
    auto bytes = Crypto::randomBytes(kSize);
    if (!bytes)
        return fail(bytes.error());
    return DriveKey(*bytes);
}

Result<DriveKey> DriveKey::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != kSize)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive key in the keychain has %1 bytes instead of %2: unlock the drive with its "
                             "recovery password instead.")
                        .arg(bytes.size())
                        .arg(kSize));
    return DriveKey(bytes);
}

Result<WrappedKey> DriveKey::wrap(const RecoveryPassword &password, const QString &driveId,
                                  const Crypto::ScryptParameters &scrypt) const
{
    WrappedKey wrapped;
    wrapped.scrypt = scrypt;
    auto salt = Crypto::randomBytes(32);
    if (!salt)
        return fail(salt.error());
    wrapped.salt = *salt;
    auto kek = Crypto::scrypt(password.digits(), wrapped.salt, scrypt, Crypto::Aead::kKeySize);
    if (!kek)
        return fail(kek.error());
    auto sealed = Crypto::Aead::seal(*kek, m_key, keyAssociatedData(driveId));
    if (!sealed)
        return fail(sealed.error());
    wrapped.sealed = *sealed;
    return wrapped;
}

Result<DriveKey> DriveKey::unwrap(const WrappedKey &wrapped, const RecoveryPassword &password, const QString &driveId)
{
    auto kek = Crypto::scrypt(password.digits(), wrapped.salt, wrapped.scrypt, Crypto::Aead::kKeySize);
    if (!kek)
        return fail(kek.error());
    auto key = Crypto::Aead::open(*kek, wrapped.sealed, keyAssociatedData(driveId));
    if (!key)
        return fail(ErrorCode::AccessDenied,
                    Text::tr("The recovery password does not open drive %1: every group is well formed, so it is "
                             "probably the password of another drive; check the drive id printed beside it.")
                        .arg(driveId));
    return fromBytes(*key);
}

Result<QByteArray> DriveKey::sealingKey(const QString &driveId) const
{
    return derive(m_key, driveId, "semina-drive-v1 sealing");
}

Result<QByteArray> DriveKey::fileId(const QString &driveId, const QString &objectName) const
{
    auto nameKey = derive(m_key, driveId, "semina-drive-v1 names");
    if (!nameKey)
        return fail(nameKey.error());
    auto mac = Crypto::hmacSha256(*nameKey, objectName.toUtf8());
    if (!mac)
        return fail(mac.error());
    return mac->left(kFileIdSize);
}

QString DriveKey::keychainName(const QString &driveId)
{
    return QStringLiteral("drive/%1/key").arg(driveId);
}

} // namespace Semina::Drives
