#include "vault/VaultConfig.h"

#include "crypto/Mac.h"
#include "vault/VaultKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Vault {

namespace {
Error damagedConfig()
{
    return Error{ErrorCode::Corruption,
                 QCoreApplication::translate("Semina::Vault",
                                             "The vault's \"config\" object is damaged or was altered: restore it "
                                             "from a copy of the vault.")};
}

QJsonObject body(const VaultConfig &config)
{
    QJsonObject object{
        {QStringLiteral("format"), config.formatVersion},
        {QStringLiteral("id"), config.vaultIdHex()},
        {QStringLiteral("created"), config.created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("chunkMin"), qint64(config.chunker.minSize)},
        {QStringLiteral("chunkAverage"), qint64(config.chunker.averageSize)},
        {QStringLiteral("chunkMax"), qint64(config.chunker.maxSize)},
        {QStringLiteral("packTarget"), qint64(config.packTargetSize)},
        {QStringLiteral("compression"), QStringLiteral("zlib")},
        {QStringLiteral("compressionLevel"), config.compressionLevel},
    };
    // Only when set, so that the MAC of an older vault's config stays what it was.
    if (config.keyFilesSealed)
        object.insert(QStringLiteral("keyFiles"), QStringLiteral("sealed"));
    return object;
}
} // namespace

QByteArray VaultConfig::canonicalBody() const
{
    // QJsonObject orders keys, so the compact form is canonical.
    return QJsonDocument(body(*this)).toJson(QJsonDocument::Compact);
}

Result<QByteArray> VaultConfig::toJson(const VaultKeys &keys) const
{
    auto mac = Crypto::hmacSha256(keys.configKey(), canonicalBody());
    if (!mac)
        return fail(mac.error());
    QJsonObject object = body(*this);
    object.insert(QStringLiteral("mac"), QString::fromLatin1(mac->toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<VaultConfig> VaultConfig::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return fail(damagedConfig());
    const QJsonObject object = document.object();
    VaultConfig config;
    config.formatVersion = object.value(QStringLiteral("format")).toInt();
    if (config.formatVersion != kFormatVersion)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Vault",
                                                "This vault has format version %1; this Semina reads version %2. "
                                                "Update Semina to open it.")
                        .arg(config.formatVersion)
                        .arg(kFormatVersion));
    config.vaultId = QByteArray::fromHex(object.value(QStringLiteral("id")).toString().toLatin1());
    config.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    config.chunker.minSize = qsizetype(object.value(QStringLiteral("chunkMin")).toInteger());
    config.chunker.averageSize = qsizetype(object.value(QStringLiteral("chunkAverage")).toInteger());
    config.chunker.maxSize = qsizetype(object.value(QStringLiteral("chunkMax")).toInteger());
    config.packTargetSize = qsizetype(object.value(QStringLiteral("packTarget")).toInteger());
    config.compressionLevel = object.value(QStringLiteral("compressionLevel")).toInt(-1);
    config.keyFilesSealed = object.value(QStringLiteral("keyFiles")).toString() == QLatin1String("sealed");
    config.m_mac = QByteArray::fromHex(object.value(QStringLiteral("mac")).toString().toLatin1());
    if (config.vaultId.size() != 16 || !config.chunker.isValid() || config.packTargetSize < 1024
        || config.packTargetSize > 1024 * 1024 * 1024 || config.compressionLevel < 0 || config.compressionLevel > 9)
        return fail(damagedConfig());
    return config;
}

Result<> VaultConfig::verify(const VaultKeys &keys) const
{
    auto mac = Crypto::hmacSha256(keys.configKey(), canonicalBody());
    if (!mac)
        return fail(mac.error());
    if (*mac != m_mac)
        return fail(damagedConfig());
    return {};
}

} // namespace Semina::Vault
