#pragma once

#include "importjob/ImportJob.h"

#include <QString>

#include <optional>
#include <span>
#include <utility>

namespace Semina::Offline {

// Where one shipped drive stands at the receiving station (DOMAIN.md, "Drive states").
enum class DriveState {
    Specified, // named in the job, not yet at the station
    Received,
    NeverReceived, // the job ended without this drive
    Transferring,
    Completed,
    CompletedMoreInfo, // finished with errors or warnings: see its log
    ShippedBack,
};

QString driveStateName(DriveState state);
std::optional<DriveState> driveStateFromName(const QString &name);
QString driveStateLabel(DriveState state);

// Every legal move of a job and of a drive, in one table each (StateTable.cpp): what is not
// listed there is refused. canMove(ImportJobState, ImportJobState) is declared in ImportJob.h.
bool canMove(DriveState from, DriveState to);

// The tables themselves, for tests and documentation.
std::span<const std::pair<ImportJobState, ImportJobState>> jobMoves();
std::span<const std::pair<DriveState, DriveState>> driveMoves();

} // namespace Semina::Offline
