#include "Corpus.h"
#include "vault/ChunkCompressor.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <zlib.h>

using namespace Semina;
using namespace Semina::Vault;
namespace Corpus = Semina::Test::Corpus;

namespace {
// zlib, the reference reader: the whole stream, Adler-32 included, must inflate to the chunk.
QByteArray zlibInflate(QByteArrayView stored, qsizetype rawLength)
{
    QByteArray out(rawLength, Qt::Uninitialized);
    uLongf length = uLongf(rawLength);
    if (::uncompress(reinterpret_cast<Bytef *>(out.data()), &length, reinterpret_cast<const Bytef *>(stored.data()),
                     uLong(stored.size()))
        != Z_OK)
        return QByteArrayLiteral("<zlib refused the stream>");
    out.truncate(qsizetype(length));
    return out;
}

QByteArray zlibDeflate(const QByteArray &chunk, int level)
{
    QByteArray out(qsizetype(::compressBound(uLong(chunk.size()))), Qt::Uninitialized);
    uLongf length = uLongf(out.size());
    if (::compress2(reinterpret_cast<Bytef *>(out.data()), &length, reinterpret_cast<const Bytef *>(chunk.constData()),
                    uLong(chunk.size()), level)
        != Z_OK)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

QByteArray storedBy(int level, const QByteArray &chunk)
{
    ChunkCompressor compressor(level);
    const auto stored = compressor.compress(chunk);
    return stored ? stored->toByteArray() : QByteArray();
}
} // namespace

// The chunk codec (libdeflate) against zlib, the format's reference: zlib inflates every stream
// libdeflate writes, libdeflate reads every stream zlib writes, and damage is refused.
class TestChunkCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zlibInflatesEveryStoredChunk_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QByteArray>("chunk");
        QTest::addColumn<bool>("compressed");
        const QByteArray text = Corpus::sourceText(1024 * 1024, 21);
        const QByteArray random = Corpus::randomBytes(1024 * 1024, 22);
        // Random bytes that repeat within deflate's 32 KiB window.
        const QByteArray repeated = Corpus::randomBytes(4096, 23).repeated(256);
        const QByteArray large = Corpus::sourceText(8 * 1024 * 1024, 24); // the largest chunk
        for (const int level : {1, 6}) {
            QTest::addRow("text, level %d", level) << level << text << true;
            QTest::addRow("random, level %d", level) << level << random << false;
            QTest::addRow("repeated random block, level %d", level) << level << repeated << true;
            QTest::addRow("empty, level %d", level) << level << QByteArray() << false;
            QTest::addRow("1 byte, level %d", level) << level << QByteArray("a") << false;
            QTest::addRow("8 MiB text, level %d", level) << level << large << true;
        }
        QTest::newRow("text, level 9") << 9 << text << true;
        QTest::newRow("zeros") << 1 << QByteArray(512 * 1024, 0) << true;
        QTest::newRow("level 0 stores everything raw") << 0 << text << false;
    }

    void zlibInflatesEveryStoredChunk()
    {
        QFETCH(int, level);
        QFETCH(QByteArray, chunk);
        QFETCH(bool, compressed);
        ChunkCompressor compressor(level);
        for (int round = 0; round < 2; ++round) { // the second round reuses the compressor
            const auto stored = compressor.compress(chunk);
            QVERIFY(stored);
            QCOMPARE(stored->size() < chunk.size(), compressed);
            if (compressed)
                QCOMPARE(zlibInflate(*stored, chunk.size()), chunk);
            else
                QCOMPARE(*stored, chunk); // raw: the reader tells by the equal length
            QByteArray back;
            QVERIFY(ChunkCompressor::decompress(*stored, chunk.size(), back));
            QCOMPARE(back, chunk);
        }
    }

    void streamsZlibWroteAreRead_data()
    {
        QTest::addColumn<int>("level");
        for (int level = 1; level <= 9; ++level)
            QTest::addRow("zlib level %d", level) << level;
    }

    void streamsZlibWroteAreRead()
    {
        QFETCH(int, level);
        const QByteArray chunk = Corpus::sourceText(700 * 1024, 26) + Corpus::randomBytes(100 * 1024, 27);
        const QByteArray stored = zlibDeflate(chunk, level);
        QVERIFY(!stored.isEmpty() && stored.size() < chunk.size());
        QByteArray back;
        QVERIFY(ChunkCompressor::decompress(stored, chunk.size(), back));
        QCOMPARE(back, chunk);
    }

    // Whatever is wrong with a stream, it is Corruption, never a chunk of other bytes.
    void damagedStreamsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<qsizetype>("rawLength");
        const QByteArray chunk = Corpus::sourceText(300 * 1024, 28);
        const QByteArray stored = storedBy(6, chunk);
        const qsizetype length = chunk.size();
        QTest::newRow("truncated by a byte") << stored.chopped(1) << length;
        QTest::newRow("truncated Adler-32") << stored.chopped(4) << length;
        QTest::newRow("truncated in the data") << stored.first(stored.size() / 2) << length;
        QTest::newRow("header only") << stored.first(2) << length;
        QTest::newRow("a byte after the stream") << stored + '\0' << length;
        QTest::newRow("recorded length too long") << stored << length + 1;
        QTest::newRow("recorded length too short") << stored << length - 1;
        QByteArray adler = stored;
        adler[adler.size() - 1] = char(adler[adler.size() - 1] ^ 1);
        QTest::newRow("Adler-32 changed") << adler << length;
        QByteArray header = stored;
        header[0] = char(0x79); // compression method 9
        QTest::newRow("not deflate") << header << length;
        QByteArray flipped = stored;
        flipped[stored.size() / 3] = char(flipped[stored.size() / 3] ^ 0x10);
        QTest::newRow("flipped bit in the data") << flipped << length;
        QTest::newRow("raw deflate without the zlib frame") << stored.sliced(2, stored.size() - 6) << length;
    }

    void damagedStreamsAreRefused()
    {
        QFETCH(QByteArray, stored);
        QFETCH(qsizetype, rawLength);
        QByteArray back;
        const auto inflated = ChunkCompressor::decompress(stored, rawLength, back);
        QVERIFY(!inflated);
        QCOMPARE(inflated.error().code, ErrorCode::Corruption);
    }

    // Readers decompress on many threads at once, each with its own decompressor.
    void threadsDecompressAtOnce()
    {
        QList<QByteArray> chunks;
        for (quint32 seed = 0; seed < 16; ++seed)
            chunks.append(Corpus::sourceText(256 * 1024 + seed * 1000, 30 + seed));
        QList<QByteArray> stored;
        for (const QByteArray &chunk : chunks)
            stored.append(storedBy(1, chunk));
        QList<int> indexes;
        for (int round = 0; round < 8; ++round)
            for (int i = 0; i < chunks.size(); ++i)
                indexes.append(i);
        const QList<bool> results = QtConcurrent::blockingMapped(indexes, [&](int i) {
            QByteArray back;
            return ChunkCompressor::decompress(stored[i], chunks[i].size(), back) && back == chunks[i];
        });
        QVERIFY(!results.contains(false));
    }
};

QTEST_GUILESS_MAIN(TestChunkCodec)
#include "tst_chunkcodec.moc"
