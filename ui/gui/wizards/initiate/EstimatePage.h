#pragma once

#include "offline/OfflineBackupForm.h"
#include "offline/SeedEstimate.h"
#include "wizards/JobPage.h"

class QComboBox;
class QLabel;
class QWidget;

namespace Semina::Ui {

class InitiateBackupWizard;

// Before writing anything: the protected size, the expected seed, the free space in the staging
// location and the drives needed for a chosen drive size. Stops clearly when the staging
// location is too small.
class EstimatePage : public JobPage {
    Q_OBJECT

public:
    explicit EstimatePage(InitiateBackupWizard *wizard);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

protected:
    void startJob() override;

private:
    struct Outcome {
        Offline::SeedEstimate estimate;
        Result<Offline::StagingLocation> staging;
    };
    void showOutcome(const Outcome &outcome);
    void updateDrives();

    InitiateBackupWizard *m_wizard;
    QWidget *m_figures;
    QLabel *m_protected;
    QLabel *m_expected;
    QLabel *m_free;
    QComboBox *m_driveSize;
    QLabel *m_drives;
    QLabel *m_stop;
    bool m_spaceOk = false;
    bool m_driveSizeOk = true;
};

} // namespace Semina::Ui
