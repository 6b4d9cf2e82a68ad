#include "LoopImage.h"

#include "devices/MountTable.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace Semina::Test {

QByteArray runProgram(const QString &program, const QStringList &arguments, bool *ok, QByteArray *errors)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

QString loopDevicesUnavailable()
{
    if (::geteuid() != 0)
        return QStringLiteral("loop devices need root; run the tests as root to format real block devices");
    for (const char *program : {"losetup", "sfdisk", "mkfs.exfat", "blkid"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()
            && QStandardPaths::findExecutable(QString::fromLatin1(program),
                                              {QStringLiteral("/sbin"), QStringLiteral("/usr/sbin")})
                   .isEmpty())
            return QStringLiteral("%1 is not installed (tools/packages.sh lists its package)")
                .arg(QString::fromLatin1(program));
    }
    bool ok = false;
    runProgram(QStringLiteral("losetup"), {QStringLiteral("--find")}, &ok);
    if (!ok)
        return QStringLiteral("losetup --find found no free loop device (modprobe loop)");
    return {};
}

QStringList loopsMapping(const QString &device)
{
    QStringList loops;
    const QDir block(QStringLiteral("/sys/block"));
    for (const QString &name : block.entryList({QStringLiteral("loop*")}, QDir::Dirs | QDir::System)) {
        QFile backing(block.filePath(name) + QStringLiteral("/loop/backing_file"));
        if (backing.open(QIODevice::ReadOnly) && QString::fromUtf8(backing.readAll()).trimmed() == device)
            loops << QStringLiteral("/dev/") + name;
    }
    return loops;
}

LoopImage::LoopImage(const QString &folder, qint64 size)
    : m_image(QDir(folder).filePath(QStringLiteral("drive-%1.img").arg(size)))
{
    QFile file(m_image);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        return;
    file.close();
    bool ok = false;
    const QByteArray device
        = runProgram(QStringLiteral("losetup"), {QStringLiteral("--find"), QStringLiteral("--show"), m_image}, &ok);
    if (ok)
        m_device = QString::fromUtf8(device).trimmed();
}

LoopImage::~LoopImage()
{
    if (m_device.isEmpty())
        return;
    const QStringList devices = QStringList{m_device} + loopsMapping(m_device);
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    if (mountInfo.open(QIODevice::ReadOnly)) {
        for (const Devices::MountEntry &mount : Devices::parseMountInfo(mountInfo.readAll())) {
            if (devices.contains(mount.source))
                runProgram(QStringLiteral("umount"), {mount.mountPoint});
        }
    }
    for (const QString &loop : loopsMapping(m_device))
        runProgram(QStringLiteral("losetup"), {QStringLiteral("--detach"), loop});
    runProgram(QStringLiteral("losetup"), {QStringLiteral("--detach"), m_device});
}

} // namespace Semina::Test
