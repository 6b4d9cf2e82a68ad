#include "importjob/StateTable.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Semina::Offline {

namespace {

using J = ImportJobState;
using D = DriveState;

// The job's life (DOMAIN.md): the server's own three states (seeding, seeded, drives
// prepared), then the service's. A job may be
// cancelled until its drives are received, and closed with errors once it was created; the
// station reports Received, Transferring and Packaging in order.
constexpr std::array kJobMoves{
    std::pair{J::Seeding, J::Seeded},          std::pair{J::Seeding, J::Canceled},
    std::pair{J::Seeded, J::DrivesPrepared},   std::pair{J::Seeded, J::Creating},
    std::pair{J::Seeded, J::Canceled},         std::pair{J::DrivesPrepared, J::Creating},
    std::pair{J::DrivesPrepared, J::Canceled}, std::pair{J::Creating, J::Shipping},
    std::pair{J::Creating, J::Canceled},       std::pair{J::Creating, J::Closed},
    std::pair{J::Shipping, J::Received},       std::pair{J::Shipping, J::Canceled},
    std::pair{J::Shipping, J::Closed},         std::pair{J::Received, J::Transferring},
    std::pair{J::Received, J::Closed},         std::pair{J::Transferring, J::Packaging},
    std::pair{J::Transferring, J::Completed},  std::pair{J::Transferring, J::Closed},
    std::pair{J::Packaging, J::Completed},     std::pair{J::Packaging, J::Closed},
};

// A drive's life at the station. A drive reported never received may still turn up late; one
// that could not be read at all ends as CompletedMoreInfo with its log.
constexpr std::array kDriveMoves{
    std::pair{D::Specified, D::Received},         std::pair{D::Specified, D::NeverReceived},
    std::pair{D::NeverReceived, D::Received},     std::pair{D::Received, D::Transferring},
    std::pair{D::Received, D::CompletedMoreInfo}, std::pair{D::Received, D::ShippedBack},
    std::pair{D::Transferring, D::Completed},     std::pair{D::Transferring, D::CompletedMoreInfo},
    std::pair{D::Completed, D::ShippedBack},      std::pair{D::CompletedMoreInfo, D::ShippedBack},
};

struct DriveStateNames {
    DriveState state;
    const char *name;
    const char *label;
};

constexpr std::array kDriveStates{
    DriveStateNames{D::Specified, "Specified", QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Specified")},
    DriveStateNames{D::Received, "Received", QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Received")},
    DriveStateNames{D::NeverReceived, "NeverReceived",
                    QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Never received")},
    DriveStateNames{D::Transferring, "Transferring", QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Transferring")},
    DriveStateNames{D::Completed, "Completed", QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Completed")},
    DriveStateNames{
        D::CompletedMoreInfo, "CompletedMoreInfo",
        QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Completed with errors or warnings (see its log)")},
    DriveStateNames{D::ShippedBack, "ShippedBack", QT_TRANSLATE_NOOP("Semina::Offline::DriveState", "Shipped back")},
};

template <typename Table, typename State> bool listed(const Table &table, State from, State to)
{
    return std::ranges::find(table, std::pair{from, to}) != table.end();
}

} // namespace

bool canMove(ImportJobState from, ImportJobState to)
{
    return listed(kJobMoves, from, to);
}

bool canMove(DriveState from, DriveState to)
{
    return listed(kDriveMoves, from, to);
}

std::span<const std::pair<ImportJobState, ImportJobState>> jobMoves()
{
    return kJobMoves;
}

std::span<const std::pair<DriveState, DriveState>> driveMoves()
{
    return kDriveMoves;
}

QString driveStateName(DriveState state)
{
    return QLatin1String(kDriveStates[std::size_t(state)].name);
}

std::optional<DriveState> driveStateFromName(const QString &name)
{
    for (const DriveStateNames &entry : kDriveStates) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString driveStateLabel(DriveState state)
{
    return QCoreApplication::translate("Semina::Offline::DriveState", kDriveStates[std::size_t(state)].label);
}

} // namespace Semina::Offline
