#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Semina::Vault {

// Where one blob lies inside its pack.
struct PackEntry {
    BlobType type = BlobType::Data;
    ChunkId id;
    quint32 offset = 0;
    quint32 length = 0; // sealed length in the pack
    quint32 rawLength = 0; // plaintext length before compression
};

// A pack: many sealed blobs, then their list (the header) sealed too, then the header's length.
//
//   "SEMPACK1" | blob 1 | ... | blob n | sealed header | u32 LE header length
//
// Each blob and the header are AES-256-GCM under the pack's own key (HKDF of the master key with
// the pack id as salt). A blob's associated data is its type and chunk id, the header's the pack
// id, so no blob can be moved, retyped or swapped unnoticed.
namespace PackFormat {
inline constexpr char kMagic[] = "SEMPACK1";
inline constexpr qsizetype kMagicSize = 8;
inline constexpr qsizetype kIdSize = 16;
inline constexpr qsizetype kEntrySize = 1 + 32 + 4 + 4 + 4;
inline constexpr qsizetype kLengthFieldSize = 4;

QByteArray blobAssociatedData(BlobType type, const ChunkId &id);
QByteArray headerAssociatedData(QByteArrayView packId);
QString objectName(QByteArrayView packId); // data/<2 hex>/<32 hex>
// The pack id from an object name, or empty when the name is not a pack's.
QByteArray idFromObjectName(const QString &name);

QByteArray encodeEntries(const QList<PackEntry> &entries);
Result<QList<PackEntry>> decodeEntries(QByteArrayView plain);

// Reads the header from a pack's tail (at least the header and its length field).
Result<QList<PackEntry>> readHeader(QByteArrayView packKey, QByteArrayView packId, QByteArrayView tail,
                                    qint64 packSize);
} // namespace PackFormat

// Builds one pack in a buffer that is reused from pack to pack.
class PackBuilder {
public:
    void start(const QByteArray &packId, const QByteArray &packKey);
    [[nodiscard]] bool isOpen() const { return !m_id.isEmpty(); }
    // Seals `stored` into the pack.
    Result<> add(BlobType type, const ChunkId &id, QByteArrayView stored, qsizetype rawLength);
    [[nodiscard]] qsizetype size() const { return m_buffer.size(); }
    [[nodiscard]] qsizetype blobCount() const { return m_entries.size(); }
    // Seals the header; returns the whole pack, shared (not copied) until the next start().
    Result<std::reference_wrapper<const QByteArray>> finish();

    [[nodiscard]] const QByteArray &id() const { return m_id; }
    [[nodiscard]] const QList<PackEntry> &entries() const { return m_entries; }
    void close() { m_id.clear(); }

private:
    QByteArray m_id;
    QByteArray m_key;
    QByteArray m_buffer;
    QList<PackEntry> m_entries;
};

} // namespace Semina::Vault
