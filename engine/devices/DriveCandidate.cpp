#include "devices/DriveCandidate.h"

#include <QCoreApplication>

#include <algorithm>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::DriveCandidate)
};
bool hasKey(const QList<Reason> &reasons, const QString &key)
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [&](const Reason &reason) { return reason.key == key; });
}

} // namespace

bool DriveCandidate::isRefusedFor(const QString &key) const
{
    return hasKey(refusals, key);
}

bool DriveCandidate::isWarnedFor(const QString &key) const
{
    return hasKey(warnings, key);
}

QStringList DriveCandidate::texts(const QList<Reason> &reasons)
{
    QStringList sentences;
    for (const Reason &reason : reasons)
        sentences << reason.text;
    return sentences;
}

QString kindLabel(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::BlockDevice:
        return Text::tr("block device");
    case CandidateKind::MountedVolume:
        return Text::tr("mounted volume");
    case CandidateKind::Folder:
        break;
    }
    return Text::tr("folder");
}

QString kindKey(CandidateKind kind)
{
    switch (kind) {
    case CandidateKind::BlockDevice:
        return QStringLiteral("block-device");
    case CandidateKind::MountedVolume:
        return QStringLiteral("mounted-volume");
    case CandidateKind::Folder:
        break;
    }
    return QStringLiteral("folder");
}

QString driveCountWarning(int driveCount)
{
    if (driveCount <= kMaxDrivesPerJob)
        return {};
    return Text::tr("This job uses %1 drives, but the import service takes at most %2 drives per job: "
                    "split the seed over several jobs, or use larger drives.")
        .arg(driveCount)
        .arg(kMaxDrivesPerJob);
}

} // namespace Semina::Devices
