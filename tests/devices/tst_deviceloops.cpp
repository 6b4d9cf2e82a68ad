// Real block devices: sparse images on loop devices (root only), discovered, refused,
// formatted as GPT + exFAT, mounted, written, unmounted and mounted again for a resume; and
// `semina-cli drives list` as a process. Every loop device is detached even when a check fails
// (LoopImage).
#include "LoopImage.h"
#include "TestEnvironment.h"
#include "core/JobContext.h"
#include "devices/BackingDisk.h"
#include "devices/DriveDiscovery.h"
#include "devices/DriveId.h"
#include "devices/VolumeFormatter.h"
#include "devices/VolumeSteps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace Semina;
using namespace Semina::Devices;
using Semina::Test::LoopImage;
using Semina::Test::runProgram;

namespace {

constexpr qint64 kImageSize = 64 * 1024 * 1024;

#define REQUIRE_LOOP_DEVICES()                                                                                         \
    do {                                                                                                               \
        if (const QString why = Test::loopDevicesUnavailable(); !why.isEmpty())                                        \
            QSKIP(qPrintable(why));                                                                                    \
    } while (false)

#define REQUIRE_OK(result)                                                                                             \
    QVERIFY2((result).has_value(), qPrintable((result).has_value() ? QString() : (result).error().message))

const DriveCandidate *findPath(const QList<DriveCandidate> &candidates, const QString &path)
{
    for (const DriveCandidate &candidate : candidates) {
        if (candidate.path == path)
            return &candidate;
    }
    return nullptr;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool isMounted(const QString &folder)
{
    const auto mounts = readMountTable();
    return mounts && std::any_of(mounts->cbegin(), mounts->cend(), [&](const MountEntry &mount) {
               return mount.mountPoint == folder;
           });
}

// An ext4 file system on the image, mounted at `folder`; false when that fails.
bool mountExt4(const LoopImage &image, const QString &folder)
{
    bool made = false;
    runProgram(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), image.device()}, &made);
    bool mounted = false;
    QDir().mkpath(folder);
    runProgram(QStringLiteral("mount"), {image.device(), folder}, &mounted);
    return made && mounted;
}

} // namespace

class TestDeviceLoops : public QObject {
    Q_OBJECT

private slots:
    void discoversALoopDevice()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("discover"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        auto candidates = discoverDrives();
        REQUIRE_OK(candidates);
        const DriveCandidate *loop = findPath(*candidates, image.device());
        QVERIFY2(loop, qPrintable(image.device()));
        QCOMPARE(loop->kind, CandidateKind::BlockDevice);
        QCOMPARE(loop->size, kImageSize);
        QCOMPARE(loop->model, QString());
        QCOMPARE(loop->serial, QString());
        QCOMPARE(loop->transport, QString());
        QCOMPARE(loop->driveId, QString()); // assigned when formatted
        QVERIFY2(loop->usable(), qPrintable(DriveCandidate::texts(loop->refusals).join(QLatin1Char(' '))));
        QVERIFY(loop->warnings.isEmpty());
    }

    void refusesTheSystemDisk()
    {
        REQUIRE_LOOP_DEVICES();
        auto rootDisks = disksHolding(QStringLiteral("/"));
        REQUIRE_OK(rootDisks);
        if (rootDisks->isEmpty())
            QSKIP("/ lives on no block device here (a container's overlay)");
        const QString path = QStringLiteral("/dev/") + rootDisks->first();
        auto named = inspectDrive(path);
        REQUIRE_OK(named);
        QVERIFY(!named->usable());
        QVERIFY(named->isRefusedFor(QStringLiteral("system-disk")));
        auto candidates = discoverDrives();
        REQUIRE_OK(candidates);
        const DriveCandidate *listed = findPath(*candidates, path);
        QVERIFY(listed);
        QVERIFY(!listed->usable());
        // Formatting it is refused before any command runs.
        JobContext job;
        auto formatted = formatDrive(*named, job);
        QVERIFY(!formatted);
        QCOMPARE(formatted.error().code, ErrorCode::InvalidInput);
        QVERIFY(formatted.error().message.contains(QLatin1String("running system")));
    }

    void refusesADiskInUse()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("in-use"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        const QString mountPoint = folder.filePath(QStringLiteral("mnt"));
        QVERIFY(mountExt4(image, mountPoint));

        auto disk = inspectDrive(image.device());
        REQUIRE_OK(disk);
        QVERIFY(disk->isRefusedFor(QStringLiteral("in-use")));
        QVERIFY(disk->mountPoints.contains(mountPoint));
        JobContext job;
        auto formatted = formatDrive(*disk, job);
        QVERIFY(!formatted);
        QCOMPARE(formatted.error().code, ErrorCode::InvalidInput);
        QVERIFY(isMounted(mountPoint)); // untouched

        // The volume itself may take Semina's layout.
        auto volume = inspectDrive(mountPoint);
        REQUIRE_OK(volume);
        QCOMPARE(volume->kind, CandidateKind::MountedVolume);
        QVERIFY(volume->usable());
        QCOMPARE(volume->devicePath, image.device());
        QVERIFY(volume->freeBytes > 0);
        auto partition = inspectDrive(image.device());
        REQUIRE_OK(partition);
        runProgram(QStringLiteral("umount"), {mountPoint});
    }

    void refusesTheStagingDisk()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("staging-disk"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        const QString mountPoint = folder.filePath(QStringLiteral("mnt"));
        QVERIFY(mountExt4(image, mountPoint));
        const QString staging = mountPoint + QStringLiteral("/staging");
        QVERIFY(QDir().mkpath(staging));
        QVERIFY(QDir().mkpath(mountPoint + QStringLiteral("/elsewhere")));
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/inside")));

        // The staging location lies on the loop device, which lies on the image's own disk.
        auto disks = disksHolding(staging);
        REQUIRE_OK(disks);
        QCOMPARE(disks->first(), QFileInfo(image.device()).fileName());
        auto imageDisks = disksHolding(image.image());
        REQUIRE_OK(imageDisks);
        for (const QString &disk : *imageDisks)
            QVERIFY(disks->contains(disk));

        auto device = inspectDrive(image.device(), staging);
        REQUIRE_OK(device);
        QVERIFY(device->isRefusedFor(QStringLiteral("staging-disk")));
        auto volume = inspectDrive(mountPoint, staging);
        REQUIRE_OK(volume);
        QCOMPARE(volume->kind, CandidateKind::MountedVolume);
        QVERIFY(volume->isRefusedFor(QStringLiteral("staging-disk")));
        auto beside = inspectDrive(mountPoint + QStringLiteral("/elsewhere"), staging);
        REQUIRE_OK(beside);
        QCOMPARE(beside->kind, CandidateKind::Folder);
        QVERIFY(beside->usable());
        QVERIFY(beside->isWarnedFor(QStringLiteral("same-disk-as-staging")));
        auto inside = inspectDrive(staging + QStringLiteral("/inside"), staging);
        REQUIRE_OK(inside);
        QVERIFY(inside->isRefusedFor(QStringLiteral("overlaps-staging")));
        auto listed = discoverDrives(staging);
        REQUIRE_OK(listed);
        const DriveCandidate *offered = findPath(*listed, image.device());
        QVERIFY(offered);
        QVERIFY(offered->isRefusedFor(QStringLiteral("staging-disk")));
        runProgram(QStringLiteral("umount"), {mountPoint});
    }

    void formatsMountsAndMountsAgain()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("format"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        auto drive = inspectDrive(image.device());
        REQUIRE_OK(drive);
        JobContext job;
        QStringList phases;
        job.setProgressListener(
            [&](const Progress &progress) {
                if (phases.isEmpty() || phases.last() != progress.phase)
                    phases << progress.phase;
            },
            0);
        QString id;
        QString mountPoint;
        {
            auto volume = formatDrive(*drive, job);
            REQUIRE_OK(volume);
            id = volume->driveId();
            mountPoint = volume->mountPoint();
            QCOMPARE(id.size(), 36);
            QCOMPARE(mountPoint, QStringLiteral("/run/semina/mnt/") + id);
            QVERIFY(isMounted(mountPoint));
            QCOMPARE(volume->label(), volumeLabelFor(id));
            QVERIFY(volume->fsDriver() == QLatin1String("exfat") || volume->fsDriver() == QLatin1String("exfat-fuse"));
            QCOMPARE(QFileInfo(QStringLiteral("/run/semina/mnt")).permissions() & 0x0077, 0); // no group/other bits
            QVERIFY(writeFile(mountPoint + QStringLiteral("/probe.txt"), "written before the unmount"));
            REQUIRE_OK(volume->unmount());
            QVERIFY(!isMounted(mountPoint));
            QVERIFY(!QFileInfo::exists(mountPoint));
            QCOMPARE(Test::loopsMapping(image.device()), QStringList{}); // the helper loop is gone
        }
        QVERIFY(phases.size() >= 3);

        // What is on the disk: a GPT with one partition at 1 MiB, exFAT in it.
        bool ok = false;
        const QString dump
            = QString::fromUtf8(runProgram(QStringLiteral("sfdisk"), {QStringLiteral("--dump"), image.device()}, &ok));
        QVERIFY2(ok, qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String("label: gpt")), qPrintable(dump));
        QVERIFY2(dump.contains(QStringLiteral("label-id: ") + id.toUpper()), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String("start=        2048")), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String("type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7")), qPrintable(dump));
        QVERIFY2(dump.contains(QLatin1String("name=\"Semina drive\"")), qPrintable(dump));
        const QString probe = QString::fromUtf8(
            runProgram(QStringLiteral("blkid"),
                       {QStringLiteral("--probe"), QStringLiteral("--offset"), QStringLiteral("1048576"),
                        QStringLiteral("--output"), QStringLiteral("export"), image.device()}));
        QVERIFY2(probe.contains(QLatin1String("TYPE=exfat")), qPrintable(probe));
        QVERIFY2(probe.contains(QStringLiteral("LABEL=") + volumeLabelFor(id)), qPrintable(probe));

        // Discovered again with its id; mounted again for a resume, the file still there.
        auto again = inspectDrive(image.device());
        REQUIRE_OK(again);
        QCOMPARE(again->driveId, id);
        auto semina = hasSeminaVolume(*again);
        REQUIRE_OK(semina);
        QVERIFY(*semina);
        {
            auto resumed = mountDrive(*again, job);
            REQUIRE_OK(resumed);
            QCOMPARE(resumed->mountPoint(), mountPoint);
            QCOMPARE(readFile(mountPoint + QStringLiteral("/probe.txt")), QStringLiteral("written before the unmount"));
            // While mounted privately the disk is still offered (it is Semina's own mount).
            auto listed = discoverDrives();
            REQUIRE_OK(listed);
            const DriveCandidate *offered = findPath(*listed, image.device());
            QVERIFY(offered);
            QVERIFY(offered->usable());
            QVERIFY(offered->mountPoints.contains(mountPoint));
            QVERIFY(!findPath(*listed, mountPoint)); // not a volume of its own
            MountedVolume moved = std::move(*resumed);
            QVERIFY(!resumed->isMounted());
            QVERIFY(moved.isMounted());
        } // the destructor unmounts
        QVERIFY(!isMounted(mountPoint));
        QCOMPARE(Test::loopsMapping(image.device()), QStringList{});
    }

    void resumesAfterAKilledRun()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("killed"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        auto drive = inspectDrive(image.device());
        REQUIRE_OK(drive);
        JobContext job;
        QString id;
        {
            auto volume = formatDrive(*drive, job);
            REQUIRE_OK(volume);
            id = volume->driveId();
        }
        // What a killed process leaves: the partition mapped and mounted on the private point.
        auto table = readPartitionTable(image.device());
        REQUIRE_OK(table);
        QCOMPARE(table->partitions.size(), 1);
        const PartitionEntry partition = table->partitions.first();
        QCOMPARE(partition.offset, 1048576);
        bool ok = false;
        const QString helper
            = QString::fromUtf8(
                  runProgram(QStringLiteral("losetup"),
                             {QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--offset"),
                              QString::number(partition.offset), QStringLiteral("--sizelimit"),
                              QString::number(partition.size), image.device()},
                             &ok))
                  .trimmed();
        QVERIFY(ok);
        const QString mountPoint = QStringLiteral("/run/semina/mnt/") + id;
        QDir().mkpath(mountPoint);
        runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("exfat-fuse"), helper, mountPoint},
                   &ok);
        QVERIFY(ok);

        auto leftover = inspectDrive(image.device());
        REQUIRE_OK(leftover);
        QVERIFY(leftover->usable());
        auto resumed = mountDrive(*leftover, job);
        REQUIRE_OK(resumed);
        QCOMPARE(resumed->mountPoint(), mountPoint);
        QVERIFY(writeFile(mountPoint + QStringLiteral("/after-resume"), "ok"));
        REQUIRE_OK(resumed->unmount());
        QCOMPARE(Test::loopsMapping(image.device()), QStringList{});
        QVERIFY(!isMounted(mountPoint));
    }

    void cancelsBeforeTouchingTheDrive()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("cancel"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        auto drive = inspectDrive(image.device());
        REQUIRE_OK(drive);
        JobContext job;
        job.cancel();
        auto volume = formatDrive(*drive, job);
        QVERIFY(!volume);
        QCOMPARE(volume.error().code, ErrorCode::Cancelled);
        bool ok = true;
        runProgram(QStringLiteral("sfdisk"), {QStringLiteral("--dump"), image.device()}, &ok);
        QVERIFY(!ok); // still no partition table
        QCOMPARE(Test::loopsMapping(image.device()), QStringList{});
    }

    // A command that fails becomes an error naming the device, the command, what it said and the
    // fix; nothing is left mapped.
    void namesTheFailingCommand()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("tiny"));
        LoopImage image(folder.path(), 512 * 1024); // too small for a partition at 1 MiB
        QVERIFY(image.isAttached());
        auto drive = inspectDrive(image.device());
        REQUIRE_OK(drive);
        QVERIFY(drive->usable());
        JobContext job;
        auto volume = formatDrive(*drive, job);
        QVERIFY(!volume);
        QCOMPARE(volume.error().code, ErrorCode::Io);
        const QString message = volume.error().message;
        QVERIFY2(message.contains(image.device()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("sfdisk said:")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("out of range")), qPrintable(message)); // sfdisk's own words
        QVERIFY2(message.contains(QLatin1String("Check that")), qPrintable(message));
        QVERIFY2(volume.error().details.startsWith(QStringLiteral("sfdisk ")), qPrintable(volume.error().details));
        QCOMPARE(Test::loopsMapping(image.device()), QStringList{});
    }

    void refusesAWriteProtectedDisk()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("read-only"));
        const QString imagePath = folder.filePath(QStringLiteral("ro.img"));
        QFile file(imagePath);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(kImageSize));
        file.close();
        bool ok = false;
        const QString device = QString::fromUtf8(runProgram(QStringLiteral("losetup"),
                                                            {QStringLiteral("--find"), QStringLiteral("--show"),
                                                             QStringLiteral("--read-only"), imagePath},
                                                            &ok))
                                   .trimmed();
        QVERIFY(ok);
        auto drive = inspectDrive(device);
        runProgram(QStringLiteral("losetup"), {QStringLiteral("--detach"), device});
        REQUIRE_OK(drive);
        QVERIFY(drive->isRefusedFor(QStringLiteral("read-only")));
    }

    void refusesToMountAForeignDisk()
    {
        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("foreign"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        auto drive = inspectDrive(image.device());
        REQUIRE_OK(drive);
        auto semina = hasSeminaVolume(*drive);
        REQUIRE_OK(semina);
        QVERIFY(!*semina);
        JobContext job;
        auto volume = mountDrive(*drive, job);
        QVERIFY(!volume);
        QCOMPARE(volume.error().code, ErrorCode::InvalidInput);
        QVERIFY(volume.error().message.contains(image.device()));
        QVERIFY(volume.error().message.contains(QLatin1String("format")));
    }

    void listsDrivesAsAProcess()
    {
        QProcess cli;
        cli.start(
            QStringLiteral(SEMINA_CLI_PATH),
            {QStringLiteral("drives"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray drives = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QVERIFY(!drives.isEmpty()); // at least the system's disk or volume, refused
        for (const QJsonValue &drive : drives) {
            const QJsonObject object = drive.toObject();
            QVERIFY(object.contains(QLatin1String("path")));
            QCOMPARE(object.value(QLatin1String("usable")).toBool(),
                     object.value(QLatin1String("refusals")).toArray().isEmpty());
        }

        cli.start(QStringLiteral(SEMINA_CLI_PATH),
                  {QStringLiteral("drives"), QStringLiteral("list"), QStringLiteral("--staging"),
                   QStringLiteral("/no/such/folder")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), exitCodeFor(ErrorCode::NotFound));
        QVERIFY(cli.readAllStandardError().contains("/no/such/folder"));

        cli.start(QStringLiteral(SEMINA_CLI_PATH), {QStringLiteral("drives"), QStringLiteral("format")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), exitCodeFor(ErrorCode::Usage));

        auto rootDisks = disksHolding(QStringLiteral("/"));
        REQUIRE_OK(rootDisks);
        if (rootDisks->isEmpty())
            return;
        const QString system = QStringLiteral("/dev/") + rootDisks->first();
        cli.start(QStringLiteral(SEMINA_CLI_PATH), {QStringLiteral("drives"), QStringLiteral("list"), system});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), exitCodeFor(ErrorCode::InvalidInput));
        const QString table = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(table.contains(system) && table.contains(QLatin1String("running system")), qPrintable(table));

        REQUIRE_LOOP_DEVICES();
        Test::TemporaryFolder folder(QStringLiteral("cli"));
        LoopImage image(folder.path(), kImageSize);
        QVERIFY(image.isAttached());
        cli.start(QStringLiteral(SEMINA_CLI_PATH),
                  {QStringLiteral("drives"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 0);
        bool found = false;
        for (const QJsonValue &drive : QJsonDocument::fromJson(cli.readAllStandardOutput()).array()) {
            const QJsonObject object = drive.toObject();
            if (object.value(QLatin1String("path")).toString() != image.device())
                continue;
            found = true;
            QCOMPARE(object.value(QLatin1String("size")).toInteger(), kImageSize);
            QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("block-device"));
            QCOMPARE(object.value(QLatin1String("model")).toString(), QString());
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestDeviceLoops)
#include "tst_deviceloops.moc"
