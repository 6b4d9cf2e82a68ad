#include "TestEnvironment.h"

#include "core/JobContext.h"
#include "offline/SeedEstimate.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Semina;
using namespace Semina::Offline;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray text(qsizetype size)
{
    QByteArray line = "2026-11-24 05:32:35 INFO fileserver: backup of /srv/files finished without errors\n";
    QByteArray out;
    while (out.size() < size)
        out += line;
    return out.left(size);
}

} // namespace

// The estimate on corpora whose compressibility is known: text, random bytes, a mix.
class TestSeedEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void estimatesKnownCorpora_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<double>("minRatio");
        QTest::addColumn<double>("maxRatio");
        QTest::newRow("log text compresses well") << QStringLiteral("text") << 0.0 << 0.15;
        QTest::newRow("random bytes do not compress") << QStringLiteral("random") << 0.99 << 1.0;
        // Half the bytes text, half random, over many files of different sizes: about 0.5.
        QTest::newRow("a mix by bytes") << QStringLiteral("mix") << 0.4 << 0.65;
        // One 4 MB random file among 200 small text files (1 MB): about (4 + 0.1) / 5 = 0.82, though
        // most files drawn are text; the estimate must weigh files by their bytes.
        QTest::newRow("one large random file among small text files") << QStringLiteral("skewed") << 0.75 << 0.88;
    }
    void estimatesKnownCorpora()
    {
        QFETCH(QString, corpus);
        QFETCH(double, minRatio);
        QFETCH(double, maxRatio);
        Test::TemporaryFolder folder(QStringLiteral("estimate"));
        qint64 total = 0;
        qint64 files = 40;
        qint64 folders = 6; // the root and d0..d4
        if (corpus == QLatin1String("skewed")) {
            QVERIFY(writeFile(folder.filePath(QStringLiteral("big/image.bin")), randomBytes(4'000'000, 9)));
            total += 4'000'000;
            files = 1 + 200;
            folders = 2 + 10;
            for (int i = 0; i < 200; ++i) {
                QVERIFY(
                    writeFile(folder.filePath(QStringLiteral("docs%1/note%2.txt").arg(i % 10).arg(i)), text(5'000)));
                total += 5'000;
            }
        }
        for (int i = 0; i < 40 && corpus != QLatin1String("skewed"); ++i) {
            const qsizetype size = 20'000 + i * 7'000;
            const bool random = corpus == QLatin1String("random") || (corpus == QLatin1String("mix") && i % 2 == 0);
            const QByteArray data = random ? randomBytes(size, quint32(i + 1)) : text(size);
            QVERIFY(writeFile(folder.filePath(QStringLiteral("d%1/f%2.bin").arg(i % 5).arg(i)), data));
            total += size;
        }
        // A symbolic link is neither followed nor counted.
        QVERIFY(QFile::link(folder.path(), folder.filePath(QStringLiteral("loop"))));

        SeedEstimateOptions options;
        options.driveBytes = 1'000'000;
        options.sampleBudgetBytes = 1024 * 1024; // smaller than the corpus: a real sample
        options.sampleBlockBytes = 16 * 1024;
        options.randomSeed = 7;
        JobContext context;
        const auto estimate = estimateSeed({folder.path()}, options, context);
        QVERIFY2(estimate.has_value(), qPrintable(estimate ? QString() : estimate.error().message));
        QCOMPARE(estimate->protectedBytes, total);
        QCOMPARE(estimate->files, files);
        QCOMPARE(estimate->folders, folders);
        QVERIFY(estimate->sampledBytes > 0);
        QVERIFY(estimate->sampledBytes <= 2 * options.sampleBudgetBytes);
        qDebug() << corpus << "ratio" << estimate->compressionRatio << "sampled" << estimate->sampledBytes;
        QVERIFY2(estimate->compressionRatio >= minRatio && estimate->compressionRatio <= maxRatio,
                 qPrintable(QString::number(estimate->compressionRatio)));
        QCOMPARE(estimate->expectedSeedBytes, qint64(std::ceil(double(total) * estimate->compressionRatio)));
        QCOMPARE(estimate->drivesNeeded, int((estimate->expectedSeedBytes + 999'999) / 1'000'000));
        QVERIFY(context.warnings().isEmpty());
    }

    void drivesNeeded_data()
    {
        QTest::addColumn<qint64>("driveBytes");
        QTest::addColumn<int>("drives");
        // 300,000 random bytes: the seed is as large as the data.
        QTest::newRow("one large drive") << qint64(4'000'000'000'000) << 1;
        QTest::newRow("exactly full") << qint64(300'000) << 1;
        QTest::newRow("one byte too small") << qint64(299'999) << 2;
        QTest::newRow("ten small drives") << qint64(30'000) << 10;
    }
    void drivesNeeded()
    {
        QFETCH(qint64, driveBytes);
        QFETCH(int, drives);
        Test::TemporaryFolder folder(QStringLiteral("drives"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("data.bin")), randomBytes(300'000, 3)));
        SeedEstimateOptions options;
        options.driveBytes = driveBytes;
        options.randomSeed = 1;
        JobContext context;
        // A file as a source, not only folders.
        const auto estimate = estimateSeed({folder.filePath(QStringLiteral("data.bin"))}, options, context);
        QVERIFY(estimate.has_value());
        QCOMPARE(estimate->expectedSeedBytes, 300'000);
        QCOMPARE(estimate->drivesNeeded, drives);
    }

    void anEmptySourceNeedsNoDrive()
    {
        Test::TemporaryFolder folder(QStringLiteral("empty"));
        JobContext context;
        const auto estimate = estimateSeed({folder.path()}, {}, context);
        QVERIFY(estimate.has_value());
        QCOMPARE(estimate->protectedBytes, 0);
        QCOMPARE(estimate->drivesNeeded, 0);
    }

    void aMissingSourceIsNamed()
    {
        JobContext context;
        const auto estimate = estimateSeed({QStringLiteral("/nonexistent/semina-source")}, {}, context);
        QCOMPARE(estimate.error().code, ErrorCode::NotFound);
        QVERIFY(estimate.error().message.contains(QStringLiteral("/nonexistent/semina-source")));
    }

    void cancellationStopsTheWalk()
    {
        Test::TemporaryFolder folder(QStringLiteral("cancel"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("a/b.txt")), text(1000)));
        JobContext context;
        context.cancel();
        const auto estimate = estimateSeed({folder.path()}, {}, context);
        QCOMPARE(estimate.error().code, ErrorCode::Cancelled);
    }

    void reportsProgress()
    {
        Test::TemporaryFolder folder(QStringLiteral("progress"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(writeFile(folder.filePath(QStringLiteral("f%1").arg(i)), text(5000)));
        JobContext context;
        QList<Progress> reports;
        context.setProgressListener([&reports](const Progress &progress) { reports.append(progress); }, 0);
        QVERIFY(estimateSeed({folder.path()}, {}, context).has_value());
        QVERIFY(!reports.isEmpty());
        QCOMPARE(context.progress().itemsDone, context.progress().itemsTotal); // every sampled file
    }

    void parsesSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("4T") << QStringLiteral("4T") << qint64(4'000'000'000'000);
        QTest::newRow("4TB") << QStringLiteral("4TB") << qint64(4'000'000'000'000);
        QTest::newRow("lower case 500g") << QStringLiteral("500g") << qint64(500'000'000'000);
        QTest::newRow("decimal 3.5T") << QStringLiteral("3.5T") << qint64(3'500'000'000'000);
        QTest::newRow("binary 2TiB") << QStringLiteral("2TiB") << qint64(2) * 1024 * 1024 * 1024 * 1024;
        QTest::newRow("binary 1GiB") << QStringLiteral("1GiB") << qint64(1024 * 1024 * 1024);
        QTest::newRow("plain bytes") << QStringLiteral("1000000") << qint64(1'000'000);
        QTest::newRow("with a space") << QStringLiteral("10 G") << qint64(10'000'000'000);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("4X") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-4T") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("100000P") << qint64(-1);
    }
    void parsesSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseByteSize(text);
        if (bytes < 0) {
            QVERIFY(!parsed.has_value());
            QVERIFY(parsed.error().message.contains(QStringLiteral("4T")));
            return;
        }
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, bytes);
    }
};

QTEST_GUILESS_MAIN(TestSeedEstimate)
#include "tst_seedestimate.moc"
