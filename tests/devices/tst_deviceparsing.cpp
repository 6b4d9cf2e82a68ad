// Discovery from recorded samples: lsblk JSON, mountinfo and swaps of a desktop (SATA SSD
// with the system, NVMe with /home, a USB disk, a 14 TB disk, an optical drive, a snap) and of
// this VM (loop devices, one formatted by Semina and mounted through exfat-fuse by a helper
// loop device, one ext4 mounted elsewhere). Also the disks behind a device number in a sysfs
// tree made here, and drive ids.
#include "TestEnvironment.h"
#include "core/JobContext.h"
#include "devices/BackingDisk.h"
#include "devices/DriveDiscovery.h"
#include "devices/DriveId.h"
#include "devices/VolumeFormatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Semina;
using namespace Semina::Devices;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(SAMPLES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The state of a recorded machine; the loop devices' backing files (which lsblk does not
// print) come from <machine>.loops, one "name backing-file offset sizelimit" per line.
SystemState recordedState(const QString &machine, const QStringList &stagingDisks)
{
    SystemState state;
    auto devices = parseLsblk(sample(machine + QStringLiteral(".lsblk.json")));
    if (!devices)
        qFatal("sample %s does not parse", qPrintable(machine));
    state.devices = *devices;
    for (const QByteArray &line : sample(machine + QStringLiteral(".loops")).split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        for (BlockDevice &device : state.devices) {
            if (fields.size() == 4 && device.name == QString::fromUtf8(fields[0])) {
                device.backingFile = QString::fromUtf8(fields[1]);
                device.backingOffset = fields[2].toLongLong();
                device.backingSizeLimit = fields[3].toLongLong();
            }
        }
    }
    state.mounts = parseMountInfo(sample(machine + QStringLiteral(".mountinfo")));
    state.swaps = parseSwaps(sample(machine + QStringLiteral(".swaps")));
    state.stagingDisks = stagingDisks;
    state.privateMountRoot = QString::fromLatin1(kPrivateMountRoot);
    return state;
}

QStringList keys(const QList<Reason> &reasons)
{
    QStringList list;
    for (const Reason &reason : reasons)
        list << reason.key;
    list.sort();
    return list;
}

void symlink(const QString &target, const QString &link)
{
    QDir().mkpath(QFileInfo(link).path());
    QVERIFY2(QFile::link(target, link), qPrintable(link));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestDeviceParsing : public QObject {
    Q_OBJECT

private slots:
    void parsesLsblk_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<bool>("removable");
        QTest::addColumn<bool>("rotational");
        QTest::addColumn<int>("children");
        QTest::addColumn<QStringList>("mountPoints");

        QTest::newRow("vm loop: no model, serial or transport") << "vm-loops"
                                                                << "loop0" << qint64(268435456) << "loop"
                                                                << ""
                                                                << ""
                                                                << "" << false << true << 0 << QStringList{};
        QTest::newRow("vm helper loop, mounted through FUSE")
            << "vm-loops"
            << "loop2" << qint64(266338304) << "loop"
            << ""
            << ""
            << "" << false << true << 0
            << QStringList{QStringLiteral("/run/semina/mnt/6b1e3a52-41a8-4c5b-9d1f-2f0c7e5a9b11")};
        QTest::newRow("vm system disk") << "vm-loops"
                                        << "vda" << qint64(274877906944) << "disk"
                                        << ""
                                        << ""
                                        << "" << false << true << 0 << QStringList{QStringLiteral("/")};
        QTest::newRow("desktop SATA SSD with /, /boot/efi and swap")
            << "desktop"
            << "sda" << qint64(1000204886016) << "disk"
            << "Samsung SSD 870 EVO 1TB"
            << "S6PNNJ0R123456A"
            << "sata" << false << false << 3
            << QStringList{QStringLiteral("/boot/efi"), QStringLiteral("/"), QStringLiteral("[SWAP]")};
        QTest::newRow("desktop USB disk")
            << "desktop"
            << "sdb" << qint64(1000204886016) << "disk"
            << "Extreme 55AE"
            << "32343133464E343031323334"
            << "usb" << true << false << 1 << QStringList{QStringLiteral("/media/anna/STICK")};
        QTest::newRow("desktop NVMe") << "desktop"
                                      << "nvme0n1" << qint64(2000398934016) << "disk"
                                      << "WD_BLACK SN850X 2000GB"
                                      << "23150X801234"
                                      << "nvme" << false << false << 1 << QStringList{QStringLiteral("/home")};
        QTest::newRow("desktop optical drive") << "desktop"
                                               << "sr0" << qint64(1073741312) << "rom"
                                               << "HL-DT-ST DVDRAM GH24NSD1"
                                               << "K1KG8GD5123"
                                               << "sata" << true << false << 0 << QStringList{};
    }

    void parsesLsblk()
    {
        QFETCH(QString, machine);
        QFETCH(QString, name);
        auto devices = parseLsblk(sample(machine + QStringLiteral(".lsblk.json")));
        QVERIFY2(devices, qPrintable(devices ? QString() : devices.error().message));
        const auto device = std::find_if(devices->cbegin(), devices->cend(),
                                         [&](const BlockDevice &each) { return each.name == name; });
        QVERIFY(device != devices->cend());
        QCOMPARE(device->path, QStringLiteral("/dev/") + name);
        QTEST(device->size, "size");
        QTEST(device->type, "type");
        QTEST(device->model, "model");
        QTEST(device->serial, "serial");
        QTEST(device->transport, "transport");
        QTEST(device->removable, "removable");
        QTEST(device->rotational, "rotational");
        QTEST(int(device->children.size()), "children");
        QTEST(device->allMountPoints(), "mountPoints");
        QVERIFY(device->major > 0);
    }

    // util-linux before 2.37 wrote every value as a string and one "mountpoint".
    void parsesOlderLsblk()
    {
        const QByteArray json = R"({"blockdevices": [{"name": "sdb", "size": "500107862016", "type": "disk",
            "tran": "usb", "model": "Portable SSD  ", "serial": " 1234ABCD ", "rm": "1", "rota": "0", "ro": "1",
            "mountpoint": null, "children": [{"name": "sdb1", "size": "500106813440", "type": "part",
            "rm": "1", "rota": "0", "mountpoint": "/media/x"}]}]})";
        auto devices = parseLsblk(json);
        QVERIFY(devices);
        QCOMPARE(devices->size(), 1);
        const BlockDevice &disk = devices->first();
        QCOMPARE(disk.path, QStringLiteral("/dev/sdb"));
        QCOMPARE(disk.size, 500107862016);
        QCOMPARE(disk.model, QStringLiteral("Portable SSD"));
        QCOMPARE(disk.serial, QStringLiteral("1234ABCD"));
        QVERIFY(disk.removable);
        QVERIFY(!disk.rotational);
        QVERIFY(disk.readOnly);
        QCOMPARE(disk.allMountPoints(), QStringList{QStringLiteral("/media/x")});
        SystemState state;
        state.devices = *devices;
        state.privateMountRoot = QString::fromLatin1(kPrivateMountRoot);
        const QList<DriveCandidate> candidates = candidatesFrom(state);
        QCOMPARE(candidates.size(), 1);
        QVERIFY(candidates.first().isRefusedFor(QStringLiteral("read-only"))); // write-protected
        QVERIFY(candidates.first().isRefusedFor(QStringLiteral("in-use")));
    }

    void refusesWhatIsNotLsblkJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("NAME SIZE\nsda 1T\n");
        QTest::newRow("other JSON") << QByteArray(R"({"devices": []})");
    }

    void refusesWhatIsNotLsblkJson()
    {
        QFETCH(QByteArray, text);
        auto devices = parseLsblk(text);
        QVERIFY(!devices);
        QCOMPARE(devices.error().code, ErrorCode::InvalidInput);
        QVERIFY(devices.error().message.contains(QLatin1String("lsblk")));
    }

    void parsesMountInfo()
    {
        const QList<MountEntry> mounts = parseMountInfo(sample(QStringLiteral("desktop.mountinfo")));
        QCOMPARE(mounts.size(), 20); // every line of the sample
        const MountEntry *backups = mountHolding(mounts, QStringLiteral("/mnt/My Backups/2024"));
        QVERIFY(backups);
        QCOMPARE(backups->mountPoint, QStringLiteral("/mnt/My Backups"));
        QCOMPARE(backups->source, QStringLiteral("/dev/sdd1"));
        QCOMPARE(backups->fsType, QStringLiteral("ext4"));
        QVERIFY(backups->readOnly);
        QCOMPARE(backups->major, 8);
        QCOMPARE(backups->minor, 49);
        const MountEntry *shared = mountHolding(mounts, QStringLiteral("/srv/shared"));
        QVERIFY(shared);
        QCOMPARE(shared->root, QStringLiteral("/anna/shared"));
        QCOMPARE(mountHolding(mounts, QStringLiteral("/usr/bin"))->mountPoint, QStringLiteral("/"));
        QCOMPARE(mountHolding(mounts, QStringLiteral("/homely"))->mountPoint, QStringLiteral("/"));

        const QList<MountEntry> vm = parseMountInfo(sample(QStringLiteral("vm-loops.mountinfo")));
        const MountEntry *fuse
            = mountHolding(vm, QStringLiteral("/run/semina/mnt/6b1e3a52-41a8-4c5b-9d1f-2f0c7e5a9b11"));
        QVERIFY(fuse);
        QCOMPARE(fuse->fsType, QStringLiteral("fuseblk"));
        QCOMPARE(fuse->source, QStringLiteral("/dev/loop2"));
        QVERIFY(parseMountInfo("garbage\n26 1 254:0 / / rw\n").isEmpty());
    }

    void parsesSwaps()
    {
        QCOMPARE(parseSwaps(sample(QStringLiteral("desktop.swaps"))), QStringList{QStringLiteral("/dev/sda3")});
        QCOMPARE(parseSwaps(sample(QStringLiteral("vm-loops.swaps"))), QStringList{});
        QCOMPARE(parseSwaps("Filename Type Size Used Priority\n/swap\\040file file 1024 0 -2\n"),
                 QStringList{QStringLiteral("/swap file")});
    }

    void judgesCandidates_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QStringList>("stagingDisks");
        QTest::addColumn<QByteArray>("swaps"); // replaces the sample's when not empty
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("offered"); // listed at all
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("refusals");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<QString>("driveId");

        const QStringList none;
        const QStringList home{QStringLiteral("nvme0n1")};
        const QByteArray sampleSwaps;
        auto list = [](std::initializer_list<const char *> words) {
            QStringList result;
            for (const char *word : words)
                result << QString::fromLatin1(word);
            result.sort();
            return result;
        };
        QTest::newRow("desktop: system disk with swap")
            << "desktop" << home << sampleSwaps << "/dev/sda" << true << "block-device" << list({"system-disk", "swap"})
            << none << "S6PNNJ0R123456A";
        QTest::newRow("desktop: USB disk in use")
            << "desktop" << home << sampleSwaps << "/dev/sdb" << true << "block-device" << list({"in-use"})
            << list({"usb"}) << "32343133464E343031323334";
        QTest::newRow("desktop: blank 14 TB disk") << "desktop" << home << sampleSwaps << "/dev/sdc" << true
                                                   << "block-device" << none << list({"over-10-tb"}) << "9LG4ABCD";
        QTest::newRow("desktop: disk with a read-only mount")
            << "desktop" << home << sampleSwaps << "/dev/sdd" << true << "block-device" << list({"in-use"}) << none
            << "WS2ABCDE";
        QTest::newRow("desktop: staging disk in use")
            << "desktop" << home << sampleSwaps << "/dev/nvme0n1" << true << "block-device"
            << list({"in-use", "staging-disk"}) << none << "23150X801234";
        QTest::newRow("desktop: snap loop device") << "desktop" << home << sampleSwaps << "/dev/loop0" << true
                                                   << "block-device" << list({"in-use"}) << none << "";
        QTest::newRow("desktop: optical drive never listed")
            << "desktop" << home << sampleSwaps << "/dev/sr0" << false << "" << none << none << "";
        QTest::newRow("desktop: the root volume") << "desktop" << home << sampleSwaps << "/" << true << "mounted-volume"
                                                  << list({"system-disk", "swap"}) << none << "";
        QTest::newRow("desktop: the EFI volume") << "desktop" << home << sampleSwaps << "/boot/efi" << true
                                                 << "mounted-volume" << list({"system-disk", "swap"}) << none << "";
        QTest::newRow("desktop: /home holds the staging location")
            << "desktop" << home << sampleSwaps << "/home" << true << "mounted-volume" << list({"staging-disk"}) << none
            << "";
        QTest::newRow("desktop: /home without a staging location")
            << "desktop" << none << sampleSwaps << "/home" << true << "mounted-volume" << none << none << "";
        QTest::newRow("desktop: USB volume") << "desktop" << home << sampleSwaps << "/media/anna/STICK" << true
                                             << "mounted-volume" << none << list({"usb"}) << "";
        QTest::newRow("desktop: read-only volume") << "desktop" << home << sampleSwaps << "/mnt/My Backups" << true
                                                   << "mounted-volume" << list({"read-only"}) << none << "";
        QTest::newRow("desktop: bind mount not listed twice")
            << "desktop" << home << sampleSwaps << "/srv/shared" << false << "" << none << none << "";
        QTest::newRow("desktop: gvfs not listed")
            << "desktop" << home << sampleSwaps << "/run/user/1000/gvfs" << false << "" << none << none << "";
        QTest::newRow("desktop: squashfs not listed")
            << "desktop" << home << sampleSwaps << "/snap/core22/1380" << false << "" << none << none << "";
        QTest::newRow("desktop: swap file on the USB volume")
            << "desktop" << home << QByteArray("Filename Type Size Used Priority\n/media/anna/STICK/swap file 1 0 -2\n")
            << "/dev/sdb" << true << "block-device" << list({"in-use", "swap"}) << list({"usb"})
            << "32343133464E343031323334";

        const QStringList vda{QStringLiteral("vda")};
        QTest::newRow("vm: Semina's drive, mounted privately")
            << "vm-loops" << vda << sampleSwaps << "/dev/loop0" << true << "block-device" << none << none << "";
        QTest::newRow("vm: loop device mounted elsewhere") << "vm-loops" << vda << sampleSwaps << "/dev/loop1" << true
                                                           << "block-device" << list({"in-use"}) << none << "";
        QTest::newRow("vm: partition mapping not listed")
            << "vm-loops" << vda << sampleSwaps << "/dev/loop2" << false << "" << none << none << "";
        QTest::newRow("vm: empty zram not listed")
            << "vm-loops" << vda << sampleSwaps << "/dev/zram0" << false << "" << none << none << "";
        QTest::newRow("vm: system disk holding the staging location")
            << "vm-loops" << vda << sampleSwaps << "/dev/vda" << true << "block-device"
            << list({"system-disk", "staging-disk"}) << none << "";
        QTest::newRow("vm: staging location on a loop device")
            << "vm-loops" << QStringList{QStringLiteral("loop1"), QStringLiteral("vda")} << sampleSwaps << "/dev/loop1"
            << true << "block-device" << list({"in-use", "staging-disk"}) << none << "";
        QTest::newRow("vm: volume mounted elsewhere")
            << "vm-loops" << vda << sampleSwaps << "/tmp/rec-mnt" << true << "mounted-volume" << none << none << "";
        QTest::newRow("vm: private mount not listed as a volume")
            << "vm-loops" << vda << sampleSwaps << "/run/semina/mnt/6b1e3a52-41a8-4c5b-9d1f-2f0c7e5a9b11" << false << ""
            << none << none << "";
        QTest::newRow("vm: swap on a loop device")
            << "vm-loops" << vda << QByteArray("Filename Type Size Used Priority\n/dev/loop0 partition 1 0 -2\n")
            << "/dev/loop0" << true << "block-device" << list({"swap"}) << none << "";
        QTest::newRow("vm: swap file on the system disk")
            << "vm-loops" << none << QByteArray("Filename Type Size Used Priority\n/swapfile file 1 0 -2\n")
            << "/dev/vda" << true << "block-device" << list({"system-disk", "swap"}) << none << "";
    }

    void judgesCandidates()
    {
        QFETCH(QString, machine);
        QFETCH(QStringList, stagingDisks);
        QFETCH(QByteArray, swaps);
        QFETCH(QString, path);
        QFETCH(bool, offered);
        SystemState state = recordedState(machine, stagingDisks);
        if (!swaps.isEmpty())
            state.swaps = parseSwaps(swaps);
        const QList<DriveCandidate> candidates = candidatesFrom(state);
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                        [&](const DriveCandidate &each) { return each.path == path; });
        QCOMPARE(found != candidates.cend(), offered);
        if (!offered)
            return;
        QTEST(kindKey(found->kind), "kind");
        QTEST(keys(found->refusals), "refusals");
        QTEST(keys(found->warnings), "warnings");
        QTEST(found->driveId, "driveId");
        QCOMPARE(found->usable(), found->refusals.isEmpty());
        for (const Reason &reason : found->refusals + found->warnings)
            QVERIFY2(reason.text.contains(path), qPrintable(reason.text)); // each sentence names the drive
    }

    void sortsAndKeepsHardware()
    {
        const QList<DriveCandidate> candidates = candidatesFrom(recordedState(QStringLiteral("desktop"), {}));
        QStringList paths;
        for (const DriveCandidate &candidate : candidates)
            paths << candidate.path;
        QStringList sorted = paths;
        sorted.sort();
        QCOMPARE(paths, sorted);
        const auto stick = std::find_if(candidates.cbegin(), candidates.cend(), [](const DriveCandidate &each) {
            return each.path == QLatin1String("/media/anna/STICK");
        });
        QVERIFY(stick != candidates.cend());
        QCOMPARE(stick->name, QStringLiteral("STICK"));
        QCOMPARE(stick->devicePath, QStringLiteral("/dev/sdb1"));
        QCOMPARE(stick->diskName, QStringLiteral("sdb"));
        QCOMPARE(stick->model, QStringLiteral("Extreme 55AE"));
        QCOMPARE(stick->transport, QStringLiteral("usb"));
        QVERIFY(stick->removable);
        QCOMPARE(stick->size, 1000203837440);
    }

    void warnsAboutTooManyDrives_data()
    {
        QTest::addColumn<int>("drives");
        QTest::addColumn<bool>("warned");
        QTest::newRow("one") << 1 << false;
        QTest::newRow("ten, the limit") << 10 << false;
        QTest::newRow("eleven") << 11 << true;
    }

    void warnsAboutTooManyDrives()
    {
        QFETCH(int, drives);
        QFETCH(bool, warned);
        const QString warning = driveCountWarning(drives);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned)
            QVERIFY(warning.contains(QString::number(drives)));
    }

    void makesIdsAndLabels_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::newRow("plain serial") << "S6PNNJ0R123456A"
                                      << "S6PNNJ0R123456A"
                                      << "SEMINA-456A";
        QTest::newRow("spaces and slashes") << "  WD-WCC4 E12/34567 "
                                            << "WD-WCC4_E12_34567"
                                            << "SEMINA-4567";
        QTest::newRow("GPT GUID") << "6b1e3a52-41a8-4c5b-9d1f-2f0c7e5a9b11"
                                  << "6b1e3a52-41a8-4c5b-9d1f-2f0c7e5a9b11"
                                  << "SEMINA-9B11";
        QTest::newRow("short") << "a1"
                               << "a1"
                               << "SEMINA-A1";
    }

    void makesIdsAndLabels()
    {
        QFETCH(QString, serial);
        const QString id = driveIdFromSerial(serial);
        QTEST(id, "id");
        QTEST(volumeLabelFor(id), "label");
        QVERIFY(volumeLabelFor(id).size() <= 11); // exFAT's limit
    }

    void keepsFolderIds()
    {
        Test::TemporaryFolder folder(QStringLiteral("folder-id"));
        auto none = readFolderDriveId(folder.path());
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        auto assigned = assignFolderDriveId(folder.path());
        QVERIFY(assigned);
        QCOMPARE(assigned->size(), 36);
        QCOMPARE(*readFolderDriveId(folder.path()), *assigned);
        QCOMPARE(*assignFolderDriveId(folder.path()), *assigned); // assigned once
        QVERIFY(newDriveId() != *assigned);

        writeFile(folder.filePath(QString::fromLatin1(kFolderDriveIdFile)), "../../etc\n");
        auto damaged = readFolderDriveId(folder.path());
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, ErrorCode::InvalidInput);
    }

    // A sysfs tree as the kernel lays it out: /sys/dev/block/MAJ:MIN links to the device's
    // folder, a partition's folder lies in its disk's and holds a "partition" file.
    void findsTheDiskOfADeviceNumber()
    {
        Test::TemporaryFolder sys(QStringLiteral("sysfs"));
        const QString root = sys.path();
        const QString sda = root + QStringLiteral("/devices/pci0000:00/0000:00:17.0/ata1/block/sda");
        writeFile(sda + QStringLiteral("/dev"), "8:0\n");
        writeFile(sda + QStringLiteral("/sda2/partition"), "2\n");
        writeFile(sda + QStringLiteral("/sda2/dev"), "8:2\n");
        const QString loop = root + QStringLiteral("/devices/virtual/block/loop3");
        writeFile(loop + QStringLiteral("/loop/backing_file"), "/var/images/drive.img (deleted)\n");
        const QString dm = root + QStringLiteral("/devices/virtual/block/dm-0");
        symlink(sda, root + QStringLiteral("/dev/block/8:0"));
        symlink(sda + QStringLiteral("/sda2"), root + QStringLiteral("/dev/block/8:2"));
        symlink(loop, root + QStringLiteral("/dev/block/7:3"));
        symlink(loop, root + QStringLiteral("/block/loop3"));
        symlink(dm, root + QStringLiteral("/dev/block/253:0"));
        QDir().mkpath(dm);

        QCOMPARE(diskOfDevice(8, 0, root), QStringLiteral("sda"));
        QCOMPARE(diskOfDevice(8, 2, root), QStringLiteral("sda"));
        QCOMPARE(diskOfDevice(7, 3, root), QStringLiteral("loop3"));
        QCOMPARE(diskOfDevice(253, 0, root), QStringLiteral("dm-0"));
        QCOMPARE(diskOfDevice(0, 44, root), QString());
        QCOMPARE(loopBackingFile(QStringLiteral("loop3"), root), QStringLiteral("/var/images/drive.img"));
        QCOMPARE(loopBackingFile(QStringLiteral("loop9"), root), QString());
    }

    // Without root, formatting says what to run instead; as root the test runs itself as nobody.
    void needsRootToFormat()
    {
        if (::geteuid() == 0) {
            QProcess child;
            child.start(QStringLiteral("setpriv"),
                        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                         QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                         QStringLiteral("needsRootToFormat")});
            if (!child.waitForStarted())
                QSKIP("setpriv (util-linux) is needed to run this check without root");
            QVERIFY(child.waitForFinished(60'000));
            const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestDeviceParsing::needsRootToFormat()"), output.constData());
            return;
        }
        DriveCandidate drive;
        drive.kind = CandidateKind::BlockDevice;
        drive.path = QStringLiteral("/dev/semina-test-no-such-disk");
        drive.size = 1 << 30;
        JobContext job;
        auto formatted = formatDrive(drive, job);
        QVERIFY(!formatted);
        QCOMPARE(formatted.error().code, ErrorCode::AccessDenied);
        const QString message = formatted.error().message;
        QVERIFY2(message.contains(drive.path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sudo ") + QCoreApplication::arguments().first()),
                 qPrintable(message));
        auto mounted = mountDrive(drive, job);
        QVERIFY(!mounted);
        QCOMPARE(mounted.error().code, ErrorCode::AccessDenied);
    }

    void refusesAPathThatDoesNotExist()
    {
        auto disks = disksHolding(QStringLiteral("/no/such/staging"));
        QVERIFY(!disks);
        QCOMPARE(disks.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDeviceParsing)
#include "tst_deviceparsing.moc"
