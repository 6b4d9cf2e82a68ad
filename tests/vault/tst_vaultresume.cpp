#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Restore.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;

// A backup stopped part of the way and run again reads only what is left: the files the stopped
// run read are taken from its resume record (its packs adopted), so resuming at 90% costs about
// 10%. Bytes read are counted by the snapshot's totals, not timed.
class TestVaultResume : public QObject {
    Q_OBJECT

    static constexpr int kFiles = 40;
    static constexpr qint64 kFileSize = 128 * 1024;
    static constexpr qint64 kTotal = kFiles * kFileSize;

    static void writeSources(const QString &folder)
    {
        for (int i = 0; i < kFiles; ++i) {
            const QString path
                = QStringLiteral("%1/part-%2/file-%3.bin").arg(folder).arg(i / 10).arg(i, 2, 10, QLatin1Char('0'));
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(Test::randomBytes(kFileSize)), kFileSize);
        }
    }

    static std::unique_ptr<Semina::Vault::Vault> createVault(VaultFixture &fixture)
    {
        auto created
            = Semina::Vault::Vault::create(fixture.location, VaultFixture::kPassphrase, VaultFixture::options());
        return created ? std::move(created->vault) : nullptr;
    }

    // A backup of `source` that cancels itself once `fraction` of the bytes are read; returns the
    // bytes it had read.
    static qint64 stopPartWay(Semina::Vault::Vault &vault, const QString &source, double fraction)
    {
        JobContext context;
        context.setProgressListener(
            [&context, fraction](const Progress &progress) {
                if (progress.bytesDone >= qint64(fraction * double(kTotal)))
                    context.cancel();
            },
            0);
        BackupRequest request;
        request.paths = {source};
        const auto stopped = backup(vault, request, context);
        if (stopped || stopped.error().code != ErrorCode::Cancelled)
            return -1;
        return context.progress().bytesDone;
    }

    static Result<Snapshot> backUp(Semina::Vault::Vault &vault, const QString &source, JobContext &context)
    {
        BackupRequest request;
        request.paths = {source};
        return backup(vault, request, context);
    }

    static QString restoredDifference(VaultFixture &fixture, const QString &source)
    {
        auto vault = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        if (!vault)
            return vault.error().message;
        JobContext context;
        RestoreRequest request;
        request.target = fixture.path(QStringLiteral("restored"));
        if (auto restored = restore(**vault, request, context); !restored)
            return restored.error().message;
        return Test::compareTrees(source, fixture.path(QStringLiteral("restored/data")));
    }

private Q_SLOTS:
    void aResumeReadsOnlyWhatIsLeft_data()
    {
        QTest::addColumn<double>("stoppedAt");
        QTest::newRow("30%") << 0.3;
        QTest::newRow("60%") << 0.6;
        QTest::newRow("90%") << 0.9;
    }
    void aResumeReadsOnlyWhatIsLeft()
    {
        QFETCH(double, stoppedAt);
        VaultFixture fixture;
        const QString source = fixture.path(QStringLiteral("source/data"));
        writeSources(source);
        auto vault = createVault(fixture);
        QVERIFY(vault);

        const qint64 readBefore = stopPartWay(*vault, source, stoppedAt);
        QVERIFY2(readBefore >= qint64(stoppedAt * double(kTotal)) && readBefore < kTotal,
                 qPrintable(QString::number(readBefore)));
        QVERIFY(!fixture.objectNames(QStringLiteral("resume/")).isEmpty());

        // Another session, as after Ctrl+C and a new command.
        auto reopened = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        QVERIFY(reopened);
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        const auto snapshot = backup(**reopened, request, context);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QCOMPARE(snapshot->totals.files, kFiles);
        QCOMPARE(snapshot->totals.bytes, kTotal);
        // What is left, and at most the files the readers had half read when it stopped.
        const qint64 left = kTotal - readBefore;
        const qint64 inFlight = qint64(request.readers) * kFileSize;
        qInfo() << "stopped after" << readBefore << "bytes; the resume read" << snapshot->totals.readBytes << "of"
                << kTotal;
        QVERIFY2(snapshot->totals.readBytes <= left + inFlight,
                 qPrintable(QStringLiteral("read %1, left %2").arg(snapshot->totals.readBytes).arg(left)));
        QVERIFY(snapshot->totals.resumedFiles >= (readBefore / kFileSize) - request.readers);
        QCOMPARE(snapshot->totals.resumedFiles + snapshot->totals.readBytes / kFileSize, qint64(kFiles));
        // The record is gone with the snapshot, and the snapshot is whole.
        QVERIFY(fixture.objectNames(QStringLiteral("resume/")).isEmpty());
        const QString difference = restoredDifference(fixture, source);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aFileChangedSinceTheStopIsReadAgain()
    {
        VaultFixture fixture;
        const QString source = fixture.path(QStringLiteral("source/data"));
        writeSources(source);
        auto vault = createVault(fixture);
        QVERIFY(vault);
        QVERIFY(stopPartWay(*vault, source, 0.5) > 0);

        // The first file was read before the stop; it changes (same size, new bytes and time).
        const QString changed = source + QStringLiteral("/part-0/file-00.bin");
        {
            QFile file(changed);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(Test::randomBytes(kFileSize)), kFileSize);
            file.close();
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        }
        JobContext context;
        const auto snapshot = backUp(*vault, source, context);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QVERIFY(snapshot->totals.readBytes >= kFileSize);
        const QString difference = restoredDifference(fixture, source);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Files count as done one by one as they are read, not a folder's all at once when the
    // last of them is (the wizard showed "0 of 8 items" while bytes moved).
    void theItemCountAdvancesFileByFile()
    {
        VaultFixture fixture;
        const QString source = fixture.path(QStringLiteral("source/data"));
        writeSources(source);
        auto vault = createVault(fixture);
        QVERIFY(vault);
        QSet<qint64> itemsSeen;
        QMutex mutex;
        JobContext context;
        context.setProgressListener(
            [&](const Progress &progress) {
                QMutexLocker lock(&mutex);
                itemsSeen.insert(progress.itemsDone);
            },
            0);
        QVERIFY(backUp(*vault, source, context));
        // The first folder holds ten files: each of them was counted on its own.
        for (qint64 items = 1; items < 10; ++items)
            QVERIFY2(itemsSeen.contains(items), qPrintable(QString::number(items)));
    }

    void aFullRunReadsEverything()
    {
        VaultFixture fixture;
        const QString source = fixture.path(QStringLiteral("source/data"));
        writeSources(source);
        auto vault = createVault(fixture);
        QVERIFY(vault);
        JobContext context;
        const auto snapshot = backUp(*vault, source, context);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QCOMPARE(snapshot->totals.readBytes, kTotal);
        QCOMPARE(snapshot->totals.resumedFiles, 0);
        QVERIFY(fixture.objectNames(QStringLiteral("resume/")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVaultResume)
#include "tst_vaultresume.moc"
