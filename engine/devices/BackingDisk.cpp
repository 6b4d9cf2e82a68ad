#include "devices/BackingDisk.h"

#include "devices/MountTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::BackingDisk)
};

// Loop devices over files on loop devices are rare; this bounds a cycle all the same.
constexpr int kMaxDepth = 8;

bool parseNumbers(const QString &text, int *major, int *minor)
{
    bool majorOk = false;
    bool minorOk = false;
    *major = text.section(QLatin1Char(':'), 0, 0).toInt(&majorOk);
    *minor = text.section(QLatin1Char(':'), 1, 1).toInt(&minorOk);
    return majorOk && minorOk && text.contains(QLatin1Char(':'));
}

// The device number a path's data lives on: st_rdev for a block device node, st_dev for
// anything else, and for a file system without a device number of its own the device that
// mountinfo names as the mount's source.
bool deviceOfPath(const QString &path, dev_t *device)
{
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false;
    if (S_ISBLK(status.st_mode)) {
        *device = status.st_rdev;
        return true;
    }
    *device = status.st_dev;
    if (major(status.st_dev) != 0)
        return true;
    const auto mounts = readMountTable();
    if (!mounts)
        return true;
    const MountEntry *mount = mountHolding(*mounts, QFileInfo(path).canonicalFilePath());
    struct stat source { };
    if (mount && mount->source.startsWith(QLatin1String("/dev/"))
        && ::stat(QFile::encodeName(mount->source).constData(), &source) == 0 && S_ISBLK(source.st_mode))
        *device = source.st_rdev;
    return true;
}

void addDisksOf(const QString &disk, const QString &sysRoot, int depth, QStringList *disks)
{
    if (disk.isEmpty() || disks->contains(disk) || depth > kMaxDepth)
        return;
    *disks << disk;
    const QString backing = loopBackingFile(disk, sysRoot);
    dev_t device = 0;
    if (!backing.isEmpty() && deviceOfPath(backing, &device))
        addDisksOf(diskOfDevice(static_cast<int>(major(device)), static_cast<int>(minor(device)), sysRoot), sysRoot,
                   depth + 1, disks);
    const QString slaves = sysRoot + QStringLiteral("/block/") + disk + QStringLiteral("/slaves");
    for (const QString &slave : QDir(slaves).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        int slaveMajor = 0;
        int slaveMinor = 0;
        if (parseNumbers(readSysfsValue(slaves + QLatin1Char('/') + slave + QStringLiteral("/dev")), &slaveMajor,
                         &slaveMinor))
            addDisksOf(diskOfDevice(slaveMajor, slaveMinor, sysRoot), sysRoot, depth + 1, disks);
    }
}

} // namespace

QString readSysfsValue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

QString diskOfDevice(int major, int minor, const QString &sysRoot)
{
    const QString link = sysRoot + QStringLiteral("/dev/block/%1:%2").arg(major).arg(minor);
    const QString device = QFileInfo(link).canonicalFilePath();
    if (device.isEmpty())
        return {};
    // A partition is a folder inside its disk's folder and has a "partition" file.
    if (QFileInfo::exists(device + QStringLiteral("/partition")))
        return QFileInfo(QFileInfo(device).path()).fileName();
    return QFileInfo(device).fileName();
}

QString loopBackingFile(const QString &loopName, const QString &sysRoot)
{
    QString file
        = readSysfsValue(sysRoot + QStringLiteral("/block/") + loopName + QStringLiteral("/loop/backing_file"));
    if (file.endsWith(QLatin1String(" (deleted)")))
        file.chop(10);
    return file;
}

Result<QStringList> disksHolding(const QString &path, const QString &sysRoot)
{
    dev_t device = 0;
    if (!deviceOfPath(path, &device))
        return fail(ErrorCode::NotFound, Text::tr("%1 does not exist: name an existing folder.").arg(path));
    QStringList disks;
    addDisksOf(diskOfDevice(static_cast<int>(major(device)), static_cast<int>(minor(device)), sysRoot), sysRoot, 0,
               &disks);
    return disks;
}

} // namespace Semina::Devices
