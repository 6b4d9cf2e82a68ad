#include "DriveChecks.h"

#include "drives/DriveJournal.h"
#include "drives/DriveLayout.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Semina;
using namespace Semina::Drives;
using namespace Semina::Test;

// What goes wrong while objects are copied onto a drive, and what the copy does about it: a byte
// damaged after it was written (found by the read-back wherever it falls in the pipeline, and by
// verification), a drive that keeps reading back wrong, a seed changed in the staging location,
// and a drive pulled out in the middle. Real folders, the real keychain.
class TestDriveCopyFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCorruptedByteIsFoundByTheReadBackAndByVerification()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        auto request = DriveFixture::preparation(seed, {fixture.drive(1)}, -1);
        // The second object's file is damaged on the disk once, after it was written.
        int writes = 0;
        request.afterWrite = [&writes](const QString &path) {
            if (++writes == 2)
                flipByte(path, 1000);
        };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(writes, seed.seed.manifest.objects.size() + 1);
        QCOMPARE(context.warnings().size(), 1);
        QVERIFY(context.warnings().first().message.contains(QStringLiteral("2 writes")));
        QVERIFY(verifyWithKeychain(fixture, fixture.drive(1)));

        // A byte changed on the finished drive: verification names the object.
        QDirIterator files(fixture.drive(1) + QStringLiteral("/semina/objects"), QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        flipByte(files.next(), 5);
        const auto verified = verifyWithKeychain(fixture, fixture.drive(1));
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::Corruption);
        QVERIFY(verified.error().message.contains(QStringLiteral("1 problems")));
        QVERIFY(verified.error().message.contains(QStringLiteral("data/"))
                || verified.error().message.contains(QStringLiteral("index/"))
                || verified.error().message.contains(QStringLiteral("keys/"))
                || verified.error().message.contains(QStringLiteral("snapshots/"))
                || verified.error().message.contains(QStringLiteral("config")));
    }

    // The read-back of object n runs while object n+1 is written (DriveCopier's pipeline): a damaged
    // write is found and written again wherever it falls: the first object, one in flight when the
    // next is written, the last one of the seed (settled when the drive ends).
    void aDamagedWriteIsWrittenAgainWhereverItFallsInThePipeline_data()
    {
        QTest::addColumn<int>("damaged"); // the write to damage, 1-based; 0: the seed's last object
        QTest::newRow("first") << 1;
        QTest::newRow("second") << 2;
        QTest::newRow("third") << 3;
        QTest::newRow("last") << 0;
    }

    void aDamagedWriteIsWrittenAgainWhereverItFallsInThePipeline()
    {
        QFETCH(int, damaged);
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        const int objects = int(seed.seed.manifest.objects.size());
        QVERIFY(objects >= 4);
        if (damaged == 0)
            damaged = objects;
        auto request = DriveFixture::preparation(seed, {fixture.drive(1)}, -1);
        int writes = 0;
        request.afterWrite = [&writes, damaged](const QString &path) {
            if (++writes == damaged)
                flipByte(path, 40);
        };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(writes, objects + 1);
        QCOMPARE(context.warnings().size(), 1);
        QVERIFY(context.warnings().first().message.contains(QStringLiteral("2 writes")));
        QCOMPARE(context.progress().itemsDone, objects);
        const auto verified = verifyWithKeychain(fixture, fixture.drive(1));
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->objects, objects);
    }

    // Every object's first write damaged, over three drives: each drive's last object is settled
    // when the drive fills up, with the next object's write already refused or not started.
    void everyFirstWriteDamagedOverThreeDrivesStillVerifies()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        const qint64 limit = threeDriveLimit(seed, fixture.drive(1));
        auto request = DriveFixture::preparation(seed, {fixture.drive(1), fixture.drive(2), fixture.drive(3)}, limit);
        QSet<QString> seen;
        request.afterWrite = [&seen](const QString &path) {
            if (!seen.contains(path)) {
                seen.insert(path);
                flipByte(path, 40);
            }
        };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(prepared->drives.size(), 3);
        QCOMPARE(context.warnings().size(), seed.seed.manifest.objects.size());
        qint64 objects = 0;
        for (int i = 1; i <= 3; ++i) {
            const auto verified = verifyWithKeychain(fixture, fixture.drive(i));
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
            objects += verified->objects;
        }
        QCOMPARE(objects, seed.seed.manifest.objects.size());
    }

    // A seed object changed in the staging location after its manifest was signed: the copy
    // (which reads the source without hashing it, trusting the read-back's check) finds the
    // mismatch, looks at the source again and names the seed, not the drive.
    void aChangedSeedIsNamedNotTheDrive()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        QString largest;
        qint64 size = 0;
        QDirIterator files(seed.jobFolder + QStringLiteral("/vault"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo file(files.next());
            if (file.size() > size) {
                size = file.size();
                largest = file.filePath();
            }
        }
        QVERIFY(size > 1000);
        flipByte(largest, 500);
        JobContext context;
        const auto prepared = prepareDrives(DriveFixture::preparation(seed, {fixture.drive(1)}, -1),
                                            {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, ErrorCode::Corruption);
        QVERIFY2(prepared.error().message.contains(QStringLiteral("in the staging location differs from the seed "
                                                                  "manifest")),
                 qPrintable(prepared.error().message));
        // The drive is not blamed: it stays the open drive of the journal.
        const auto journal = DriveJournal::read(PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal && journal->openDrive());
        fixture.vaultKeys << DriveKey::keychainName(journal->openDrive()->driveId);
    }

    void aDriveThatKeepsFailingIsNamedFaulty()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        auto request = DriveFixture::preparation(seed, {fixture.drive(1)}, -1);
        request.afterWrite = [](const QString &path) { flipByte(path, 40); };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, ErrorCode::Corruption);
        QVERIFY(prepared.error().message.contains(QStringLiteral("d1 is faulty")));
        // The journal gave the drive up: the next run starts again on another drive.
        const auto journal = DriveJournal::read(PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal && !journal->openDrive() && journal->drives.first().abandoned);
        fixture.vaultKeys << DriveKey::keychainName(journal->drives.first().driveId);
    }

    // The drive pulled out in the middle of the copy (its folder gone; for a volume, the mount
    // point left empty): the run stops naming the drive, writes nothing in its place, and when the
    // drive is back the same run continues on it.
    void anUnpluggedDriveIsNamedAndTheCopyContinuesWhenItIsBack_data()
    {
        QTest::addColumn<bool>("mountPointStays");
        QTest::newRow("folder gone") << false;
        QTest::newRow("empty mount point") << true;
    }

    void anUnpluggedDriveIsNamedAndTheCopyContinuesWhenItIsBack()
    {
        QFETCH(bool, mountPointStays);
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        const QString drive = fixture.drive(1);
        const QString away = drive + QStringLiteral(".unplugged");
        auto request = DriveFixture::preparation(seed, {drive}, -1);
        request.journalBatchObjects = 2;
        int writes = 0;
        request.afterWrite = [&](const QString &) {
            if (++writes == 6) {
                QVERIFY(QDir().rename(drive, away));
                if (mountPointStays)
                    QVERIFY(QDir().mkdir(drive));
            }
        };
        JobContext context;
        const auto stopped = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Io);
        // Named by whichever step met the empty place first: an object's write, or the sync of a batch.
        QVERIFY2(stopped.error().message.contains(QStringLiteral("d1 is gone"))
                     || stopped.error().message.contains(QStringLiteral("d1 cannot be synced")),
                 qPrintable(stopped.error().message));
        QVERIFY(stopped.error().message.contains(QStringLiteral("run the same command again")));
        // Nothing was written where the drive was.
        QCOMPARE(QDir(drive).exists(), mountPointStays);
        if (mountPointStays)
            QVERIFY(QDir(drive).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        const auto journal = DriveJournal::read(PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal && journal->openDrive());
        const qint64 kept = journal->openDrive()->end - journal->openDrive()->first;
        QVERIFY2(kept >= 2 && kept < 6, qPrintable(QString::number(kept)));

        // Plugged in again: the copy continues on it and the drive verifies.
        if (mountPointStays)
            QVERIFY(QDir(drive).removeRecursively());
        QVERIFY(QDir().rename(away, drive));
        JobContext again;
        const auto resumed = prepareDrives(DriveFixture::preparation(seed, {drive}, -1),
                                           {&fixture.secrets, &fixture.identity, nullptr}, again);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        forgetDriveKeys(fixture, resumed->drives);
        QVERIFY(resumed->resumed);
        const auto verified = verifyWithKeychain(fixture, drive);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->objects, seed.seed.manifest.objects.size());
    }
};

QTEST_GUILESS_MAIN(TestDriveCopyFaults)
#include "tst_drivecopyfaults.moc"
