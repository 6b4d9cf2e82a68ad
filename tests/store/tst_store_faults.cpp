#include "Azurite.h"
#include "FaultInjectingStore.h"
#include "TestEnvironment.h"
#include "core/JobContext.h"
#include "store/RetryPolicy.h"
#include "store/StoreFactory.h"
#include "store/VerifiedRead.h"
#include "store/azure/BlobSession.h"
#include "store/azure/BlobStore.h"
#include "store/local/LocalFolderStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

#include <memory>

using namespace Semina;
using namespace Semina::Store;
using Semina::Test::randomBytes;

namespace {
RetryPolicy quickRetries(int attempts)
{
    return {attempts, std::chrono::milliseconds(10), std::chrono::milliseconds(100)};
}

// An Azurite of the test's own, so it can be stopped and started again on the same port and
// data folder while an upload runs.
class OwnAzurite {
public:
    explicit OwnAzurite(QString location)
        : m_location(std::move(location))
    {
    }
    ~OwnAzurite() { stop(); }

    bool start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(SEMINA_SOURCE_DIR "/tools/azurite/node_modules/.bin/azurite-blob"),
                        {QStringLiteral("--blobHost"), QStringLiteral("127.0.0.1"), QStringLiteral("--blobPort"),
                         QString::number(m_port), QStringLiteral("--location"), m_location,
                         QStringLiteral("--disableTelemetry")});
        QByteArray output;
        while (m_process.waitForReadyRead(30'000)) {
            output += m_process.readAll();
            const qsizetype at = output.indexOf("listens on http://127.0.0.1:");
            if (at >= 0) {
                const QByteArray rest = output.mid(at + 28);
                qsizetype end = 0;
                while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[end])))
                    ++end;
                if (end == rest.size())
                    continue;
                m_port = rest.left(end).toInt();
                return true;
            }
        }
        qWarning("Azurite did not start: %s", output.constData());
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
    [[nodiscard]] QString connectionString() const
    {
        // The emulator's published development key; not a secret.
        return QStringLiteral(
                   "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"
                   "Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:%1/devstoreaccount1")
            .arg(m_port);
    }

private:
    QString m_location;
    QProcess m_process;
    int m_port = 0;
};

// A sink that stops taking bytes once it holds `gateAt` of them, until it is released: the
// download then stands still, as on a slow disk, while the test breaks its connection.
class GatedSink : public QBuffer {
public:
    explicit GatedSink(qint64 gateAt)
        : m_gateAt(gateAt)
    {
    }
    std::atomic<bool> reachedGate{false};
    std::atomic<bool> released{false};

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (size() >= m_gateAt) {
            reachedGate = true;
            while (!released)
                QThread::msleep(10);
        }
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_gateAt;
};
} // namespace

// Faults a store meets in the field: transient failures are retried and recovered, damaged
// data is reported as Corruption (never as missing or empty), and an upload cut off by the
// service going away leaves no half-visible object and succeeds once the service is back.
class TestStoreFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_folder;
    std::unique_ptr<Local::LocalFolderStore> m_local;
    const QString m_container = QStringLiteral("faults");

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("faults"));
        m_local = std::make_unique<Local::LocalFolderStore>(m_folder->path());
        QVERIFY(m_local->createContainer(m_container));
    }
    void cleanup()
    {
        m_local.reset();
        m_folder.reset();
    }

    void transientFaultsAreRetriedUntilTheyPass()
    {
        Test::FaultInjectingStore faulty(*m_local);
        faulty.failOperation(1, {ErrorCode::Network, QStringLiteral("connection reset")});
        faulty.failOperation(2, {ErrorCode::Network, QStringLiteral("503 Server Busy")});
        const auto put = retrying(quickRetries(5), nullptr,
                                  [&] { return faulty.put(m_container, QStringLiteral("record"), "kept"); });
        QVERIFY2(put.has_value(), put ? "" : qPrintable(put.error().message));
        QCOMPARE(faulty.operations(), 3);
        QCOMPARE(m_local->get(m_container, QStringLiteral("record")).value_or(QByteArray()), QByteArray("kept"));
    }

    void mistakesAreNotRetried_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("access denied") << int(ErrorCode::AccessDenied);
        QTest::newRow("not found") << int(ErrorCode::NotFound);
        QTest::newRow("conflict") << int(ErrorCode::Conflict);
        QTest::newRow("corruption") << int(ErrorCode::Corruption);
    }
    void mistakesAreNotRetried()
    {
        QFETCH(int, code);
        Test::FaultInjectingStore faulty(*m_local);
        faulty.failOperation(1, {ErrorCode(code), QStringLiteral("planned")});
        const auto put
            = retrying(quickRetries(5), nullptr, [&] { return faulty.put(m_container, QStringLiteral("r"), "x"); });
        QVERIFY(!put);
        QCOMPARE(int(put.error().code), code);
        QCOMPARE(faulty.operations(), 1);
    }

    void retriesGiveUpAfterTheirAttempts()
    {
        Test::FaultInjectingStore faulty(*m_local);
        for (int k = 1; k <= 10; ++k)
            faulty.failOperation(k, {ErrorCode::Network, QStringLiteral("down")});
        const auto put
            = retrying(quickRetries(3), nullptr, [&] { return faulty.put(m_container, QStringLiteral("r"), "x"); });
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::Network);
        QCOMPARE(faulty.operations(), 3);
    }

    void damagedReadsAreCorruptionNeverMissingOrEmpty_data()
    {
        QTest::addColumn<qint64>("truncate");
        QTest::addColumn<qint64>("flipBit");
        QTest::newRow("truncated by one byte") << qint64(1) << qint64(-1);
        QTest::newRow("truncated to nothing") << qint64(1 << 20) << qint64(-1);
        QTest::newRow("first bit flipped") << qint64(0) << qint64(0);
        QTest::newRow("a middle bit flipped") << qint64(0) << qint64(4000 * 8 + 3);
    }
    void damagedReadsAreCorruptionNeverMissingOrEmpty()
    {
        QFETCH(qint64, truncate);
        QFETCH(qint64, flipBit);
        Test::FaultInjectingStore faulty(*m_local);
        const auto written = faulty.put(m_container, QStringLiteral("chunks/c1"), randomBytes(8192));
        QVERIFY(written);
        QVERIFY(getVerified(faulty, m_container, *written)); // intact before the fault
        faulty.truncateReads(truncate);
        faulty.flipBitInReads(flipBit);
        const auto read = getVerified(faulty, m_container, *written);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Corruption);
        QVERIFY(read.error().message.contains(QStringLiteral("chunks/c1")));
    }

    void aDelayedOperationCanBeCancelled()
    {
        Test::FaultInjectingStore faulty(*m_local);
        faulty.delayOperations(std::chrono::milliseconds(60'000));
        JobContext context;
        auto pending = QtConcurrent::run(
            [&] { return faulty.put(m_container, QStringLiteral("slow"), "x", PutCondition::none(), &context); });
        context.cancel();
        pending.waitForFinished();
        const auto put = pending.result();
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::Cancelled);
        QVERIFY(!m_local->head(m_container, QStringLiteral("slow")));
    }

    void damageStoredInAzureIsCorruption_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("one piece") << 100'000;
        QTest::newRow("many pieces, several blocks") << 9 * 1024 * 1024 + 1; // hashed beside the write
    }
    // The default read checks every byte against the recorded MD5; a caller that authenticates
    // the content itself (the vault) can skip that check and gets the bytes to judge.
    void damageStoredInAzureIsCorruption()
    {
        QFETCH(int, size);
        auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite.has_value(), azurite ? "" : qPrintable(azurite.error().message));
        auto account = Azure::parseConnectionString(azurite->connectionString());
        QVERIFY(account);
        Azure::BlobStore store(*account);
        const QString container = QStringLiteral("damage-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QVERIFY(store.createContainer(container));
        const QByteArray data = randomBytes(size);
        QVERIFY(store.put(container, QStringLiteral("blob"), data));

        // The recorded MD5 no longer matches the bytes, as when the stored bytes rot: Set Blob
        // Properties records the MD5 of other data.
        QByteArray other = data;
        other[5000] = char(other[5000] ^ 0x01);
        Azure::BlobSession raw(*account, {});
        const auto changed
            = raw.send("PUT", raw.url(container, QStringLiteral("blob"), "comp=properties"),
                       {{"x-ms-blob-content-md5", QCryptographicHash::hash(other, QCryptographicHash::Md5).toBase64()}},
                       {}, {container, QStringLiteral("blob")}, nullptr);
        QVERIFY(changed);
        QCOMPARE(changed->status, 200);

        const auto get = store.get(container, QStringLiteral("blob"));
        QVERIFY(!get);
        QCOMPARE(get.error().code, ErrorCode::Corruption);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const auto getTo = store.getTo(container, QStringLiteral("blob"), sink);
        QVERIFY(!getTo);
        QCOMPARE(getTo.error().code, ErrorCode::Corruption);

        const auto options = ReadOptions::authenticatedByCaller();
        const auto unchecked = store.get(container, QStringLiteral("blob"), 0, -1, nullptr, options);
        QVERIFY2(unchecked, unchecked ? "" : qPrintable(unchecked.error().message));
        QCOMPARE(*unchecked, data);
        QBuffer uncheckedSink;
        uncheckedSink.open(QIODevice::WriteOnly);
        const auto uncheckedTo = store.getTo(container, QStringLiteral("blob"), uncheckedSink, nullptr, options);
        QVERIFY2(uncheckedTo, uncheckedTo ? "" : qPrintable(uncheckedTo.error().message));
        QCOMPARE(*uncheckedTo, qint64(size));
        QCOMPARE(uncheckedSink.data(), data);
        QVERIFY(store.deleteContainer(container));
    }

    void azuriteStoppedMidUploadLeavesNothingAndTheUploadRestarts()
    {
        Test::TemporaryFolder data(QStringLiteral("own-azurite"));
        OwnAzurite azurite(data.path());
        QVERIFY(azurite.start());
        StoreOptions options;
        options.blockSize = 256 * 1024;
        options.parallelism = 2;
        options.retry = quickRetries(3);
        auto store = openStore(azurite.connectionString(), options);
        QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().message));
        QVERIFY((*store)->createContainer(m_container));
        const QByteArray payload = randomBytes(32 * options.blockSize);

        // The service goes away once a quarter of the blocks are up.
        std::atomic<bool> quarterDone{false};
        JobContext context;
        context.setProgressListener(
            [&](const Progress &progress) {
                if (progress.bytesDone >= payload.size() / 4)
                    quarterDone = true;
            },
            0);
        auto upload = QtConcurrent::run([&] {
            QBuffer source;
            source.setData(payload);
            source.open(QIODevice::ReadOnly);
            return (*store)->putFrom(m_container, QStringLiteral("seed/part-1"), source, payload.size(), &context);
        });
        QTRY_VERIFY_WITH_TIMEOUT(quarterDone.load() || upload.isFinished(), 60'000);
        azurite.stop();
        upload.waitForFinished();
        const auto interrupted = upload.result();
        QVERIFY2(!interrupted, "the upload finished before Azurite was stopped");
        QCOMPARE(interrupted.error().code, ErrorCode::Network);

        QVERIFY(azurite.start()); // same port, same data folder
        const auto head = (*store)->head(m_container, QStringLiteral("seed/part-1"));
        QVERIFY(!head);
        QCOMPARE(head.error().code, ErrorCode::NotFound);
        QCOMPARE((*store)->list(m_container, {})->objects.size(), 0);

        QBuffer again;
        again.setData(payload);
        again.open(QIODevice::ReadOnly);
        const auto restarted = (*store)->putFrom(m_container, QStringLiteral("seed/part-1"), again, payload.size());
        QVERIFY2(restarted.has_value(), restarted ? "" : qPrintable(restarted.error().message));
        QVERIFY((*store)->get(m_container, QStringLiteral("seed/part-1")).value_or(QByteArray()) == payload);
    }

    void retriesRideOutAzuriteRestartingMidUpload()
    {
        Test::TemporaryFolder data(QStringLiteral("own-azurite"));
        OwnAzurite azurite(data.path());
        QVERIFY(azurite.start());
        StoreOptions options;
        options.blockSize = 256 * 1024;
        options.parallelism = 2;
        options.retry = {10, std::chrono::milliseconds(200), std::chrono::milliseconds(2000)};
        auto store = openStore(azurite.connectionString(), options);
        QVERIFY(store);
        QVERIFY((*store)->createContainer(m_container));
        const QByteArray payload = randomBytes(32 * options.blockSize);
        std::atomic<bool> quarterDone{false};
        JobContext context;
        context.setProgressListener(
            [&](const Progress &progress) {
                if (progress.bytesDone >= payload.size() / 4)
                    quarterDone = true;
            },
            0);
        auto upload = QtConcurrent::run([&] {
            QBuffer source;
            source.setData(payload);
            source.open(QIODevice::ReadOnly);
            return (*store)->putFrom(m_container, QStringLiteral("seed/part-2"), source, payload.size(), &context);
        });
        QTRY_VERIFY_WITH_TIMEOUT(quarterDone.load() || upload.isFinished(), 60'000);
        azurite.stop();
        QVERIFY(azurite.start());
        upload.waitForFinished();
        const auto put = upload.result();
        QVERIFY2(put.has_value(), put ? "" : qPrintable(put.error().message));
        QVERIFY((*store)->get(m_container, QStringLiteral("seed/part-2")).value_or(QByteArray()) == payload);
    }

    // A download whose connection breaks midway resumes where it stopped (a range pinned to
    // the same version) and delivers every byte once.
    void aDownloadCutOffMidwayResumesWhereItStopped()
    {
        Test::TemporaryFolder data(QStringLiteral("own-azurite"));
        OwnAzurite azurite(data.path());
        QVERIFY(azurite.start());
        StoreOptions options;
        options.retry = {10, std::chrono::milliseconds(200), std::chrono::milliseconds(2000)};
        auto store = openStore(azurite.connectionString(), options);
        QVERIFY(store);
        QVERIFY((*store)->createContainer(m_container));
        // Larger than what the socket buffers, Qt and the store hold between them, so the
        // service is still sending when it stops.
        const QByteArray payload = randomBytes(64 * 1024 * 1024);
        QVERIFY((*store)->put(m_container, QStringLiteral("seed/part-3"), payload));

        GatedSink sink(payload.size() / 8);
        sink.open(QIODevice::WriteOnly);
        auto download
            = QtConcurrent::run([&] { return (*store)->getTo(m_container, QStringLiteral("seed/part-3"), sink); });
        QTRY_VERIFY_WITH_TIMEOUT(sink.reachedGate.load() || download.isFinished(), 60'000);
        azurite.stop();
        QVERIFY(azurite.start());
        sink.released = true;
        download.waitForFinished();
        const auto got = download.result();
        QVERIFY2(got.has_value(), got ? "" : qPrintable(got.error().message));
        QCOMPARE(*got, payload.size());
        QVERIFY(sink.data() == payload);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
