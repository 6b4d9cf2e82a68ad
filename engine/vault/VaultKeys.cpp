#include "vault/VaultKeys.h"

#include "crypto/Kdf.h"
#include "crypto/Mac.h"

#include <QCoreApplication>

namespace Semina::Vault {

Result<VaultKeys> VaultKeys::derive(const QByteArray &masterKey, const QByteArray &vaultId)
{
    if (masterKey.size() != kMasterKeySize)
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Vault", "The vault's master key has the wrong length."));
    VaultKeys keys;
    keys.m_master = masterKey;
    auto id = Crypto::hkdfSha256(masterKey, vaultId, "semina-v1 chunk-id", 32);
    if (!id)
        return fail(id.error());
    keys.m_id = *id;
    auto config = Crypto::hkdfSha256(masterKey, vaultId, "semina-v1 config", 32);
    if (!config)
        return fail(config.error());
    keys.m_config = *config;
    auto seed = Crypto::hkdfSha256(masterKey, vaultId, "semina-v1 gear", qsizetype(sizeof(Chunker::GearTable)));
    if (!seed)
        return fail(seed.error());
    auto gear = Chunker::gearTableFrom(*seed);
    if (!gear)
        return fail(gear.error());
    keys.m_gear = *gear;
    return keys;
}

Result<ChunkId> VaultKeys::chunkId(QByteArrayView plaintext) const
{
    auto mac = Crypto::hmacSha256(m_id, plaintext);
    if (!mac)
        return fail(mac.error());
    return ChunkId::fromBytes(*mac);
}

Result<QByteArray> VaultKeys::objectKey(QByteArrayView objectId, const char *kind) const
{
    const QByteArray info = QByteArray("semina-v1 ") + kind;
    return Crypto::hkdfSha256(m_master, objectId, info, 32);
}

} // namespace Semina::Vault
