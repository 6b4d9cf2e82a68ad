#include "VaultFixture.h"

#include "Corpus.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "vault/ChunkCompressor.h"
#include "vault/Chunker.h"
#include "vault/KeyFile.h"
#include "vault/Pack.h"
#include "vault/Tree.h"
#include "vault/VaultIndex.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;

namespace {
QList<qsizetype> cutAll(const Chunker &chunker, const QByteArray &data)
{
    QList<qsizetype> sizes;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype size = chunker.cut(QByteArrayView(data).sliced(at));
        sizes.append(size);
        at += size;
    }
    return sizes;
}

Chunker::GearTable tableFrom(char fill)
{
    return *Chunker::gearTableFrom(*Crypto::hkdfSha256(QByteArray(32, fill), {}, "gear", 2048));
}
} // namespace

// The pieces of format v1 on their own: chunker, compressor, packs, index, trees, key files.
class TestVaultFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chunksRespectTheLimitsAndAverage()
    {
        const ChunkerParameters parameters; // 512 KiB / 1 MiB / 8 MiB
        const Chunker chunker(tableFrom('a'), parameters);
        const QByteArray data = Test::Corpus::randomBytes(40 * 1024 * 1024, 7);
        const QList<qsizetype> sizes = cutAll(chunker, data);
        for (qsizetype i = 0; i + 1 < sizes.size(); ++i) {
            QVERIFY(sizes[i] >= parameters.minSize);
            QVERIFY(sizes[i] <= parameters.maxSize);
        }
        const double average = double(data.size()) / double(sizes.size());
        QVERIFY2(average > 0.7 * 1024 * 1024 && average < 1.5 * 1024 * 1024, qPrintable(QString::number(average)));
    }

    void boundariesFollowContentNotOffsets()
    {
        const Chunker chunker(tableFrom('a'), {4096, 16384, 65536});
        const QByteArray data = Test::Corpus::randomBytes(2 * 1024 * 1024, 8);
        const QByteArray shifted = QByteArray("inserted at the front") + data;
        const QList<qsizetype> a = cutAll(chunker, data);
        const QList<qsizetype> b = cutAll(chunker, shifted);
        // After the first chunk or two, the cuts realign and every later chunk is the same.
        QVERIFY(a.size() > 50);
        QCOMPARE(a.mid(3), b.mid(b.size() - (a.size() - 3)));
    }

    void theGearTableComesFromTheVaultSecret()
    {
        const QByteArray data = Test::Corpus::randomBytes(1024 * 1024, 9);
        const ChunkerParameters parameters{4096, 16384, 65536};
        QCOMPARE_NE(cutAll(Chunker(tableFrom('a'), parameters), data),
                    cutAll(Chunker(tableFrom('b'), parameters), data));
        QCOMPARE(cutAll(Chunker(tableFrom('a'), parameters), data), cutAll(Chunker(tableFrom('a'), parameters), data));
    }

    void compressionPaysOrTheChunkIsStoredRaw_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("text") << Test::Corpus::sourceText(1024 * 1024, 1) << true;
        QTest::newRow("random") << Test::Corpus::randomBytes(1024 * 1024, 2) << false;
        QTest::newRow("small random") << Test::Corpus::randomBytes(1000, 3) << false;
        QTest::newRow("8 KiB random") << Test::Corpus::randomBytes(8192, 4) << false;
        QTest::newRow("8 KiB text") << Test::Corpus::sourceText(8192, 5) << true;
        QTest::newRow("100 KiB text") << Test::Corpus::sourceText(100 * 1024, 6) << true;
        // Random-looking bytes that repeat within deflate's reach are still compressed.
        QTest::newRow("random block repeated") << Test::Corpus::randomBytes(4096, 7).repeated(256) << true;
        QTest::newRow("half random, half text")
            << Test::Corpus::randomBytes(512 * 1024, 8) + Test::Corpus::sourceText(512 * 1024, 9) << true;
        QTest::newRow("zeros") << QByteArray(300 * 1024, 0) << true;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void compressionPaysOrTheChunkIsStoredRaw()
    {
        QFETCH(QByteArray, chunk);
        QFETCH(bool, compressed);
        ChunkCompressor compressor(1);
        for (int round = 0; round < 2; ++round) { // the second round reuses the buffers
            const auto stored = compressor.compress(chunk);
            QVERIFY(stored);
            QCOMPARE(stored->size() < chunk.size(), compressed);
            QByteArray back;
            QVERIFY(ChunkCompressor::decompress(*stored, chunk.size(), back));
            QCOMPARE(back, chunk);
        }
    }

    // Streams from other zlib writers inflate too (any level, qCompress's minus its length
    // prefix); damaged or foreign ones are refused, never taken for a shorter chunk.
    void storedChunksInflateOrAreRefused_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<bool>("good");
        const QByteArray chunk = Test::Corpus::sourceText(200 * 1024, 11);
        const QByteArray level9 = qCompress(chunk, 9).sliced(4);
        QTest::newRow("level 9") << level9 << true;
        QTest::newRow("level 1") << qCompress(chunk, 1).sliced(4) << true;
        QTest::newRow("truncated trailer") << level9.chopped(1) << false;
        QTest::newRow("truncated data") << level9.chopped(40) << false;
        QTest::newRow("extra byte") << level9 + 'x' << false;
        QByteArray badHeader = level9;
        badHeader[1] = char(badHeader[1] ^ 1); // header check fails
        QTest::newRow("header check") << badHeader << false;
        QByteArray dictionary = level9;
        dictionary[1] = char((dictionary[1] | 0x20) & ~0x1f);
        while ((uchar(dictionary[0]) * 256 + uchar(dictionary[1])) % 31 != 0)
            dictionary[1] = char(dictionary[1] + 1);
        QTest::newRow("preset dictionary") << dictionary << false;
        QByteArray flipped = level9;
        flipped[level9.size() / 2] = char(flipped[level9.size() / 2] ^ 0x55);
        QTest::newRow("flipped bit in the data") << flipped << false;
    }

    void storedChunksInflateOrAreRefused()
    {
        QFETCH(QByteArray, stored);
        QFETCH(bool, good);
        const QByteArray chunk = Test::Corpus::sourceText(200 * 1024, 11);
        QByteArray back;
        const auto inflated = ChunkCompressor::decompress(stored, chunk.size(), back);
        if (good) {
            QVERIFY(inflated);
            QCOMPARE(back, chunk);
        } else if (inflated) {
            // A flip deflate cannot notice gives other bytes of the right length; the chunk id
            // check every caller makes after inflating refuses those.
            QVERIFY(back != chunk);
        } else {
            QCOMPARE(inflated.error().code, ErrorCode::Corruption);
        }
    }

    void packsRoundTripAndRefuseSwaps()
    {
        const QByteArray packId = *Crypto::randomBytes(16);
        const QByteArray key = *Crypto::randomBytes(32);
        PackBuilder builder;
        builder.start(packId, key);
        const ChunkId a = ChunkId::fromBytes(QByteArray(32, 'a'));
        const ChunkId b = ChunkId::fromBytes(QByteArray(32, 'b'));
        QVERIFY(builder.add(BlobType::Data, a, "first blob", 10));
        QVERIFY(builder.add(BlobType::Tree, b, "second", 6));
        const QByteArray pack = builder.finish()->get();
        const auto entries = PackFormat::readHeader(key, packId, pack, pack.size());
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).type, BlobType::Tree);
        const QByteArrayView sealed = QByteArrayView(pack).sliced(entries->at(0).offset, entries->at(0).length);
        QCOMPARE(*Crypto::Aead::open(key, sealed, PackFormat::blobAssociatedData(BlobType::Data, a)),
                 QByteArray("first blob"));
        // The same bytes presented as another blob, another type or another pack do not open.
        QVERIFY(!Crypto::Aead::open(key, sealed, PackFormat::blobAssociatedData(BlobType::Data, b)));
        QVERIFY(!Crypto::Aead::open(key, sealed, PackFormat::blobAssociatedData(BlobType::Tree, a)));
        QVERIFY(!PackFormat::readHeader(key, *Crypto::randomBytes(16), pack, pack.size()));
        QVERIFY(!PackFormat::readHeader(key, packId, pack.first(pack.size() - 1), pack.size() - 1));
    }

    void indexObjectsRoundTripAndTheIndexFindsBlobs()
    {
        PackRecord pack{*Crypto::randomBytes(16), 1234, {}};
        for (int i = 0; i < 100; ++i)
            pack.entries.append({BlobType::Data, ChunkId::fromBytes(*Crypto::randomBytes(32)), quint32(8 + i * 10), 10,
                                 quint32(20 + i)});
        const auto decoded = IndexFormat::decode(IndexFormat::encode({pack}));
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 1);
        QCOMPARE(decoded->first().size, 1234);
        QCOMPARE(decoded->first().entries.size(), 100);

        VaultIndex index;
        index.addPack(pack);
        QVERIFY(index.contains(pack.entries[42].id));
        index.compact();
        const auto found = index.find(pack.entries[42].id);
        QVERIFY(found);
        QCOMPARE(found->packId, pack.id);
        QCOMPARE(found->entry.rawLength, quint32(62));
        const ChunkId fresh = ChunkId::fromBytes(*Crypto::randomBytes(32));
        QVERIFY(index.reserve(fresh));
        QVERIFY(!index.reserve(fresh)); // already on its way
        QVERIFY(!index.reserve(pack.entries[0].id)); // already stored
    }

    void treesRoundTripAndKnowUnsafeNames()
    {
        Tree tree;
        TreeNode file;
        file.name = "b.txt";
        file.mode = 0644;
        file.mtimeNs = 1'600'000'000'123'456'789;
        file.size = 5;
        file.chunks = {ChunkId::fromBytes(QByteArray(32, 'x'))};
        TreeNode link;
        link.name = "a-link";
        link.type = TreeNode::Type::Symlink;
        link.linkTarget = "../elsewhere";
        tree.nodes = {file, link};
        const auto decoded = Tree::decode(tree.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->nodes.size(), 2);
        QCOMPARE(decoded->nodes[0].name, QByteArray("a-link")); // sorted
        QCOMPARE(decoded->nodes[1].mtimeNs, file.mtimeNs);
        QCOMPARE(decoded->nodes[1].chunks, file.chunks);
        for (const char *bad : {"..", ".", "", "../x", "a/b"}) {
            TreeNode node;
            node.name = bad;
            QVERIFY2(!node.hasSafeName(), bad);
        }
        QVERIFY(!Tree::decode("not cbor"));
    }

    // Loading puts many packs straight into the sorted entries; a blob stored twice (two
    // backups raced) is found where it was first recorded, whichever way it was added.
    void indexLoadedInBulkKeepsTheFirstPlaceOfEachBlob()
    {
        const auto packWith = [](const QList<ChunkId> &ids) {
            PackRecord pack{*Crypto::randomBytes(16), 4096, {}};
            quint32 offset = 0;
            for (const ChunkId &id : ids) {
                pack.entries.append({BlobType::Data, id, offset, 100, 200});
                offset += 100;
            }
            return pack;
        };
        QList<ChunkId> ids;
        for (int i = 0; i < 300; ++i)
            ids.append(ChunkId::fromBytes(*Crypto::randomBytes(32)));
        const PackRecord early = packWith(ids.mid(0, 100));
        const PackRecord first = packWith(ids.mid(100, 150)); // ids 100..249
        const PackRecord second = packWith(ids.mid(200, 100)); // ids 200..299, 50 of them again
        VaultIndex index;
        index.addPack(early); // still in the recent map
        index.addPacks({first, second, packWith({ids[5]})});
        QCOMPARE(index.blobCount(), 300);
        QCOMPARE(index.find(ids[5])->packId, early.id);
        QCOMPARE(index.find(ids[220])->packId, first.id);
        QCOMPARE(index.find(ids[220])->entry.offset, quint32(120 * 100));
        QCOMPARE(index.find(ids[299])->packId, second.id);
        index.compact();
        QCOMPARE(index.blobCount(), 300);
        QCOMPARE(index.find(ids[5])->packId, early.id);
        index.addPacks({packWith({ids[220]})});
        QCOMPARE(index.find(ids[220])->packId, first.id);
        QCOMPARE(index.packIds().size(), 5);
    }

    // The tree bytes decide the tree's id: they must stay exactly the documented CBOR (FORMAT.md),
    // built here independently with Qt's CBOR value classes, or every folder of every vault
    // would be stored again at the next backup.
    void treesEncodeToTheDocumentedCbor_data()
    {
        QTest::addColumn<TreeNode>("node");
        TreeNode file;
        file.name = "r\xc3\xa9sum\xc3\xa9"
                    " 2024.txt";
        file.mode = 04755;
        file.uid = 1000;
        file.gid = 100;
        file.user = QStringLiteral("zoë");
        file.group = QStringLiteral("users");
        file.mtimeNs = 1'600'000'000'123'456'789;
        file.size = 5'000'000'000;
        file.inode = 0xFFFF'FFFF'FFFFull;
        file.device = 2049;
        file.links = 2;
        file.chunks = {ChunkId::fromBytes(QByteArray(32, 'x')), ChunkId::fromBytes(QByteArray(32, 'y'))};
        QTest::newRow("file") << file;
        TreeNode empty;
        empty.name = "empty";
        empty.mtimeNs = -1'000'000'000; // before 1970
        QTest::newRow("empty file before 1970") << empty;
        TreeNode link;
        link.name = "link";
        link.type = TreeNode::Type::Symlink;
        link.linkTarget = "../t\xff"
                          "arget";
        QTest::newRow("symlink") << link;
        TreeNode folder;
        folder.name = "folder";
        folder.type = TreeNode::Type::Directory;
        folder.mode = 0700;
        folder.subtree = ChunkId::fromBytes(QByteArray(32, 's'));
        QTest::newRow("folder") << folder;
    }

    void treesEncodeToTheDocumentedCbor()
    {
        QFETCH(TreeNode, node);
        QCborMap map;
        map.insert(QStringLiteral("n"), node.name);
        map.insert(QStringLiteral("t"), int(node.type));
        map.insert(QStringLiteral("m"), qint64(node.mode));
        map.insert(QStringLiteral("u"), qint64(node.uid));
        map.insert(QStringLiteral("g"), qint64(node.gid));
        map.insert(QStringLiteral("U"), node.user);
        map.insert(QStringLiteral("G"), node.group);
        map.insert(QStringLiteral("mt"), node.mtimeNs);
        map.insert(QStringLiteral("s"), node.size);
        map.insert(QStringLiteral("i"), qint64(node.inode));
        map.insert(QStringLiteral("d"), qint64(node.device));
        map.insert(QStringLiteral("l"), qint64(node.links));
        if (node.type == TreeNode::Type::Symlink)
            map.insert(QStringLiteral("lt"), node.linkTarget);
        if (node.type == TreeNode::Type::File) {
            QByteArray chunks;
            for (const ChunkId &id : node.chunks)
                chunks += id.toByteArray();
            map.insert(QStringLiteral("c"), chunks);
        }
        if (node.type == TreeNode::Type::Directory)
            map.insert(QStringLiteral("st"), node.subtree.toByteArray());
        QCborMap expected;
        expected.insert(QStringLiteral("v"), 1);
        expected.insert(QStringLiteral("e"), QCborArray{map});
        Tree tree;
        tree.nodes = {node};
        QCOMPARE(tree.encode(), expected.toCborValue().toCbor());

        // Decoding gives the node back, also with a key from a newer version and chunked strings.
        const auto decoded = Tree::decode(tree.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->nodes.size(), 1);
        const TreeNode &back = decoded->nodes.front();
        QCOMPARE(back.name, node.name);
        QCOMPARE(back.type, node.type);
        QCOMPARE(back.mode, node.mode);
        QCOMPARE(back.uid, node.uid);
        QCOMPARE(back.user, node.user);
        QCOMPARE(back.mtimeNs, node.mtimeNs);
        QCOMPARE(back.size, node.size);
        QCOMPARE(back.inode, node.inode);
        QCOMPARE(back.links, node.links);
        QCOMPARE(back.linkTarget, node.linkTarget);
        QCOMPARE(back.chunks, node.chunks);
        QCOMPARE(back.subtree, node.subtree);
        map.insert(QStringLiteral("future"), QCborArray{1, QStringLiteral("x")});
        expected.insert(QStringLiteral("e"), QCborArray{map});
        const auto withNewKey = Tree::decode(expected.toCborValue().toCbor());
        QVERIFY(withNewKey);
        QCOMPARE(withNewKey->nodes.front().name, node.name);
        QByteArray chunkedName;
        QCborStreamWriter writer(&chunkedName);
        writer.startMap(2);
        writer.append(QLatin1StringView("v"));
        writer.append(1);
        writer.append(QLatin1StringView("e"));
        writer.startArray(1);
        writer.startMap(2);
        writer.append(QLatin1StringView("n"));
        writer.appendByteString(node.name.constData(), node.name.size()); // one chunk, definite
        writer.append(QLatin1StringView("t"));
        writer.append(qint64(node.type));
        writer.endMap();
        writer.endArray();
        writer.endMap();
        const auto minimal = Tree::decode(chunkedName);
        QVERIFY(node.type == TreeNode::Type::Directory ? !minimal : bool(minimal)); // folders need "st"
    }

    void malformedTreesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        const auto tree = [](const QCborValue &entry, int version = 1) {
            QCborMap map;
            map.insert(QStringLiteral("v"), version);
            map.insert(QStringLiteral("e"), QCborArray{entry});
            return map.toCborValue().toCbor();
        };
        QCborMap good;
        good.insert(QStringLiteral("n"), QByteArray("x"));
        good.insert(QStringLiteral("t"), 1);
        QCborMap badType = good;
        badType.insert(QStringLiteral("t"), 7);
        QCborMap badChunks = good;
        badChunks.insert(QStringLiteral("c"), QByteArray(31, 'c'));
        QCborMap textName = good;
        textName.insert(QStringLiteral("n"), QStringLiteral("x"));
        QTest::newRow("not CBOR") << QByteArray("not cbor");
        QTest::newRow("truncated") << tree(good).chopped(1);
        QTest::newRow("version 2") << tree(good, 2);
        QTest::newRow("entry not a map") << tree(QCborValue(3));
        QTest::newRow("unknown type") << tree(badType);
        QTest::newRow("chunk ids not whole") << tree(badChunks);
        QTest::newRow("name as text") << tree(textName);
    }

    void malformedTreesAreRefused()
    {
        QFETCH(QByteArray, cbor);
        const auto decoded = Tree::decode(cbor);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Corruption);
    }

    void keyFilesOpenOnlyWithTheirPassphrase()
    {
        const QByteArray master = *Crypto::randomBytes(32);
        const QByteArray vaultId = *Crypto::randomBytes(16);
        const auto key = KeyFile::wrap(master, "secret", Crypto::ScryptParameters::forTestsOnly(), vaultId,
                                       KeyFile::Kind::Passphrase, QStringLiteral("me"));
        QVERIFY(key);
        const auto read = KeyFile::fromJson(key->toJson(), key->id);
        QVERIFY(read);
        QCOMPARE(*read->unwrap("secret", vaultId), master);
        const auto wrong = read->unwrap("Secret", vaultId);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::AccessDenied);
        QVERIFY(!read->unwrap("secret", *Crypto::randomBytes(16)));
    }

    void recoveryKeysAreTypedForgivingly()
    {
        const QString key = *newRecoveryKey();
        QCOMPARE(key.size(), 48 + 7);
        QCOMPARE(normalizedRecoveryKey(key.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '))),
                 normalizedRecoveryKey(key));
    }
};

QTEST_GUILESS_MAIN(TestVaultFormat)
#include "tst_vaultformat.moc"
