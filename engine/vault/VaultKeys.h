#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"
#include "vault/Chunker.h"

#include <QByteArray>

namespace Semina::Vault {

// The keys of an open vault, all derived from its random 32-byte master key with HKDF-SHA-256
// (salt: the vault id), so one secret unlocks everything and each use has its own key.
// Never logged, never written anywhere but wrapped in a key file or the OS keychain.
class VaultKeys {
public:
    static constexpr qsizetype kMasterKeySize = 32;

    static Result<VaultKeys> derive(const QByteArray &masterKey, const QByteArray &vaultId);

    [[nodiscard]] const QByteArray &masterKey() const { return m_master; }
    [[nodiscard]] const Chunker::GearTable &gearTable() const { return m_gear; }

    // HMAC-SHA-256 of the plaintext under the id key.
    [[nodiscard]] Result<ChunkId> chunkId(QByteArrayView plaintext) const;
    // A key for one stored object (a pack, an index, a snapshot): HKDF with the object's id as
    // salt and its kind as info. One key per object keeps every key far from GCM's limit of
    // 2^32 random nonces.
    [[nodiscard]] Result<QByteArray> objectKey(QByteArrayView objectId, const char *kind) const;
    // The key of the config's MAC.
    [[nodiscard]] const QByteArray &configKey() const { return m_config; }

private:
    QByteArray m_master;
    QByteArray m_id;
    QByteArray m_config;
    Chunker::GearTable m_gear{};
};

} // namespace Semina::Vault
