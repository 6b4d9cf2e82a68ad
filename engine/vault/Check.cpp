#include "vault/Check.h"

#include "core/JobContext.h"
#include "crypto/Aead.h"
#include "store/ObjectStore.h"
#include "vault/CheckKeys.h"
#include "vault/ChunkCompressor.h"
#include "vault/UnfinishedWrites.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <unordered_set>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Check)
};

class CheckRun {
public:
    CheckRun(Vault &vault, JobContext &context, CheckReport &report)
        : m_vault(vault)
        , m_context(context)
        , m_report(report)
    {
    }

    Result<> checkIndexesAndPacks(bool readData);
    Result<> checkSnapshots();

private:
    Result<QHash<QString, qint64>> listPacks();
    Result<QHash<QString, qint64>> packsByHead(const QHash<QByteArray, PackRecord> &indexed);
    Result<> readPack(const QString &name, const QByteArray &id, qint64 size);
    void damage(const QString &object, const QString &problem)
    {
        m_report.damaged.append({object, problem});
        m_damagedObjects.insert(object);
    }
    // Paths below `treeId` that are damaged, relative to it; memoised per tree.
    Result<QList<QByteArray>> damageBelow(const ChunkId &treeId);

    Vault &m_vault;
    JobContext &m_context;
    CheckReport &m_report;
    QHash<QByteArray, PackRecord> m_indexed;
    QSet<QString> m_damagedObjects;
    std::unordered_set<ChunkId> m_badBlobs;
    std::unordered_map<ChunkId, QList<QByteArray>> m_treeDamage;
};

Result<QHash<QString, qint64>> CheckRun::listPacks()
{
    QHash<QString, qint64> sizes;
    const VaultLocation &location = m_vault.location();
    QString marker;
    do {
        auto page = location.store->list(location.container, location.objectName(QStringLiteral("data/")), marker);
        if (!page)
            return fail(page.error());
        for (const auto &info : page->objects)
            sizes.insert(info.name.mid(location.prefix.size()), info.size);
        marker = page->nextMarker;
    } while (!marker.isEmpty());
    return sizes;
}

Result<QHash<QString, qint64>> CheckRun::packsByHead(const QHash<QByteArray, PackRecord> &indexed)
{
    const VaultLocation &location = m_vault.location();
    QHash<QString, qint64> sizes;
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        const QString name = PackFormat::objectName(it.key());
        auto head = location.store->head(location.container, location.objectName(name));
        if (head) {
            sizes.insert(name, head->size);
        } else if (head.error().code == ErrorCode::Corruption) {
            damage(name, head.error().message);
            for (const PackEntry &entry : it->entries)
                m_badBlobs.insert(entry.id);
        } else if (head.error().code != ErrorCode::NotFound) {
            return fail(head.error());
        }
    }
    return sizes;
}

Result<> CheckRun::checkIndexesAndPacks(bool readData)
{
    m_context.setPhase(Text::tr("Checking the index and the packs"));
    auto indexNames = m_vault.listObjects(QStringLiteral("index/"));
    if (!indexNames)
        return fail(indexNames.error());
    QHash<QByteArray, PackRecord> &indexed = m_indexed;
    for (const QString &name : *indexNames) {
        auto packs = m_vault.readIndexObject(name);
        ++m_report.indexObjects;
        if (!packs) {
            if (packs.error().code != ErrorCode::Corruption)
                return fail(packs.error());
            damage(name, packs.error().message);
            continue;
        }
        for (const PackRecord &pack : *packs)
            indexed.insert(pack.id, pack);
    }
    auto stored = listPacks();
    if (!stored && stored.error().code == ErrorCode::Corruption) {
        // Some stores refuse a whole listing for one damaged object: ask for each indexed pack.
        stored = packsByHead(indexed);
    }
    if (!stored)
        return fail(stored.error());
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        const QString name = PackFormat::objectName(it.key());
        if (m_damagedObjects.contains(name))
            continue;
        const qint64 size = stored->value(name, -1);
        QString problem;
        if (size < 0)
            problem = Text::tr("The pack is missing.");
        else if (size != it->size)
            problem = Text::tr("The pack has %1 bytes instead of %2 (truncated or damaged).").arg(size).arg(it->size);
        if (!problem.isEmpty()) {
            damage(name, problem);
            for (const PackEntry &entry : it->entries)
                m_badBlobs.insert(entry.id);
        }
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        const QByteArray id = PackFormat::idFromObjectName(it.key());
        if (id.isEmpty() || indexed.contains(id))
            continue;
        m_report.unindexedPacks << it.key();
    }
    // Their headers make their blobs readable, so the snapshots that use them check clean.
    if (!m_report.unindexedPacks.isEmpty()) {
        auto adopted = m_vault.adoptUnindexedPacks(m_context);
        if (!adopted)
            return fail(adopted.error());
    }
    m_report.packs = stored->size();
    if (readData) {
        m_context.setPhase(Text::tr("Reading all data"));
        qint64 total = 0;
        for (auto it = stored->cbegin(); it != stored->cend(); ++it)
            total += it.value();
        m_context.setTotals(stored->size(), total);
        for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
            if (auto ok = m_context.checkCancelled(); !ok)
                return ok;
            const QByteArray id = PackFormat::idFromObjectName(it.key());
            if (id.isEmpty())
                continue;
            if (auto ok = readPack(it.key(), id, it.value()); !ok)
                return ok;
            m_context.addDone(1, it.value());
        }
    }
    return {};
}

Result<> CheckRun::readPack(const QString &name, const QByteArray &id, qint64 size)
{
    const VaultLocation &location = m_vault.location();
    m_context.setCurrentItem(name);
    // Without the store's MD5: every blob and the header are opened below, which checks every
    // byte and names the blobs a damage takes (an MD5 mismatch would condemn the whole pack).
    auto data = location.readSealedBytes(name);
    if (!data) {
        if (data.error().code != ErrorCode::Corruption && data.error().code != ErrorCode::NotFound)
            return fail(data.error());
        damage(name, data.error().message);
        for (const PackEntry &entry : m_indexed.value(id).entries)
            m_badBlobs.insert(entry.id);
        return {};
    }
    auto key = m_vault.packKey(id);
    if (!key)
        return fail(key.error());
    auto entries = PackFormat::readHeader(*key, id, *data, size);
    if (!entries || !data->startsWith(QByteArrayView(PackFormat::kMagic, PackFormat::kMagicSize))) {
        damage(name, entries ? Text::tr("The pack does not start with its signature.") : entries.error().message);
        // Every blob the index places there is lost.
        for (const PackEntry &entry : m_indexed.value(id).entries)
            m_badBlobs.insert(entry.id);
        return {};
    }
    QByteArray stored;
    QByteArray plain;
    int badBlobs = 0;
    for (const PackEntry &entry : *entries) {
        ++m_report.blobsRead;
        const QByteArrayView sealed = QByteArrayView(*data).sliced(entry.offset, entry.length);
        bool good
            = bool(Crypto::Aead::openInto(*key, sealed, PackFormat::blobAssociatedData(entry.type, entry.id), stored))
            && bool(ChunkCompressor::decompress(stored, entry.rawLength, plain));
        if (good) {
            auto actual = m_vault.keys().chunkId(plain);
            good = actual && *actual == entry.id;
        }
        if (!good) {
            ++badBlobs;
            m_badBlobs.insert(entry.id);
        }
    }
    if (badBlobs > 0)
        damage(name, Text::tr("%1 of its %2 blobs fail verification.").arg(badBlobs).arg(entries->size()));
    return {};
}

Result<QList<QByteArray>> CheckRun::damageBelow(const ChunkId &treeId)
{
    if (auto it = m_treeDamage.find(treeId); it != m_treeDamage.end())
        return it->second;
    ++m_report.trees;
    QList<QByteArray> damaged;
    auto tree = m_vault.readTree(treeId);
    if (!tree) {
        if (tree.error().code != ErrorCode::Corruption)
            return fail(tree.error());
        damage(Text::tr("tree %1").arg(treeId.shortHex()), tree.error().message);
        damaged.append(QByteArray());
        m_treeDamage.emplace(treeId, damaged);
        return damaged;
    }
    for (const TreeNode &node : tree->nodes) {
        if (!node.hasSafeName()) {
            damage(Text::tr("tree %1").arg(treeId.shortHex()),
                   Text::tr("It holds an entry named \"%1\", which would leave the restore folder.")
                       .arg(QFile::decodeName(node.name)));
            damaged.append(node.name);
            continue;
        }
        if (node.type == TreeNode::Type::Directory) {
            auto below = damageBelow(node.subtree);
            if (!below)
                return fail(below.error());
            for (const QByteArray &path : *below)
                damaged.append(path.isEmpty() ? node.name : node.name + '/' + path);
        } else if (node.type == TreeNode::Type::File) {
            for (const ChunkId &id : node.chunks) {
                if (m_badBlobs.contains(id) || !m_vault.index().contains(id)) {
                    damaged.append(node.name);
                    break;
                }
            }
        }
    }
    m_treeDamage.emplace(treeId, damaged);
    return damaged;
}

Result<> CheckRun::checkSnapshots()
{
    m_context.setPhase(Text::tr("Checking the snapshots"));
    auto names = m_vault.listObjects(QStringLiteral("snapshots/"));
    if (!names)
        return fail(names.error());
    for (const QString &name : *names) {
        if (auto ok = m_context.checkCancelled(); !ok)
            return ok;
        const QString id = name.section(QLatin1Char('/'), -1);
        ++m_report.snapshots;
        auto plain = m_vault.readSealed(name, id.toLatin1(), "snapshot");
        auto snapshot = plain ? Snapshot::fromJson(*plain, id) : Result<Snapshot>(fail(plain.error()));
        if (!snapshot) {
            if (snapshot.error().code != ErrorCode::Corruption)
                return fail(snapshot.error());
            damage(name, snapshot.error().message);
            m_report.affectedSnapshots << id.left(8);
            continue;
        }
        auto damaged = damageBelow(snapshot->tree);
        if (!damaged)
            return fail(damaged.error());
        if (!damaged->isEmpty())
            m_report.affectedSnapshots << snapshot->shortId();
        for (const QByteArray &path : *damaged)
            m_report.affectedFiles.append(
                {snapshot->shortId(), path.isEmpty() ? QStringLiteral("/") : QFile::decodeName(path)});
    }
    return {};
}
} // namespace

static Result<CheckReport> checkHoldingLock(Vault &vault, const CheckOptions &options, JobContext &context)
{
    CheckReport report;
    if (auto ok = checkKeyFiles(vault, report); !ok)
        return fail(ok.error());
    auto unfinished = unfinishedWrites(vault);
    if (!unfinished)
        return fail(unfinished.error());
    for (const Store::UnfinishedWrite &write : std::as_const(*unfinished))
        report.unfinishedWrites << write.location;
    CheckRun run(vault, context, report);
    if (auto ok = run.checkIndexesAndPacks(options.readData); !ok)
        return fail(ok.error());
    if (auto ok = run.checkSnapshots(); !ok)
        return fail(ok.error());
    context.finish();
    return report;
}

// A check adopts unindexed packs, and beside a backup it would report the packs still being
// indexed: exclusive.
Result<CheckReport> check(Vault &vault, const CheckOptions &options, JobContext &context)
{
    return withVaultLock(vault, LockMode::Exclusive, QStringLiteral("check"), context,
                         [&] { return checkHoldingLock(vault, options, context); });
}

} // namespace Semina::Vault
