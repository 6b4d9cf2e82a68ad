#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"
#include "vault/Pack.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Semina::Vault {

// One pack as an index object records it.
struct PackRecord {
    QByteArray id; // 16 bytes
    qint64 size = 0;
    QList<PackEntry> entries;
};

// Where a blob is, resolved to its pack.
struct BlobLocation {
    QByteArray packId;
    qint64 packSize = 0;
    PackEntry entry;
};

// Index objects: a zlib-compressed list of pack records, sealed like every stored object.
namespace IndexFormat {
QByteArray encode(const QList<PackRecord> &packs);
Result<QList<PackRecord>> decode(QByteArrayView plain);
} // namespace IndexFormat

// The in-memory index of every blob in the vault: chunk id -> pack, offset, lengths.
// Designed for 10 TB (see docs/FORMAT.md): known blobs sit in one sorted vector of 52-byte
// entries searched by bisection; blobs added since the last compact() sit in a hash map.
// Thread-safe: the backup's reader asks and reserves while its workers add finished packs.
class VaultIndex {
public:
    void addPack(const PackRecord &pack);
    // Many packs at once, straight into the sorted entries (loading the index): no hash map on
    // the way. A blob already known, or listed twice, keeps its first place.
    void addPacks(const QList<PackRecord> &packs);
    // Moves recent additions into the sorted vector (after loading, and after a backup).
    void compact();

    [[nodiscard]] std::optional<BlobLocation> find(const ChunkId &id) const;
    [[nodiscard]] bool contains(const ChunkId &id) const;
    // True when the blob is neither stored nor being stored: the caller must now store it.
    bool reserve(const ChunkId &id);
    // Gives up a reservation whose blob could not be stored.
    void release(const ChunkId &id);

    [[nodiscard]] bool hasPack(const QByteArray &packId) const;
    [[nodiscard]] QList<QByteArray> packIds() const;
    [[nodiscard]] qint64 packSize(const QByteArray &packId) const;
    [[nodiscard]] qsizetype blobCount() const;

private:
    struct Entry {
        ChunkId id;
        quint32 pack = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 rawLength = 0;
        BlobType type = BlobType::Data;
    };
    // docs/FORMAT.md counts on this size for its 10 TB arithmetic.
    static_assert(sizeof(Entry) == 52);
    [[nodiscard]] const Entry *findLocked(const ChunkId &id) const;
    quint32 packNumberLocked(const PackRecord &pack);

    mutable QMutex m_mutex;
    QList<QByteArray> m_packIds;
    QList<qint64> m_packSizes;
    QHash<QByteArray, quint32> m_packNumbers;
    std::vector<Entry> m_sorted;
    std::unordered_map<ChunkId, Entry> m_recent;
    std::unordered_set<ChunkId> m_pending;
};

} // namespace Semina::Vault
