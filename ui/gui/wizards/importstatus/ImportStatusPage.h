#pragma once

#include "core/JobRunner.h"
#include "importjob/JobStatus.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeView;

namespace Semina::Ui {

class ImportJobDetails;
class ImportStatusModel;
class ImportStatusWizard;

// The jobs and their drives as the import service has them, with the chosen job's deadline,
// shipping details and logs. Refreshed on entering the page, every minute while it is shown
// and with Refresh; every service call runs on the JobRunner (the service may be Azure, and
// slow). Cancel asks first, and is refused with the reason when the state table forbids it.
class ImportStatusPage : public QWizardPage {
    Q_OBJECT

public:
    static constexpr int kRefreshSeconds = 60;

    explicit ImportStatusPage(ImportStatusWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;

    [[nodiscard]] ImportStatusModel *model() const { return m_model; }
    [[nodiscard]] JobRunner &runner() { return m_runner; }
    // The timer's period (tests shorten it).
    void setRefreshInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

public Q_SLOTS:
    // Asks the service again; `byHand` shows a failure in the error dialog too.
    void refresh(bool byHand = true);

private:
    void showStatuses(Result<QList<Offline::JobStatus>> statuses, bool byHand);
    void updateDetails();
    void updateButtons();
    void confirmCancel();
    void cancelJob(const Offline::JobTarget &target);
    [[nodiscard]] const Offline::JobStatus *currentStatus() const;

    ImportStatusWizard *m_wizard;
    ImportStatusModel *m_model;
    QTreeView *m_view;
    QLabel *m_updated;
    QPushButton *m_refresh;
    ImportJobDetails *m_details;
    QPushButton *m_cancel;
    QLabel *m_cancelRefusal;
    QLabel *m_notice;
    JobRunner m_runner;
    QTimer m_timer;
    QString m_chosenJob; // kept chosen across refreshes
};

} // namespace Semina::Ui
