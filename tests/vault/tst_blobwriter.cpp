// The write half of the backup pipeline under pressure: several threads store small and large
// blobs at once into a queue of one, and every blob stored ends up in a pack and in the index.
#include "Corpus.h"
#include "VaultFixture.h"

#include "core/JobContext.h"
#include "vault/BlobWriter.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Semina;
using namespace Semina::Vault;
using namespace Semina::Test;

class TestBlobWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyBlobStoredIsIndexed_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("maxQueued");
        QTest::addColumn<int>("largeEvery"); // one blob in this many is above the batching size
        QTest::newRow("four producers, a queue of one, small blobs") << 4 << 1 << 0;
        QTest::newRow("four producers, a queue of one, some large") << 4 << 1 << 50;
        QTest::newRow("one producer, a queue of six") << 1 << 6 << 20;
    }
    void everyBlobStoredIsIndexed()
    {
        QFETCH(int, threads);
        QFETCH(int, maxQueued);
        QFETCH(int, largeEvery);
        VaultFixture fixture;
        auto created
            = Semina::Vault::Vault::create(fixture.location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        Semina::Vault::Vault &vault = *created->vault;

        constexpr int kPerThread = 600;
        std::vector<std::vector<ChunkId>> stored(static_cast<size_t>(threads));
        JobContext context;
        {
            BlobWriter writer(vault, context, 2, maxQueued);
            std::vector<std::thread> producers;
            for (int t = 0; t < threads; ++t) {
                producers.emplace_back([&, t] {
                    for (int i = 0; i < kPerThread; ++i) {
                        const quint32 seed = quint32(t * kPerThread + i + 1);
                        const bool large = largeEvery > 0 && i % largeEvery == 0;
                        const QByteArray data = Corpus::randomBytes(large ? 300 * 1024 : 200 + int(seed % 3000), seed);
                        const auto id = vault.keys().chunkId(data);
                        if (!id || !writer.store(BlobType::Data, *id, data))
                            return;
                        stored[size_t(t)].push_back(*id);
                    }
                });
            }
            for (auto &producer : producers)
                producer.join();
            const auto finished = writer.finish();
            QVERIFY2(finished, finished ? "" : qPrintable(finished.error().message));
            QCOMPARE(writer.newBlobs(), qint64(threads * kPerThread));
        }
        for (const auto &ids : stored) {
            QCOMPARE(int(ids.size()), kPerThread);
            for (const ChunkId &id : ids)
                QVERIFY2(vault.index().find(id).has_value(), "a stored blob is in no pack");
        }
        // And a fresh session reads each one back from its pack.
        auto reopened = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        QVERIFY(reopened);
        QByteArray back;
        for (const ChunkId &id : stored.front())
            QVERIFY((*reopened)->readBlob(id, BlobType::Data, back));
    }
};

QTEST_GUILESS_MAIN(TestBlobWriter)
#include "tst_blobwriter.moc"
