#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Vault {

class VaultKeys;

// Turns a sealed data blob back into its chunk: AES-256-GCM open (the blob's type and id are
// the associated data), inflated when it was stored compressed (ChunkCompressor), and the HMAC
// id checked, so nothing unverified is ever returned. Its buffers are reused from blob to blob (fresh
// memory is slow to touch here): one opener per thread.
class BlobOpener {
public:
    explicit BlobOpener(const VaultKeys &keys);

    // The chunk, valid until the next call; Corruption naming the blob and `packName` when any
    // check fails.
    Result<QByteArrayView> open(QByteArrayView packKey, QByteArrayView sealed, const ChunkId &id, qsizetype rawLength,
                                const QString &packName);

private:
    const VaultKeys &m_keys;
    QByteArray m_stored;
    QByteArray m_plain;
};

} // namespace Semina::Vault
