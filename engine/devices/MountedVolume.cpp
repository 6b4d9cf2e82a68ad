#include "devices/MountedVolume.h"

#include "devices/VolumeSteps.h"

#include <QDir>
#include <QLoggingCategory>

namespace Semina::Devices {

namespace {
Q_LOGGING_CATEGORY(lcDevices, "semina.engine.devices")
}

MountedVolume::MountedVolume(QString devicePath, QString partitionPath, QString helperLoop, QString mountPoint,
                             QString fsDriver, QString driveId, QString label)
    : m_devicePath(std::move(devicePath))
    , m_partitionPath(std::move(partitionPath))
    , m_helperLoop(std::move(helperLoop))
    , m_mountPoint(std::move(mountPoint))
    , m_fsDriver(std::move(fsDriver))
    , m_driveId(std::move(driveId))
    , m_label(std::move(label))
{
}

MountedVolume::~MountedVolume()
{
    if (auto released = unmount(); !released)
        qCWarning(lcDevices).noquote() << released.error().message << released.error().details;
}

MountedVolume::MountedVolume(MountedVolume &&other) noexcept
    : m_devicePath(std::exchange(other.m_devicePath, {}))
    , m_partitionPath(std::exchange(other.m_partitionPath, {}))
    , m_helperLoop(std::exchange(other.m_helperLoop, {}))
    , m_mountPoint(std::exchange(other.m_mountPoint, {}))
    , m_fsDriver(std::exchange(other.m_fsDriver, {}))
    , m_driveId(std::exchange(other.m_driveId, {}))
    , m_label(std::exchange(other.m_label, {}))
{
}

MountedVolume &MountedVolume::operator=(MountedVolume &&other) noexcept
{
    if (this != &other) {
        if (auto released = unmount(); !released)
            qCWarning(lcDevices).noquote() << released.error().message << released.error().details;
        m_devicePath = std::exchange(other.m_devicePath, {});
        m_partitionPath = std::exchange(other.m_partitionPath, {});
        m_helperLoop = std::exchange(other.m_helperLoop, {});
        m_mountPoint = std::exchange(other.m_mountPoint, {});
        m_fsDriver = std::exchange(other.m_fsDriver, {});
        m_driveId = std::exchange(other.m_driveId, {});
        m_label = std::exchange(other.m_label, {});
    }
    return *this;
}

Result<> MountedVolume::unmount()
{
    if (m_mountPoint.isEmpty())
        return {};
    if (auto unmounted = unmountFolder(m_devicePath, m_mountPoint); !unmounted)
        return unmounted; // still mounted: keep everything so that a second call may succeed
    QDir().rmdir(m_mountPoint);
    m_mountPoint.clear();
    if (!m_helperLoop.isEmpty()) {
        const QString loop = std::exchange(m_helperLoop, {});
        if (auto detached = detachLoop(loop); !detached)
            return detached;
    }
    return {};
}

} // namespace Semina::Devices
