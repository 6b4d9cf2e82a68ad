#include "vault/BlobOpener.h"

#include "crypto/Aead.h"
#include "vault/ChunkCompressor.h"
#include "vault/Pack.h"
#include "vault/VaultKeys.h"

#include <QCoreApplication>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault)
};
} // namespace

BlobOpener::BlobOpener(const VaultKeys &keys)
    : m_keys(keys)
{
}

Result<QByteArrayView> BlobOpener::open(QByteArrayView packKey, QByteArrayView sealed, const ChunkId &id,
                                        qsizetype rawLength, const QString &packName)
{
    if (!Crypto::Aead::openInto(packKey, sealed, PackFormat::blobAssociatedData(BlobType::Data, id), m_stored))
        return fail(
            ErrorCode::Corruption,
            Text::tr("The blob %1 in pack \"%2\" is damaged: it fails verification.").arg(id.shortHex(), packName));
    QByteArrayView chunk = m_stored;
    // Stored as long as the chunk: kept raw (see ChunkCompressor), no copy needed.
    if (m_stored.size() != rawLength) {
        if (auto ok = ChunkCompressor::decompress(m_stored, rawLength, m_plain); !ok)
            return fail(
                ErrorCode::Corruption,
                Text::tr("The blob %1 in pack \"%2\" is damaged: %3").arg(id.shortHex(), packName, ok.error().message));
        chunk = m_plain;
    }
    auto actual = m_keys.chunkId(chunk);
    if (!actual)
        return fail(actual.error());
    if (*actual != id)
        return fail(ErrorCode::Corruption,
                    Text::tr("The blob %1 in pack \"%2\" does not match its id.").arg(id.shortHex(), packName));
    return chunk;
}

} // namespace Semina::Vault
