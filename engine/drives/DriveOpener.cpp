#include "drives/DriveOpener.h"

#include "core/JobContext.h"
#include "devices/DriveDiscovery.h"
#include "devices/DriveId.h"
#include "devices/VolumeFormatter.h"
#include "drives/DriveLayout.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Semina::Drives {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveOpener)
};
} // namespace

DriveOpener::DriveOpener(QString staging, qint64 sizeLimit)
    : m_staging(std::move(staging))
    , m_sizeLimit(sizeLimit)
{
}

Result<DriveTarget> DriveOpener::open(const QString &path, const FormatConfirmation &confirm, JobContext &context)
{
    auto drive = Devices::inspectDrive(path, m_staging);
    if (!drive)
        return fail(drive.error());
    if (!drive->usable())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The drive %1 cannot be used: %2")
                        .arg(path, Devices::DriveCandidate::texts(drive->refusals).join(QLatin1Char(' '))));
    if (warned)
        for (const QString &warning : Devices::DriveCandidate::texts(drive->warnings))
            warned(warning);
    if (drive->kind != Devices::CandidateKind::BlockDevice) {
        // A volume or folder keeps its id in its root (engine/devices' DriveId.h), so
        // `drives list` names it as the drive manifest does.
        auto id = Devices::assignFolderDriveId(path);
        if (!id)
            return fail(id.error());
        return DriveTarget{QFileInfo(path).absoluteFilePath(), drive->name, *id, drive->serial, m_sizeLimit};
    }
    auto semina = Devices::hasSeminaVolume(*drive);
    if (!semina)
        return fail(semina.error());
    Result<Devices::MountedVolume> mounted;
    if (*semina) {
        mounted = Devices::mountDrive(*drive, context);
    } else {
        if (!confirm || !confirm({DriveTarget{path, drive->name, {}, {}, -1}, {}, {}, 0}))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("Formatting %1 erases everything on it: confirm by typing its name "
                                 "(--confirm-format %2), or choose another drive.")
                            .arg(path, drive->name));
        if (formatting)
            formatting(path);
        mounted = Devices::formatDrive(*drive, context);
    }
    if (!mounted)
        return fail(mounted.error());
    m_mounts.push_back(std::move(*mounted));
    const Devices::MountedVolume &volume = m_mounts.back();
    return DriveTarget{volume.mountPoint(), drive->name, volume.driveId(), drive->serial, m_sizeLimit};
}

Result<QString> DriveOpener::openPrepared(const QString &path, JobContext &context)
{
    auto drive = Devices::inspectDrive(path, m_staging);
    if (!drive)
        return fail(drive.error());
    if (drive->kind != Devices::CandidateKind::BlockDevice)
        return QFileInfo(path).absoluteFilePath();
    for (const QString &mountPoint : drive->mountPoints)
        if (QFileInfo::exists(DriveLayout::headerPath(mountPoint)))
            return mountPoint;
    auto semina = Devices::hasSeminaVolume(*drive);
    if (!semina)
        return fail(semina.error());
    if (!*semina)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("%1 holds no drive prepared by Semina: name a drive that semina-cli diskprep or the "
                             "\"Prepare drives\" wizard prepared, or the folder where it is mounted.")
                        .arg(path));
    auto mounted = Devices::mountDrive(*drive, context);
    if (!mounted)
        return fail(mounted.error());
    m_mounts.push_back(std::move(*mounted));
    return m_mounts.back().mountPoint();
}

Result<> DriveOpener::release()
{
    Result<> first;
    for (Devices::MountedVolume &volume : m_mounts)
        if (auto unmounted = volume.unmount(); !unmounted && first)
            first = fail(unmounted.error());
    m_mounts.clear();
    return first;
}

Result<bool> mustErase(const Devices::DriveCandidate &drive, const QString &job)
{
    if (drive.kind == Devices::CandidateKind::BlockDevice) {
        auto semina = Devices::hasSeminaVolume(drive);
        if (!semina)
            return fail(semina.error());
        return !*semina;
    }
    auto contents = DriveLayout::inspect(drive.path);
    if (!contents)
        return fail(contents.error());
    if (!contents->foreign.isEmpty())
        return true;
    if (!contents->hasLayout)
        return false;
    const auto header = DriveLayout::readHeader(drive.path);
    return header && header->job != job;
}

} // namespace Semina::Drives
