#pragma once

#include "drives/DrivePreparation.h"
#include "drives/PreparedDrives.h"

#include <QList>
#include <QString>

namespace Semina::Ui {

// What the pages of the "Prepare drives" wizard share, owned by the wizard and handed to each
// page: the seed being copied and what the preparation runs reported. The recovery passwords
// live here in memory only, for the page that shows them once; nothing here is written anywhere.
struct DrivesSession {
    QString staging; // the staging location chosen on the first page
    QString job; // the import job's name (the seed's folder under `staging`)
    QString jobFolder; // <staging>/<job>
    // The publish settings and subscription of the job's service: the seed's own on the source
    // computer, chosen by the technician on another computer.
    QString publishSettingsFile;
    QString subscriptionId;
    QList<Drives::FinishedDrive> finishedNow; // drives finished by this wizard's runs, in order
    QList<Drives::PreparedDrive> prepared; // every finished drive of the job, in order
};

} // namespace Semina::Ui
