#include "devices/VolumeSteps.h"

#include "core/JobContext.h"
#include "devices/BackingDisk.h"
#include "devices/ExternalTool.h"
#include "devices/MountTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::VolumeFormatter)
};

// Microsoft basic data: what Windows, macOS and Linux all expect an exFAT partition to be.
constexpr char kBasicDataType[] = "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7";
constexpr int kNodeWaitMs = 5000;
constexpr int kUnmountAttempts = 15;

} // namespace

Result<PartitionTable> readPartitionTable(const QString &device)
{
    auto output = runTool({QStringLiteral("sfdisk"), {QStringLiteral("--json"), device}});
    if (!output)
        return fail(output.error());
    const QString said = QString::fromLocal8Bit(output->standardError).trimmed();
    if (output->exitCode != 0) {
        if (said.contains(QLatin1String("does not contain a recognized partition table")))
            return PartitionTable{};
        return fail(ErrorCode::Io,
                    Text::tr("Reading the partition table of %1 failed: sfdisk said: %2. Check that the drive is "
                             "still connected.")
                        .arg(device, said),
                    QStringLiteral("sfdisk --json ") + device);
    }
    const QJsonObject table
        = QJsonDocument::fromJson(output->standardOutput).object().value(QLatin1String("partitiontable")).toObject();
    PartitionTable result;
    result.label = table.value(QLatin1String("label")).toString();
    result.id = table.value(QLatin1String("id")).toString().toLower();
    const qint64 sectorSize = table.value(QLatin1String("sectorsize")).toInteger(512);
    for (const QJsonValue &value : table.value(QLatin1String("partitions")).toArray()) {
        const QJsonObject partition = value.toObject();
        result.partitions << PartitionEntry{partition.value(QLatin1String("start")).toInteger() * sectorSize,
                                            partition.value(QLatin1String("size")).toInteger() * sectorSize,
                                            partition.value(QLatin1String("name")).toString(),
                                            partition.value(QLatin1String("type")).toString().toUpper()};
    }
    return result;
}

Result<> writePartitionTable(const QString &device, const QString &diskGuid, JobContext &job)
{
    const QByteArray script = QByteArrayLiteral("label: gpt\nlabel-id: ") + diskGuid.toUpper().toLatin1()
        + QByteArrayLiteral("\nstart=1MiB, type=") + kBasicDataType + QByteArrayLiteral(", name=\"Semina drive\"\n");
    ToolRun run{QStringLiteral("sfdisk"),
                {QStringLiteral("--wipe"), QStringLiteral("always"), QStringLiteral("--wipe-partitions"),
                 QStringLiteral("always"), device}};
    run.input = script;
    auto written = runToolChecked(run, device, Text::tr("Writing the partition table"),
                                  Text::tr("Check that nothing uses the drive and that it is writable."), &job);
    if (!written)
        return fail(written.error());
    return {};
}

QStringList helperLoopsOf(const QString &devicePath, qint64 offset)
{
    QStringList loops;
    const QDir block(QStringLiteral("/sys/block"));
    for (const QString &name : block.entryList({QStringLiteral("loop*")}, QDir::Dirs | QDir::System)) {
        const QString loop = block.filePath(name) + QStringLiteral("/loop/");
        if (loopBackingFile(name) != devicePath)
            continue;
        if (offset >= 0 && readSysfsValue(loop + QStringLiteral("offset")).toLongLong() != offset)
            continue;
        loops << QStringLiteral("/dev/") + name;
    }
    return loops;
}

Result<QString> partitionDevice(const QString &devicePath, const PartitionEntry &entry, QString *helperLoop)
{
    // The kernel's node: sdb -> sdb1, nvme0n1 -> nvme0n1p1, loop0 -> loop0p1.
    const QString disk = QFileInfo(devicePath).fileName();
    const QString part = disk + (disk.back().isDigit() ? QStringLiteral("p1") : QStringLiteral("1"));
    const QString sysPart = QStringLiteral("/sys/block/%1/%2").arg(disk, part);
    if (QFileInfo::exists(sysPart)
        && readSysfsValue(sysPart + QStringLiteral("/start")).toLongLong() * 512 == entry.offset) {
        const QString node = QStringLiteral("/dev/") + part;
        for (int waited = 0; waited < kNodeWaitMs && !QFileInfo::exists(node); waited += 100)
            QThread::msleep(100);
        if (QFileInfo::exists(node))
            return node;
    }
    // No partition support (or no node yet): a loop device over the partition's bytes.
    for (const QString &loop : helperLoopsOf(devicePath, entry.offset)) {
        if (readSysfsValue(QStringLiteral("/sys/block/%1/loop/sizelimit").arg(QFileInfo(loop).fileName())).toLongLong()
            == entry.size) {
            *helperLoop = loop;
            return loop;
        }
    }
    auto mapped = runToolChecked(
        {QStringLiteral("losetup"),
         {QStringLiteral("--find"), QStringLiteral("--show"), QStringLiteral("--offset"), QString::number(entry.offset),
          QStringLiteral("--sizelimit"), QString::number(entry.size), devicePath}},
        devicePath, Text::tr("Mapping the partition to a loop device"),
        Text::tr("Check that loop devices are available (modprobe loop; losetup -f)."));
    if (!mapped)
        return fail(mapped.error());
    *helperLoop = QString::fromLocal8Bit(mapped->standardOutput).trimmed();
    return *helperLoop;
}

Result<> detachLoop(const QString &loop)
{
    auto detached = runToolChecked({QStringLiteral("losetup"), {QStringLiteral("--detach"), loop}}, loop,
                                   Text::tr("Detaching the loop device"),
                                   Text::tr("Close what uses it, then run losetup -d %1.").arg(loop));
    if (!detached)
        return fail(detached.error());
    return {};
}

Result<> makePrivateFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    QStringList missing;
    for (QString path = clean; !QFileInfo::exists(path) && path != QLatin1String("/"); path = QFileInfo(path).path())
        missing.prepend(path);
    for (const QString &path : missing) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
            return fail(ErrorCode::Io,
                        Text::tr("The mount point %1 cannot be created: %2. Check the permissions "
                                 "of its parent folder.")
                            .arg(path, systemErrorText(errno)));
    }
    // The folders above the mount point keep other users out even where the volume itself
    // (exFAT has no owners) lets everyone in.
    for (const QString &path : {QFileInfo(clean).path(), clean}) {
        if (::chmod(QFile::encodeName(path).constData(), 0700) != 0)
            return fail(ErrorCode::Io, Text::tr("%1 cannot be made private: %2.").arg(path, systemErrorText(errno)));
    }
    return {};
}

Result<QString> mountExfat(const QString &device, const QString &partition, const QString &mountPoint)
{
    QStringList said;
    for (const QString &driver : {QStringLiteral("exfat"), QStringLiteral("exfat-fuse")}) {
        auto mounted = runTool({QStringLiteral("mount"),
                                {QStringLiteral("-t"), driver, QStringLiteral("-o"),
                                 QStringLiteral("nosuid,nodev,noexec"), partition, mountPoint}});
        if (!mounted)
            return fail(mounted.error());
        if (mounted->exitCode == 0)
            return driver;
        said << QStringLiteral("mount -t %1: %2")
                    .arg(driver, QString::fromLocal8Bit(mounted->standardError).simplified());
    }
    return fail(ErrorCode::Io,
                Text::tr("Mounting the exFAT volume of %1 failed with the kernel's driver and with exfat-fuse: install "
                         "exfat-fuse (apt-get install exfat-fuse) or load the kernel's driver (modprobe exfat).")
                    .arg(device),
                said.join(QLatin1Char('\n')));
}

bool isMountPoint(const QString &folder)
{
    const auto mounts = readMountTable();
    if (!mounts)
        return false;
    const QString clean = QDir::cleanPath(folder);
    return std::any_of(mounts->cbegin(), mounts->cend(),
                       [&](const MountEntry &mount) { return mount.mountPoint == clean; });
}

Result<> unmountFolder(const QString &device, const QString &mountPoint)
{
    const int folder = ::open(QFile::encodeName(mountPoint).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        const int synced = ::syncfs(folder);
        const int error = errno;
        ::close(folder);
        if (synced != 0)
            return fail(ErrorCode::Io,
                        Text::tr("Flushing the volume of %1 at %2 failed: %3. Check that the drive "
                                 "is still connected; its last writes may be lost.")
                            .arg(device, mountPoint, systemErrorText(error)));
    }
    QString said;
    for (int attempt = 0; attempt < kUnmountAttempts; ++attempt) {
        auto unmounted = runTool({QStringLiteral("umount"), {mountPoint}});
        if (!unmounted)
            return fail(unmounted.error());
        if (unmounted->exitCode == 0)
            return {};
        said = QString::fromLocal8Bit(unmounted->standardError).simplified();
        if (!said.contains(QLatin1String("busy")))
            break;
        QThread::msleep(200);
    }
    return fail(ErrorCode::Io,
                Text::tr("Unmounting the volume of %1 at %2 failed: umount said: %3. Close the programs using it "
                         "(fuser -vm %2 lists them), then run umount %2.")
                    .arg(device, mountPoint, said));
}

} // namespace Semina::Devices
