#include "vault/Vault.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "store/ObjectStore.h"
#include "vault/ChunkCompressor.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

// The Vault's stored objects: listing, sealed objects, index objects, packs, blobs, snapshots.
// (Vault.cpp holds creating, opening and the keys.)
namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault)
};

const QString kIndexPrefix = QStringLiteral("index/");
const QString kSnapshotsPrefix = QStringLiteral("snapshots/");

QByteArray sealedAssociatedData(const char *kind, const QByteArray &objectId)
{
    return QByteArray("semina-v1 ") + kind + ' ' + objectId;
}
} // namespace

Result<QStringList> Vault::listObjects(const QString &prefix)
{
    QStringList names;
    QString marker;
    do {
        auto page = m_location.store->list(m_location.container, m_location.objectName(prefix), marker);
        if (!page)
            return fail(page.error());
        for (const auto &info : page->objects)
            names << info.name.mid(m_location.prefix.size());
        marker = page->nextMarker;
    } while (!marker.isEmpty());
    return names;
}

Result<QByteArray> Vault::seal(const QByteArray &objectId, const char *kind, const QByteArray &plain) const
{
    auto key = m_keys.objectKey(objectId, kind);
    if (!key)
        return fail(key.error());
    return Crypto::Aead::seal(*key, plain, sealedAssociatedData(kind, objectId));
}

Result<QByteArray> Vault::unseal(const QString &name, const QByteArray &objectId, const char *kind,
                                 const QByteArray &sealed) const
{
    auto key = m_keys.objectKey(objectId, kind);
    if (!key)
        return fail(key.error());
    auto plain = Crypto::Aead::open(*key, sealed, sealedAssociatedData(kind, objectId));
    if (!plain)
        return fail(ErrorCode::Corruption, Text::tr("The object \"%1\" is damaged: it fails verification.").arg(name));
    return plain;
}

Result<QByteArray> Vault::readSealed(const QString &name, const QByteArray &objectId, const char *kind)
{
    auto sealed = m_location.readSealedBytes(name);
    if (!sealed)
        return fail(sealed.error());
    return unseal(name, objectId, kind, *sealed);
}

Result<> Vault::writeSealed(const QString &name, const QByteArray &objectId, const char *kind, const QByteArray &plain)
{
    auto sealed = seal(objectId, kind, plain);
    if (!sealed)
        return fail(sealed.error());
    auto put = m_location.store->put(m_location.container, m_location.objectName(name), *sealed);
    if (!put)
        return fail(put.error());
    return {};
}

Result<QList<PackRecord>> Vault::readIndexObject(const QString &name)
{
    const QByteArray id = name.mid(kIndexPrefix.size()).toLatin1();
    auto plain = readSealed(name, id, "index");
    if (!plain)
        return fail(plain.error());
    auto packs = IndexFormat::decode(*plain);
    if (!packs)
        return fail(packs.error().code, Text::tr("The index object \"%1\" is malformed.").arg(name));
    return packs;
}

Result<QString> Vault::writeIndex(const QList<PackRecord> &packs)
{
    auto random = Crypto::randomBytes(16);
    if (!random)
        return fail(random.error());
    const QString name = kIndexPrefix + QString::fromLatin1(random->toHex());
    if (auto ok = writeSealed(name, random->toHex(), "index", IndexFormat::encode(packs)); !ok)
        return fail(ok.error());
    return name;
}

Result<> Vault::loadIndex(JobContext *context)
{
    auto names = listObjects(kIndexPrefix);
    if (!names)
        return fail(names.error());
    QList<PackRecord> all;
    for (const QString &name : *names) {
        auto packs = readIndexObject(name);
        if (!packs) {
            if (packs.error().code != ErrorCode::Corruption)
                return fail(packs.error());
            // A damaged index costs only deduplication; check names it, backup re-adopts its packs.
            if (context)
                context->warn(name, packs.error().message);
            continue;
        }
        all += *packs;
    }
    m_index.addPacks(all); // one sort for them all
    return {};
}

Result<QByteArray> Vault::packKey(const QByteArray &packId) const
{
    return m_keys.objectKey(packId, "pack");
}

Result<> Vault::uploadPack(const QByteArray &packId, const QByteArray &data, JobContext *context)
{
    auto put = m_location.store->put(m_location.container, m_location.objectName(PackFormat::objectName(packId)), data,
                                     {}, context);
    if (!put)
        return fail(put.error());
    return {};
}

Result<QList<PackRecord>> Vault::adoptUnindexedPacks(JobContext &context)
{
    QList<PackRecord> adopted;
    auto names = listObjects(QStringLiteral("data/"));
    if (!names && names.error().code == ErrorCode::Corruption) {
        // A store that cannot list past a damaged object: adopt nothing now, check names it.
        context.warn(QStringLiteral("data/"), names.error().message);
        return adopted;
    }
    if (!names)
        return fail(names.error());
    for (const QString &name : *names) {
        const QByteArray id = PackFormat::idFromObjectName(name);
        if (id.isEmpty() || m_index.hasPack(id))
            continue;
        auto head = m_location.store->head(m_location.container, m_location.objectName(name));
        if (!head)
            return fail(head.error());
        auto key = packKey(id);
        if (!key)
            return fail(key.error());
        // Headers hold 45 bytes per blob; 64 KiB covers packs of ~1,400 blobs in one read.
        const qint64 tailSize = qMin<qint64>(head->size, 64 * 1024);
        auto tail = m_location.readSealedBytes(name, head->size - tailSize, tailSize);
        if (!tail)
            return fail(tail.error());
        auto entries = PackFormat::readHeader(*key, id, *tail, head->size);
        if (!entries && tail->size() >= 4) {
            const quint32 needed = qFromLittleEndian<quint32>(tail->constData() + tail->size() - 4) + 4;
            if (qint64(needed) < head->size && qint64(needed) > tailSize) {
                tail = m_location.readSealedBytes(name, head->size - needed, needed);
                if (!tail)
                    return fail(tail.error());
                entries = PackFormat::readHeader(*key, id, *tail, head->size);
            }
        }
        if (!entries) {
            context.warn(name, entries.error().message);
            continue;
        }
        PackRecord record{id, head->size, *entries};
        m_index.addPack(record);
        adopted.append(record);
    }
    if (!adopted.isEmpty())
        qCInfo(lcVault) << "adopted" << adopted.size() << "packs left by an interrupted backup";
    return adopted;
}

Result<> Vault::readBlob(const ChunkId &id, BlobType type, QByteArray &out)
{
    const auto location = m_index.find(id);
    if (!location)
        return fail(
            ErrorCode::Corruption,
            Text::tr("The blob %1 is in no index: the vault misses data (run semina-cli check).").arg(id.shortHex()));
    if (location->entry.type != type)
        return fail(ErrorCode::Corruption, Text::tr("The blob %1 has the wrong type.").arg(id.shortHex()));
    const QString packName = PackFormat::objectName(location->packId);
    auto sealed = m_location.readSealedBytes(packName, location->entry.offset, location->entry.length);
    if (!sealed) {
        if (sealed.error().code == ErrorCode::NotFound || sealed.error().code == ErrorCode::InvalidInput)
            return fail(
                ErrorCode::Corruption,
                Text::tr("The pack \"%1\" holding blob %2 is missing or truncated.").arg(packName, id.shortHex()),
                sealed.error().message);
        return fail(sealed.error());
    }
    auto key = packKey(location->packId);
    if (!key)
        return fail(key.error());
    QByteArray stored;
    if (!Crypto::Aead::openInto(*key, *sealed, PackFormat::blobAssociatedData(type, id), stored))
        return fail(
            ErrorCode::Corruption,
            Text::tr("The blob %1 in pack \"%2\" is damaged: it fails verification.").arg(id.shortHex(), packName));
    if (auto ok = ChunkCompressor::decompress(stored, location->entry.rawLength, out); !ok)
        return fail(
            ErrorCode::Corruption,
            Text::tr("The blob %1 in pack \"%2\" is damaged: %3").arg(id.shortHex(), packName, ok.error().message));
    auto actual = m_keys.chunkId(out);
    if (!actual)
        return fail(actual.error());
    if (*actual != id)
        return fail(ErrorCode::Corruption,
                    Text::tr("The blob %1 in pack \"%2\" does not match its id.").arg(id.shortHex(), packName));
    return {};
}

Result<Tree> Vault::readTree(const ChunkId &id)
{
    QByteArray plain;
    if (auto ok = readBlob(id, BlobType::Tree, plain); !ok)
        return fail(ok.error());
    return Tree::decode(plain);
}

Result<SnapshotListing> Vault::readSnapshots()
{
    auto names = listObjects(kSnapshotsPrefix);
    if (!names)
        return fail(names.error());
    SnapshotListing listing;
    for (const QString &name : *names) {
        const QString id = name.mid(kSnapshotsPrefix.size());
        auto plain = readSealed(name, id.toLatin1(), "snapshot");
        auto snapshot = plain ? Snapshot::fromJson(*plain, id) : Result<Snapshot>(fail(plain.error()));
        if (!snapshot) {
            if (snapshot.error().code != ErrorCode::Corruption)
                return fail(snapshot.error());
            listing.damaged.append({name, snapshot.error().message});
            continue;
        }
        listing.snapshots.append(*snapshot);
    }
    std::sort(listing.snapshots.begin(), listing.snapshots.end(),
              [](const Snapshot &a, const Snapshot &b) { return a.time < b.time; });
    return listing;
}

Result<QList<Snapshot>> Vault::listSnapshots(JobContext *context)
{
    auto listing = readSnapshots();
    if (!listing)
        return fail(listing.error());
    if (context) {
        for (const DamagedSnapshot &damaged : std::as_const(listing->damaged))
            context->warn(damaged.object, damagedSnapshotText(damaged));
    }
    return listing->snapshots;
}

QString Vault::damagedSnapshotText(const DamagedSnapshot &damaged)
{
    return Text::tr("%1 It is left out; the other snapshots are intact (semina-cli check names what else is "
                    "damaged).")
        .arg(damaged.problem);
}

Result<Snapshot> Vault::findSnapshot(const QString &idOrPrefix, JobContext *context)
{
    auto listing = readSnapshots();
    if (!listing)
        return fail(listing.error());
    const QList<Snapshot> &snapshots = listing->snapshots;
    QList<DamagedSnapshot> damagedMatches;
    for (const DamagedSnapshot &damaged : std::as_const(listing->damaged)) {
        const QString id = damaged.object.mid(kSnapshotsPrefix.size());
        if (idOrPrefix == QLatin1String("latest") || (!idOrPrefix.isEmpty() && id.startsWith(idOrPrefix)))
            damagedMatches.append(damaged);
    }
    // A damaged snapshot that could be the one asked for is named; the intact ones still serve.
    const auto warnDamaged = [&] {
        for (const DamagedSnapshot &damaged : std::as_const(damagedMatches)) {
            if (context)
                context->warn(damaged.object, damagedSnapshotText(damaged));
        }
    };
    if (idOrPrefix == QLatin1String("latest")) {
        if (snapshots.isEmpty() && !damagedMatches.isEmpty())
            return fail(ErrorCode::Corruption, damagedMatches.first().problem);
        if (snapshots.isEmpty())
            return fail(ErrorCode::NotFound, Text::tr("The vault has no snapshot yet: run a backup first."));
        warnDamaged();
        return snapshots.last();
    }
    QList<Snapshot> matches;
    for (const Snapshot &snapshot : snapshots) {
        if (!idOrPrefix.isEmpty() && snapshot.id.startsWith(idOrPrefix))
            matches.append(snapshot);
    }
    if (matches.size() == 1 && damagedMatches.isEmpty())
        return matches.first();
    if (matches.isEmpty() && damagedMatches.size() == 1)
        return fail(ErrorCode::Corruption, damagedMatches.first().problem);
    if (matches.isEmpty() && damagedMatches.isEmpty())
        return fail(ErrorCode::NotFound,
                    Text::tr("The vault has no snapshot \"%1\": semina-cli snapshots lists them.").arg(idOrPrefix));
    return fail(ErrorCode::InvalidInput,
                Text::tr("\"%1\" names %2 snapshots: give more of the id.")
                    .arg(idOrPrefix)
                    .arg(matches.size() + damagedMatches.size()));
}

Result<> Vault::writeSnapshot(Snapshot &snapshot)
{
    auto random = Crypto::randomBytes(32);
    if (!random)
        return fail(random.error());
    snapshot.id = QString::fromLatin1(random->toHex());
    return writeSealed(kSnapshotsPrefix + snapshot.id, snapshot.id.toLatin1(), "snapshot", snapshot.toJson());
}

} // namespace Semina::Vault
