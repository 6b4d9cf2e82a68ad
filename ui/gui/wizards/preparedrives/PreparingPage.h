#pragma once

#include "core/JobRunner.h"
#include "drives/DrivePreparation.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Semina::Ui {

class DriveChooser;
class JobProgressPanel;
class PrepareDrivesWizard;

// "Preparing": the copy onto the chosen drive on the worker thread (Drives::prepareDrives), with
// the current drive and the whole seed's progress, rate, time left and current object. When the
// drive is full the run ends with the journal intact and the page asks for the next drive (the
// drive list, then "Continue on this drive" runs again from the journal): the worker never waits
// on the technician. Stop ends the run cleanly; Continue, or a new wizard on the same staging
// location, goes on from the journal.
class PreparingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PreparingPage(PrepareDrivesWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] JobRunner &runner() { return m_runner; }

private:
    void startRun();
    void runEnded(const Result<Drives::PreparationResult> &result, const std::optional<Drives::DriveRequest> &asked);
    void driveFinished(const Drives::FinishedDrive &finished);
    void showDriveProgress(const Drives::DriveProgress &progress);
    void askForNextDrive(const Drives::DriveRequest &asked);
    void continueOnNextDrive();
    void setFillerStretch(int stretch);

    PrepareDrivesWizard *m_wizard;
    JobRunner m_runner;
    QLabel *m_introduction;
    QLabel *m_driveLabel;
    QProgressBar *m_driveBar;
    JobProgressPanel *m_panel;
    QTreeWidget *m_finished;
    QWidget *m_nextRow;
    QLabel *m_nextQuestion;
    DriveChooser *m_chooser;
    QPushButton *m_continueNext;
    QLabel *m_outcome;
    QPushButton *m_resume;
    bool m_succeeded = false;
    bool m_started = false;
    bool m_restartWhenIdle = false;
};

} // namespace Semina::Ui
