#pragma once

#include "Workflow.h"
#include "importjob/ImportJob.h"

#include <QIcon>

namespace Semina::Ui {

// The badges of job and drive states: one small set, coloured discs with a white sign, readable
// on light and dark themes alike.
enum class StatusBadge {
    Pending, // waiting for someone: Creating, a drive Specified
    Working, // Seeding, Transferring, Packaging
    Shipping, // Shipping, a drive ShippedBack
    Received, // Received
    Done, // Seeded, Completed
    Warning, // a drive CompletedMoreInfo
    Error, // Closed, a drive NeverReceived
    Canceled, // Canceled
};

// Semina's icons (resources/icons, embedded under :/icons/). Each is looked up in the desktop's
// icon theme first, under the freedesktop name where the naming specification has one
// ("dialog-error") and under Semina's own name otherwise ("semina-prepare-server"), so a theme
// may restyle them; Semina's own drawing is the fallback.
QIcon applicationIcon();
QIcon workflowIcon(Workflow workflow);
QIcon statusIcon(StatusBadge badge);
QIcon jobStateIcon(Offline::ImportJobState state);
StatusBadge badgeFor(Offline::ImportJobState state);

} // namespace Semina::Ui
