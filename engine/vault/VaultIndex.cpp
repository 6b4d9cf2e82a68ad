#include "vault/VaultIndex.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace Semina::Vault {

namespace IndexFormat {

// Plain layout before compression: u32 version (1), u32 pack count, then per pack: 16-byte id,
// u64 size, and the pack's entries as PackFormat::encodeEntries writes them.
QByteArray encode(const QList<PackRecord> &packs)
{
    QByteArray plain;
    char field[8];
    qToLittleEndian<quint32>(1, field);
    plain.append(field, 4);
    qToLittleEndian<quint32>(quint32(packs.size()), field);
    plain.append(field, 4);
    for (const PackRecord &pack : packs) {
        plain += pack.id;
        qToLittleEndian<quint64>(quint64(pack.size), field);
        plain.append(field, 8);
        plain += PackFormat::encodeEntries(pack.entries);
    }
    return qCompress(plain, 6);
}

Result<QList<PackRecord>> decode(QByteArrayView compressed)
{
    const auto damaged = [] {
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Vault", "An index object is malformed."));
    };
    const QByteArray plain = qUncompress(reinterpret_cast<const uchar *>(compressed.data()), compressed.size());
    if (plain.size() < 8 || qFromLittleEndian<quint32>(plain.constData()) != 1)
        return damaged();
    const quint32 count = qFromLittleEndian<quint32>(plain.constData() + 4);
    QList<PackRecord> packs;
    qsizetype at = 8;
    for (quint32 i = 0; i < count; ++i) {
        if (plain.size() < at + PackFormat::kIdSize + 8 + 4)
            return damaged();
        PackRecord pack;
        pack.id = plain.mid(at, PackFormat::kIdSize);
        at += PackFormat::kIdSize;
        pack.size = qint64(qFromLittleEndian<quint64>(plain.constData() + at));
        at += 8;
        const quint32 entries = qFromLittleEndian<quint32>(plain.constData() + at);
        const qsizetype length = 4 + qsizetype(entries) * PackFormat::kEntrySize;
        if (plain.size() < at + length)
            return damaged();
        auto decoded = PackFormat::decodeEntries(QByteArrayView(plain).sliced(at, length));
        if (!decoded)
            return damaged();
        pack.entries = *decoded;
        at += length;
        packs.append(pack);
    }
    if (at != plain.size())
        return damaged();
    return packs;
}

} // namespace IndexFormat

quint32 VaultIndex::packNumberLocked(const PackRecord &pack)
{
    if (auto it = m_packNumbers.constFind(pack.id); it != m_packNumbers.constEnd())
        return *it;
    const auto number = quint32(m_packIds.size());
    m_packIds.append(pack.id);
    m_packSizes.append(pack.size);
    m_packNumbers.insert(pack.id, number);
    return number;
}

void VaultIndex::addPacks(const QList<PackRecord> &packs)
{
    QMutexLocker lock(&m_mutex);
    const auto byId = [](const Entry &a, const Entry &b) { return a.id < b.id; };
    const auto before = qsizetype(m_sorted.size());
    for (const PackRecord &pack : packs) {
        const quint32 number = packNumberLocked(pack);
        for (const PackEntry &e : pack.entries) {
            if (!m_recent.contains(e.id))
                m_sorted.push_back(Entry{e.id, number, e.offset, e.length, e.rawLength, e.type});
        }
    }
    // Stable, so that among equal ids the one added first comes first and is the one kept.
    std::stable_sort(m_sorted.begin() + before, m_sorted.end(), byId);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + before, m_sorted.end(), byId);
    m_sorted.erase(
        std::unique(m_sorted.begin(), m_sorted.end(), [](const Entry &a, const Entry &b) { return a.id == b.id; }),
        m_sorted.end());
}

void VaultIndex::addPack(const PackRecord &pack)
{
    QMutexLocker lock(&m_mutex);
    const quint32 number = packNumberLocked(pack);
    for (const PackEntry &e : pack.entries) {
        m_pending.erase(e.id);
        if (findLocked(e.id))
            continue; // the same blob in two packs (two backups raced): the first one wins
        m_recent.emplace(e.id, Entry{e.id, number, e.offset, e.length, e.rawLength, e.type});
    }
}

void VaultIndex::compact()
{
    QMutexLocker lock(&m_mutex);
    if (m_recent.empty())
        return;
    // Sort only the recent entries and merge them in: linear in the index size, so a backup
    // can compact every few packs and keep the hash map (~100 bytes an entry) small.
    const auto byId = [](const Entry &a, const Entry &b) { return a.id < b.id; };
    const auto middle = qsizetype(m_sorted.size());
    for (const auto &[id, entry] : m_recent)
        m_sorted.push_back(entry);
    m_recent.clear();
    std::sort(m_sorted.begin() + middle, m_sorted.end(), byId);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + middle, m_sorted.end(), byId);
}

const VaultIndex::Entry *VaultIndex::findLocked(const ChunkId &id) const
{
    if (auto it = m_recent.find(id); it != m_recent.end())
        return &it->second;
    auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), id,
                               [](const Entry &entry, const ChunkId &key) { return entry.id < key; });
    if (it != m_sorted.end() && it->id == id)
        return &*it;
    return nullptr;
}

std::optional<BlobLocation> VaultIndex::find(const ChunkId &id) const
{
    QMutexLocker lock(&m_mutex);
    const Entry *entry = findLocked(id);
    if (!entry)
        return std::nullopt;
    BlobLocation location;
    location.packId = m_packIds.at(entry->pack);
    location.packSize = m_packSizes.at(entry->pack);
    location.entry = PackEntry{entry->type, entry->id, entry->offset, entry->length, entry->rawLength};
    return location;
}

bool VaultIndex::contains(const ChunkId &id) const
{
    QMutexLocker lock(&m_mutex);
    return findLocked(id) != nullptr;
}

bool VaultIndex::reserve(const ChunkId &id)
{
    QMutexLocker lock(&m_mutex);
    if (findLocked(id))
        return false;
    return m_pending.insert(id).second;
}

void VaultIndex::release(const ChunkId &id)
{
    QMutexLocker lock(&m_mutex);
    m_pending.erase(id);
}

bool VaultIndex::hasPack(const QByteArray &packId) const
{
    QMutexLocker lock(&m_mutex);
    return m_packNumbers.contains(packId);
}

QList<QByteArray> VaultIndex::packIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_packIds;
}

qint64 VaultIndex::packSize(const QByteArray &packId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_packNumbers.constFind(packId);
    return it == m_packNumbers.constEnd() ? -1 : m_packSizes.at(*it);
}

qsizetype VaultIndex::blobCount() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_sorted.size() + m_recent.size());
}

} // namespace Semina::Vault
