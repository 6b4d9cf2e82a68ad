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
