#pragma once

#include "crypto/Kdf.h"
#include "drives/StagedSeeds.h"
#include "wizards/ServerServices.h"
#include "wizards/preparedrives/DrivesSession.h"

#include <QWizard>

#include <functional>

namespace Semina::Ui {

// "Prepare drives", at the copy computer (the original's disk-prep prompts): the staging
// location and its seed, the plan, the drive, then the copy onto encrypted drives on the worker
// thread, drive after drive (stopped or interrupted, a new wizard on the same staging location
// continues from the journal), the recovery passwords shown once, and the import job created.
class PrepareDrivesWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Staging, Plan, Drives, Preparing, RecoveryPasswords, ImportJob };

    // What the technician chose for the next drive on the Drives page (or when the preparation
    // asked for one more).
    struct DriveChoice {
        QString path; // "/dev/sdb", a mount point or a folder
        QString name; // what the technician typed to confirm erasing it, when it had to be
        bool eraseConfirmed = false;
    };

    explicit PrepareDrivesWizard(QWidget *parent = nullptr);

    [[nodiscard]] DrivesSession &session() { return m_session; }
    [[nodiscard]] const std::shared_ptr<ServerServices> &services() const { return m_services; }

    Drives::StagedSeed seed; // chosen on the Staging page, signature checked
    qint64 driveSizeLimit = -1; // write at most this much on each drive (Plan page); -1: all of it
    DriveChoice drive; // the drive the next run starts on

    // Tests only: the recovery passwords' scrypt parameters and a hook called on the worker
    // thread after each object is written (PreparationRequest::afterWrite).
    Crypto::ScryptParameters scrypt;
    std::function<void(const QString &path)> afterWriteForTests;

    // Cancel while a drive is being written asks first; stopping keeps the journal to continue later.
    void reject() override;

    // The settings key of the last staging location the technician chose.
    static constexpr char kStagingSetting[] = "technician/stagingLocation";

Q_SIGNALS:
    // The technician chose "Enter the shipping details now" on the last page and finished.
    void shippingDetailsRequested(const QString &job);

private:
    DrivesSession m_session;
    std::shared_ptr<ServerServices> m_services = ServerServices::create();
};

} // namespace Semina::Ui
