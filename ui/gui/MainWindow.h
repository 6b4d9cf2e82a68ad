#pragma once

#include "Workflow.h"
#include "core/JobRunner.h"
#include "importjob/JobStanding.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <QWizard>

class QLabel;

namespace Semina::Ui {

struct ServerServices;

// Lists the six workflows; each opens its wizard. Only one wizard is open at a time. Under each
// workflow, where the jobs that wait on it stand ("files-2026: 3 drives prepared, waiting for
// shipping details; 9 days left"), computed by the engine off the GUI thread and refreshed when
// a wizard closes and every few minutes.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The wizard opened last, while it is open (for tests and screenshots).
    [[nodiscard]] QWizard *currentWizard() const { return m_wizard; }

    static constexpr int kStandingsRefreshSeconds = 120;

    // The line under a workflow (empty while no job waits on it).
    [[nodiscard]] QString standingText(Workflow workflow) const;
    [[nodiscard]] bool refreshingStandings() const { return m_standingsRunner.isRunning() || m_refreshAgain; }

public Q_SLOTS:
    QWizard *openWorkflow(Semina::Ui::Workflow workflow, const QString &job = {});
    // Computes the jobs' standings again, on a worker thread.
    void refreshStandings();

Q_SIGNALS:
    // The lines under the workflows were updated.
    void standingsRefreshed();

private:
    void showAbout();
    void showStandings(const QList<Offline::JobStanding> &standings);

    QPointer<QWizard> m_wizard;
    QHash<Workflow, QLabel *> m_standingLabels;
    std::shared_ptr<ServerServices> m_services;
    JobRunner m_standingsRunner;
    QTimer m_standingsTimer;
    bool m_refreshAgain = false; // asked while a refresh ran
};

} // namespace Semina::Ui
