#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/TreePrefetcher.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// Trees read ahead are the trees the vault reads itself, whatever order the walk asks in,
// and damage read ahead is reported as damage when the walk gets there.
class TestTreePrefetcher : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Semina::Vault::Vault> m_vault;
    Tree m_root; // the backed-up folder "data" with folders a..h, each with two subfolders

    // The subtrees of a tree's folders, by name order.
    static QList<ChunkId> subtreesOf(const Tree &tree)
    {
        QList<ChunkId> ids;
        for (const TreeNode &node : tree.nodes) {
            if (node.type == TreeNode::Type::Directory)
                ids.append(node.subtree);
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        auto created
            = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        m_vault = std::move(created->vault);
        const QString source = m_fixture->path(QStringLiteral("data"));
        for (char folder = 'a'; folder <= 'h'; ++folder) {
            for (int sub = 0; sub < 2; ++sub)
                Corpus::writeFile(source + QStringLiteral("/%1/sub%2/file.txt").arg(QLatin1Char(folder)).arg(sub),
                                  Corpus::sourceText(2000 + folder * 10 + sub, folder * 10 + sub));
        }
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        const auto snapshot = backup(*m_vault, request, context);
        QVERIFY(snapshot);
        const auto top = m_vault->readTree(snapshot->tree);
        QVERIFY(top);
        const auto data = m_vault->readTree(top->nodes.front().subtree);
        QVERIFY(data);
        m_root = *data;
        QCOMPARE(subtreesOf(m_root).size(), 8);
    }
    void cleanup()
    {
        m_vault.reset();
        m_fixture.reset();
    }

    void treesReadAheadEqualTheVaultsInAnyOrder_data()
    {
        QTest::addColumn<bool>("walkOrder");
        QTest::addColumn<int>("capacity");
        QTest::newRow("depth first, room for all") << true << 64;
        QTest::newRow("depth first, room for one") << true << 1;
        QTest::newRow("backwards, room for two") << false << 2;
    }

    void treesReadAheadEqualTheVaultsInAnyOrder()
    {
        QFETCH(bool, walkOrder);
        QFETCH(int, capacity);
        TreePrefetcher prefetcher(*m_vault, std::size_t(capacity));
        QList<ChunkId> order = subtreesOf(m_root);
        prefetcher.announce(order);
        if (!walkOrder)
            std::reverse(order.begin(), order.end());
        for (const ChunkId &id : order) {
            const auto ahead = prefetcher.read(id);
            QVERIFY(ahead);
            const auto direct = m_vault->readTree(id);
            QVERIFY(direct);
            QCOMPARE(ahead->encode(), direct->encode());
            // One level down, announced as the walk enters the folder.
            prefetcher.announce(subtreesOf(*ahead));
            for (const ChunkId &sub : subtreesOf(*ahead)) {
                const auto below = prefetcher.read(sub);
                QVERIFY(below);
                QCOMPARE(below->nodes.size(), 1);
                QCOMPARE(below->nodes.front().name, QByteArray("file.txt"));
            }
        }
        // Neither announced nor read ahead: read on the spot.
        const auto again = prefetcher.read(order.front());
        QVERIFY(again);
    }

    void forgottenTreesDoNotHoldThePlacesOfOthers()
    {
        TreePrefetcher prefetcher(*m_vault, 1);
        const QList<ChunkId> subtrees = subtreesOf(m_root);
        prefetcher.announce(subtrees);
        for (qsizetype i = 0; i + 1 < subtrees.size(); ++i)
            prefetcher.forget(subtrees[i]); // folders that vanished since the parent snapshot
        const auto last = prefetcher.read(subtrees.back());
        QVERIFY(last);
        QCOMPARE(last->nodes.size(), 2);
    }

    void aDamagedTreeReadAheadIsReportedAsDamage()
    {
        const QList<ChunkId> subtrees = subtreesOf(m_root);
        const QString pack = VaultFixture::packOf(*m_vault, subtrees[3]);
        const auto location = m_vault->index().find(subtrees[3]);
        QVERIFY(location);
        QFile file(m_fixture->objectFile(pack));
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The store's object header comes first; a flip in the middle of the tree's ciphertext.
        const qint64 at = file.size() - location->packSize + location->entry.offset + location->entry.length / 2;
        QVERIFY(file.seek(at));
        const char byte = file.read(1).at(0);
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x10))), 1);
        file.close();
        TreePrefetcher prefetcher(*m_vault);
        prefetcher.announce(subtrees);
        for (qsizetype i = 0; i < subtrees.size(); ++i) {
            const auto tree = prefetcher.read(subtrees[i]);
            QCOMPARE(bool(tree), i != 3);
            if (!tree)
                QCOMPARE(tree.error().code, ErrorCode::Corruption);
        }
    }
};

QTEST_GUILESS_MAIN(TestTreePrefetcher)
#include "tst_treeprefetcher.moc"
