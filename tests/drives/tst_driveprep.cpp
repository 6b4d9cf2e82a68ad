#include "DriveChecks.h"

#include "core/AtomicFile.h"
#include "core/DirectIo.h"
#include "drives/DriveJournal.h"
#include "drives/DriveLayout.h"
#include "drives/DriveVerifier.h"
#include "drives/PreparedDrives.h"
#include "drives/RecoveryPassword.h"
#include "drives/SpanPlan.h"
#include "drives/StagedSeeds.h"
#include "importjob/ImportJobStore.h"
#include "store/StoreFactory.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace Semina;
using namespace Semina::Drives;
using Semina::Test::DriveFixture;
using Semina::Test::forgetDriveKeys;
using Semina::Test::threeDriveLimit;
using Semina::Test::verifyWithKeychain;

// A seed spread over folders standing for drives: three drives, a run killed in the middle of
// the second and resumed (the copy's faults: tst_drivecopyfaults), wrong and mistyped recovery
// passwords, drives holding foreign files or another job's drive, a drive too small,
// and a byte-for-byte scan of every drive for plaintext and keys. Real folders, the real
// keychain.
class TestDrivePrep : public QObject {
    Q_OBJECT

    static QList<PlannedDrive> planFor(const StagedSeed &seed, qint64 limit, const QString &someDrive)
    {
        QList<qint64> sizes;
        for (const Offline::SeedObject &object : seed.seed.manifest.objects)
            sizes << object.size;
        return *planDrives(sizes, {limit, qMax(4096, QStorageInfo(someDrive).blockSize())});
    }

    static QByteArray everyByteOn(const QString &root)
    {
        QByteArray all;
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void aSeedSpreadsOverThreeDrivesAndEveryObjectVerifies()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        QVERIFY(seed.ready);
        QVERIFY(!seed.drivesPrepared);
        const qint64 limit = threeDriveLimit(seed, fixture.drive(1));
        auto request = DriveFixture::preparation(seed, {fixture.drive(1), fixture.drive(2), fixture.drive(3)}, limit);
        QList<FinishedDrive> reported;
        request.driveFinished = [&reported](const FinishedDrive &drive) { reported << drive; };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, &fixture.jobs}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(prepared->drives.size(), 3);
        QCOMPARE(reported.size(), 3);
        QVERIFY(!prepared->resumed);
        QCOMPARE(context.progress().itemsDone, seed.seed.manifest.objects.size());

        // What the import job will read: "n of 3", sizes, the manifest hash, the keychain entry.
        const auto recorded = preparedDrives(seed.jobFolder);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 3);
        qint64 objects = 0;
        qint64 bytes = 0;
        for (int i = 0; i < 3; ++i) {
            const PreparedDrive &drive = recorded->at(i);
            QCOMPARE(drive.sequence, i + 1);
            QCOMPARE(drive.count, 3);
            QVERIFY(QFile::exists(drive.manifestFile));
            QVERIFY(fixture.secrets.read(drive.keychainEntry).has_value());
            const auto verified = verifyWithKeychain(fixture, fixture.drive(i + 1));
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
            QVERIFY(verified->signatureChecked);
            QCOMPARE(verified->manifestSha256, drive.manifestSha256);
            QCOMPARE(verified->objects, drive.objects);
            QCOMPARE(verified->header.sequence, i + 1);
            QCOMPARE(verified->header.driveId, drive.driveId);
            objects += drive.objects;
            bytes += drive.bytes;
            // The recovery password opens the drive without the keychain.
            const auto password = RecoveryPassword::parse(reported.at(i).recoveryPassword);
            QVERIFY(password);
            JobContext unlockContext;
            QVERIFY(verifyDrive(fixture.drive(i + 1), {&*password, nullptr}, nullptr, unlockContext));
        }
        QCOMPARE(objects, seed.seed.manifest.objects.size());
        QCOMPARE(bytes, seed.seed.manifest.seedBytes());
        QCOMPARE(DriveLayout::readHeader(fixture.drive(3))->count, 3);
        QCOMPARE(fixture.jobs.find(seed.job)->state, Offline::ImportJobState::DrivesPrepared);
        QVERIFY(
            Drives::listStagedSeeds(fixture.staging(), fixture.identity.load()->certificate)->first().drivesPrepared);

        // Run again: nothing is copied, the drives are listed as they are.
        int writes = 0;
        auto again = DriveFixture::preparation(seed, {}, limit);
        again.afterWrite = [&writes](const QString &) { ++writes; };
        JobContext againContext;
        const auto rerun = prepareDrives(again, {&fixture.secrets, &fixture.identity, &fixture.jobs}, againContext);
        QVERIFY(rerun);
        QCOMPARE(writes, 0);
        QCOMPARE(rerun->drives.size(), 3);
        QVERIFY(rerun->finishedNow.isEmpty());
    }

    void noPlaintextAndNoKeyLieOnAnyDrive()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        const qint64 limit = threeDriveLimit(seed, fixture.drive(1));
        auto request = DriveFixture::preparation(seed, {fixture.drive(1), fixture.drive(2), fixture.drive(3)}, limit);
        QList<FinishedDrive> reported;
        request.driveFinished = [&reported](const FinishedDrive &drive) { reported << drive; };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(prepared);
        forgetDriveKeys(fixture, prepared->drives);

        // Windows of the seed's packs, indexes and snapshots (the protected files as the seed holds
        // them), the seed's object names, the marker of a protected text file, every key and password.
        QList<QByteArray> secrets{QByteArray(DriveFixture::kMarker)};
        auto store = Store::openFolderStore(seed.jobFolder);
        QVERIFY(store);
        for (const Offline::SeedObject &object : seed.seed.manifest.objects) {
            const auto bytes = (*store)->get(seed.seed.manifest.container, object.name);
            QVERIFY(bytes);
            // The vault's config and key files are JSON whose field names and times may match the
            // drive header's own; the packs, indexes and snapshots are the protected content.
            if (!object.name.startsWith(QLatin1String("config")) && !object.name.startsWith(QLatin1String("keys/")))
                for (qint64 at = 0; at + 32 <= bytes->size(); at += qMax<qint64>(32, bytes->size() / 8))
                    secrets << bytes->mid(at, 32);
            secrets << object.name.toUtf8();
        }
        for (int i = 0; i < 3; ++i) {
            const auto key = fixture.secrets.read(prepared->drives.at(i).keychainEntry);
            QVERIFY(key);
            const auto driveKey = DriveKey::fromBytes(*key);
            secrets << *key << *driveKey->sealingKey(prepared->drives.at(i).driveId);
            const QString password = reported.at(i).recoveryPassword;
            secrets << password.toLatin1() << RecoveryPassword::parse(password)->digits();
            secrets << QByteArray::fromHex(key->toHex()) << key->toHex() << key->toBase64();
        }
        for (int i = 1; i <= 3; ++i) {
            const QByteArray onDrive = everyByteOn(fixture.drive(i));
            QVERIFY(onDrive.size() > 1024 * 1024);
            for (const QByteArray &secret : secrets)
                QVERIFY2(
                    !onDrive.contains(secret),
                    qPrintable(
                        QStringLiteral("drive %1 holds a secret: %2").arg(i).arg(QString::fromLatin1(secret.toHex()))));
        }
    }

    void aRunKilledInTheSecondDriveResumesWithoutCopyingAgain_data()
    {
        QTest::addColumn<bool>("fullVolumes");
        QTest::newRow("folders with a size limit") << false;
        // Each drive holds what its free space allows: the files the killed run wrote past its
        // journal must not hold room, nor stay behind unlisted when their objects go elsewhere.
        QTest::newRow("volumes filled to their last byte") << true;
    }
    void aRunKilledInTheSecondDriveResumesWithoutCopyingAgain()
    {
        QFETCH(bool, fullVolumes);
        if (fullVolumes && ::geteuid() != 0)
            QSKIP("Small volumes need root here (a tmpfs mounted for each drive).");
        Test::TemporaryFolder base(QStringLiteral("drivekill"));
        DriveFixture fixture(base.filePath(QStringLiteral("data")), base.filePath(QStringLiteral("jobs")));
        // The child finds the staging location beside its data folder.
        QVERIFY(QDir().mkpath(base.filePath(QStringLiteral("staging"))));
        StagedSeed seed;
        {
            // Write the seed where the child looks for it.
            const QString source = base.filePath(QStringLiteral("source"));
            for (int i = 0; i < 6; ++i)
                Test::Corpus::writeFile(source + QStringLiteral("/big/%1.bin").arg(i),
                                        Test::Corpus::randomBytes(1024 * 1024, quint32(40 + i)));
            QVERIFY(fixture.createIdentity());
            auto request = fixture.request({source});
            request.form.stagingLocation = base.filePath(QStringLiteral("staging"));
            JobContext context;
            QVERIFY(Offline::writeSeed(request, fixture.services(), context));
            seed = DriveFixture::stagedSeed(fixture.identity, base.filePath(QStringLiteral("staging")));
        }
        const QStringList drives{base.filePath(QStringLiteral("d1")), base.filePath(QStringLiteral("d2")),
                                 base.filePath(QStringLiteral("d3"))};
        const qint64 planned = threeDriveLimit(seed, drives.first());
        const QList<PlannedDrive> plan = planFor(seed, planned, drives.first());
        QCOMPARE(plan.size(), 3);
        // Full volumes: as large as the limit would be, and no limit.
        const qint64 limit = fullVolumes ? -1 : planned;
        QList<std::shared_ptr<void>> mounts;
        if (fullVolumes) {
            for (const QString &drive : drives) {
                QVERIFY(QDir().mkpath(drive));
                QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                           {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                            QStringLiteral("size=%1").arg(DirectIo::alignUp(planned)),
                                            QStringLiteral("tmpfs"), drive}),
                         0);
                mounts << std::shared_ptr<void>(
                    nullptr, [drive](void *) { QProcess::execute(QStringLiteral("umount"), {drive}); });
            }
        }
        // Late enough in the second drive that objects of it are journalled however the kill
        // falls (two batches of two may not be yet: see below); on full volumes near its end, so
        // that files written past the journal would push objects to the third drive.
        const qint64 killAt = fullVolumes ? plan.at(1).end - 2 : plan.at(1).first + plan.at(1).objects() * 2 / 3;
        QVERIFY(killAt - 4 > plan.at(1).first && killAt < plan.at(1).end);

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(DRIVE_CHILD), QStringList{base.path(), QString::number(limit)} + drives);
        QVERIFY(child.waitForStarted());
        bool killed = false;
        while (!killed && child.waitForReadyRead(60000)) {
            while (child.canReadLine()) {
                if (child.readLine().trimmed().toLongLong() >= killAt) {
                    ::kill(pid_t(child.processId()), SIGKILL);
                    killed = true;
                    break;
                }
            }
        }
        QVERIFY(killed);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const auto journal = DriveJournal::read(PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal);
        QCOMPARE(journal->drives.size(), 2);
        QVERIFY(journal->drives.first().finished);
        QVERIFY(journal->openDrive());
        const qint64 done = journal->openDrive()->end;
        // The child journals every two objects: at most two batches were lost to the kill, the
        // one being gathered and the one whose sync was still running.
        QVERIFY(done >= killAt - 4 && done > plan.at(1).first && done < plan.at(1).end);

        // Resumed with the same drives: the first is skipped, the second continued, the third
        // filled; only the objects not yet journalled are written.
        int writes = 0;
        auto request = DriveFixture::preparation(seed, drives, limit);
        request.afterWrite = [&writes](const QString &) { ++writes; };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QVERIFY(prepared->resumed);
        QCOMPARE(prepared->drives.size(), 3);
        QCOMPARE(prepared->finishedNow.size(), 2);
        QCOMPARE(writes, seed.seed.manifest.objects.size() - done);
        QCOMPARE(context.warnings().size(), 1); // the finished first drive, skipped
        for (const QString &drive : drives) {
            const auto verified = verifyWithKeychain(fixture, drive);
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        }
        // Each drive took what the plan gave it.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(prepared->drives.at(i).objects, plan.at(i).objects());
    }

    void aWrongRecoveryPasswordIsRefused()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        JobContext context;
        const auto prepared = prepareDrives(DriveFixture::preparation(seed, {fixture.drive(1)}, -1),
                                            {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(prepared);
        forgetDriveKeys(fixture, prepared->drives);
        const auto other = RecoveryPassword::generate();
        JobContext verifyContext;
        const auto verified = verifyDrive(fixture.drive(1), {&*other, nullptr}, nullptr, verifyContext);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::AccessDenied);
        QVERIFY(verified.error().message.contains(prepared->drives.first().driveId));
    }

    void foreignFilesAndAnotherJobsDriveNeedConsent()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        QVERIFY(QDir().mkpath(fixture.drive(1)));
        Test::Corpus::writeFile(fixture.drive(1) + QStringLiteral("/holiday.jpg"), "photo");
        auto request = DriveFixture::preparation(seed, {fixture.drive(1)}, -1);
        QStringList asked;
        request.confirmFormat = [&asked](const FormatQuestion &question) {
            asked << question.foreign;
            return false;
        };
        JobContext context;
        const auto refused = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("holiday.jpg")));
        QVERIFY(refused.error().message.contains(QStringLiteral("--confirm-format d1")));
        QCOMPARE(asked, QStringList{QStringLiteral("holiday.jpg")});
        QVERIFY(QFile::exists(fixture.drive(1) + QStringLiteral("/holiday.jpg")));

        // Confirmed: the foreign file goes, the drive is prepared.
        auto confirmed = DriveFixture::preparation(seed, {fixture.drive(1)}, -1);
        confirmed.confirmFormat
            = [](const FormatQuestion &question) { return question.drive.name == QLatin1String("d1"); };
        JobContext confirmedContext;
        const auto prepared
            = prepareDrives(confirmed, {&fixture.secrets, &fixture.identity, nullptr}, confirmedContext);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QVERIFY(!QFile::exists(fixture.drive(1) + QStringLiteral("/holiday.jpg")));

        // That drive offered to another job is refused without consent.
        DriveHeader header = *DriveLayout::readHeader(fixture.drive(1));
        header.job = QStringLiteral("another-job");
        QVERIFY(writeFileAtomically(DriveLayout::headerPath(fixture.drive(1)), header.toJson()));
        QVERIFY(QDir(PreparationLayout::folder(seed.jobFolder)).removeRecursively());
        JobContext otherContext;
        const auto other = prepareDrives(DriveFixture::preparation(seed, {fixture.drive(1)}, -1),
                                         {&fixture.secrets, &fixture.identity, nullptr}, otherContext);
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::Conflict);
        QVERIFY(other.error().message.contains(QStringLiteral("another-job")));
    }

    // A refused drive does not end the run when the supplier can offer another (the terminal, the
    // wizard): it hears why, and the next drive is used; the refused one is left as it was.
    void aRefusedDriveIsFollowedByTheNextOneOffered()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        QVERIFY(QDir().mkpath(fixture.drive(1)));
        Test::Corpus::writeFile(fixture.drive(1) + QStringLiteral("/holiday.jpg"), "photo");
        auto request = DriveFixture::preparation(seed, {fixture.drive(1), fixture.drive(2)}, -1);
        QList<std::optional<Error>> refusals;
        auto supply = request.nextDrive;
        request.nextDrive = [&refusals, supply](const DriveRequest &asked) {
            refusals << asked.refused;
            return supply(asked);
        };
        request.confirmFormat = [](const FormatQuestion &) { return false; };
        JobContext context;
        const auto prepared = prepareDrives(request, {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(refusals.size(), 2);
        QVERIFY(!refusals.at(0));
        QVERIFY(refusals.at(1) && refusals.at(1)->code == ErrorCode::InvalidInput);
        QVERIFY(refusals.at(1)->message.contains(QStringLiteral("holiday.jpg")));
        QCOMPARE(prepared->drives.size(), 1);
        QVERIFY(QFile::exists(fixture.drive(1) + QStringLiteral("/holiday.jpg")));
        QVERIFY(!QDir(fixture.drive(1) + QStringLiteral("/semina")).exists());
        QVERIFY(verifyWithKeychain(fixture, fixture.drive(2)));
    }

    void aDriveTooSmallForOneObjectIsRefused()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        JobContext context;
        const auto refused = prepareDrives(DriveFixture::preparation(seed, {fixture.drive(1)}, 100 * 1024),
                                           {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("too small")));
        // Nothing was written on it.
        QCOMPARE(QDir(fixture.drive(1)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }

    void runningOutOfDrivesKeepsTheWorkDone()
    {
        DriveFixture fixture;
        const StagedSeed seed = fixture.seed();
        const qint64 limit = threeDriveLimit(seed, fixture.drive(1));
        JobContext context;
        const auto stopped = prepareDrives(DriveFixture::preparation(seed, {fixture.drive(1)}, limit),
                                           {&fixture.secrets, &fixture.identity, nullptr}, context);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::NotFound);
        auto journal = DriveJournal::read(PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal && journal->drives.size() == 1 && journal->drives.first().finished);
        fixture.vaultKeys << DriveKey::keychainName(journal->drives.first().driveId);
        QCOMPARE(preparedDrives(seed.jobFolder).error().code, ErrorCode::NotFound);
        JobContext more;
        const auto prepared = prepareDrives(
            DriveFixture::preparation(seed, {fixture.drive(1), fixture.drive(2), fixture.drive(3)}, limit),
            {&fixture.secrets, &fixture.identity, nullptr}, more);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        forgetDriveKeys(fixture, prepared->drives);
        QCOMPARE(prepared->drives.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDrivePrep)
#include "tst_driveprep.moc"
