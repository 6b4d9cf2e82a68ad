#include "MainWindow.h"

#include "Icons.h"
#include "UiLogging.h"
#include "desktop/DeadlineAnnouncer.h"
#include "desktop/DesktopNotifier.h"
#include "wizards/ServerServices.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWizard>

namespace Semina::Ui {

namespace {

Workflow workflowOf(Offline::NextStep step)
{
    switch (step) {
    case Offline::NextStep::InitiateBackup:
        return Workflow::InitiateBackup;
    case Offline::NextStep::PrepareDrives:
        return Workflow::PrepareDrives;
    case Offline::NextStep::ShippingDetails:
        return Workflow::ShippingDetails;
    case Offline::NextStep::ImportStatus:
        return Workflow::ImportStatus;
    case Offline::NextStep::FinishRestore:
        return Workflow::FinishRestore;
    }
    return Workflow::ImportStatus;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_services(ServerServices::create())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Semina"));
    setWindowIcon(applicationIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *heading
        = new QLabel(tr("Seed the first backup on encrypted drives, then keep it current over the network."), central);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    int number = 1;
    for (const Workflow workflow : allWorkflows()) {
        //: %1 is the step number, %2 the workflow's name
        auto *button = new QCommandLinkButton(tr("%1. %2").arg(number++).arg(workflowTitle(workflow)),
                                              workflowSummary(workflow), central);
        button->setObjectName(QStringLiteral("workflow-") + workflowId(workflow));
        button->setAccessibleName(workflowTitle(workflow));
        button->setIcon(workflowIcon(workflow));
        button->setIconSize(QSize(32, 32));
        connect(button, &QCommandLinkButton::clicked, this, [this, workflow]() { openWorkflow(workflow); });
        auto *entry = new QVBoxLayout;
        entry->setSpacing(0);
        entry->addWidget(button);
        auto *standing = new QLabel(central);
        standing->setObjectName(QStringLiteral("standing-") + workflowId(workflow));
        standing->setAccessibleName(tr("Where %1 stands").arg(workflowTitle(workflow)));
        standing->setWordWrap(true);
        standing->setTextFormat(Qt::PlainText);
        standing->setTextInteractionFlags(Qt::TextSelectableByMouse);
        standing->setContentsMargins(46, 0, 0, 6); // under the button's text, past its icon
        QFont italic = standing->font();
        italic.setItalic(true);
        standing->setFont(italic);
        standing->hide();
        m_standingLabels.insert(workflow, standing);
        entry->addWidget(standing);
        layout->addLayout(entry);
    }
    layout->addStretch();
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Semina"), this, &MainWindow::showAbout);

    resize(660, 520);

    connect(&m_standingsTimer, &QTimer::timeout, this, &MainWindow::refreshStandings);
    m_standingsTimer.start(std::chrono::seconds(kStandingsRefreshSeconds));
    refreshStandings();
}

QString MainWindow::standingText(Workflow workflow) const
{
    const QLabel *label = m_standingLabels.value(workflow);
    return label ? label->text() : QString();
}

void MainWindow::refreshStandings()
{
    if (m_standingsRunner.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const std::shared_ptr<ServerServices> services = m_services;
    m_standingsRunner.run<QList<Offline::JobStanding>>(
        [services](JobContext &) -> Result<QList<Offline::JobStanding>> {
            auto statuses = Offline::statusOfLocalJobs(services->jobs, services->secrets, false);
            if (!statuses)
                return fail(statuses.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // The deadlines that are near, told to the desktop too (once a day each).
            Desktop::DesktopNotifier notifier;
            Desktop::DeadlineAnnouncer().announce(*statuses, notifier, now);
            return Offline::standingsOf(*statuses, now);
        },
        [this](Result<QList<Offline::JobStanding>> standings) {
            if (standings)
                showStandings(*standings);
            else
                qCWarning(lcUiWizard) << "the jobs' standings could not be read:" << standings.error().message;
            if (std::exchange(m_refreshAgain, false))
                refreshStandings();
            else
                Q_EMIT standingsRefreshed();
        });
}

void MainWindow::showStandings(const QList<Offline::JobStanding> &standings)
{
    QHash<Workflow, QStringList> lines;
    for (const Offline::JobStanding &standing : standings)
        lines[workflowOf(standing.step)] << standing.text;
    for (auto it = m_standingLabels.cbegin(); it != m_standingLabels.cend(); ++it) {
        const QString text = lines.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

QWizard *MainWindow::openWorkflow(Workflow workflow, const QString &job)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    qCDebug(lcUiWizard) << "opening the workflow" << workflowId(workflow);
    m_wizard = createWizard(workflow, this, job);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    // What the wizard did shows under the workflows as soon as it closes.
    connect(m_wizard, &QDialog::finished, this, &MainWindow::refreshStandings);
    // "Enter the shipping details now" at the end of Prepare drives: Shipping details opens on
    // that job once the Prepare drives wizard is gone.
    if (auto *prepare = qobject_cast<PrepareDrivesWizard *>(m_wizard.data()))
        connect(prepare, &PrepareDrivesWizard::shippingDetailsRequested, this, [this, prepare](const QString &created) {
            // Queued: while `destroyed` is emitted the old wizard is still the current one.
            connect(
                prepare, &QObject::destroyed, this,
                [this, created]() { openWorkflow(Workflow::ShippingDetails, created); }, Qt::QueuedConnection);
        });
    m_wizard->show();
    return m_wizard;
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop.
    auto *about
        = new QMessageBox(QMessageBox::NoIcon, tr("About Semina"),
                          tr("<p><b>Semina %1</b></p><p>Seeds a large first backup by shipping encrypted drives, then "
                             "keeps the backup current over the network.</p>")
                              .arg(QStringLiteral(SEMINA_VERSION)),
                          QMessageBox::Ok, this);
    about->setObjectName(QStringLiteral("aboutBox"));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setIconPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    about->open();
}

} // namespace Semina::Ui
