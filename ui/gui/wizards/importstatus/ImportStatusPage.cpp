#include "wizards/importstatus/ImportStatusPage.h"

#include "models/ImportStatusModel.h"
#include "widgets/ErrorDialog.h"
#include "widgets/ImportJobDetails.h"
#include "wizards/importstatus/ImportStatusWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Semina::Ui {

ImportStatusPage::ImportStatusPage(ImportStatusWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ImportStatusModel(this))
    , m_view(new QTreeView(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_details(new ImportJobDetails(this))
    , m_cancel(new QPushButton(tr("&Cancel this job..."), this))
    , m_cancelRefusal(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setTitle(tr("Import status"));
    setSubTitle(tr("Where each import job and its drives stand in the import service, and the deadlines that "
                   "apply. The list refreshes every minute."));

    m_view->setObjectName(QStringLiteral("importJobs"));
    m_view->setAccessibleName(tr("Import jobs and their drives"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImportStatusModel::Name, QHeaderView::Stretch);
    m_updated->setObjectName(QStringLiteral("statusUpdated"));
    m_updated->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshStatus"));
    m_refresh->setAccessibleName(tr("Refresh the import status"));
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setAccessibleName(tr("Cancel the chosen import job"));
    m_cancelRefusal->setObjectName(QStringLiteral("cancelRefusal"));
    m_cancelRefusal->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("statusNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_updated, 1);
    top->addWidget(m_refresh);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_cancel);
    cancelRow->addWidget(m_cancelRefusal, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(cancelRow);
    layout->addWidget(m_notice);

    setTabOrder(m_refresh, m_view);
    setTabOrder(m_view, m_cancel);

    m_timer.setInterval(std::chrono::seconds(kRefreshSeconds));
    connect(&m_timer, &QTimer::timeout, this, [this]() { refresh(false); });
    connect(m_refresh, &QPushButton::clicked, this, [this]() { refresh(true); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportStatusPage::confirmCancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (const Offline::JobStatus *status = currentStatus())
            m_chosenJob = status->name();
        updateDetails();
    });
    connect(&m_runner, &JobRunner::runningChanged, this, &ImportStatusPage::updateButtons);
}

void ImportStatusPage::initializePage()
{
    m_model->setStatuses({}, QDateTime::currentDateTimeUtc());
    m_notice->clear();
    updateDetails();
    refresh(true);
    m_timer.start();
}

void ImportStatusPage::cleanupPage()
{
    m_timer.stop();
    m_runner.cancel();
}

void ImportStatusPage::refresh(bool byHand)
{
    if (m_runner.isRunning())
        return; // a refresh or a cancel is under way; its end shows the news
    m_updated->setText(tr("Asking the import service..."));
    const std::shared_ptr<ServerServices> services = m_wizard->services();
    const QString staging = m_wizard->staging;
    const QString publishSettings = m_wizard->publishSettingsFile;
    m_runner.run<QList<Offline::JobStatus>>(
        [services, staging, publishSettings](JobContext &) {
            return staging.isEmpty() ? Offline::statusOfLocalJobs(services->jobs, services->secrets)
                                     : Offline::statusOfStagedJobs(staging, services->secrets, publishSettings);
        },
        [this, byHand](Result<QList<Offline::JobStatus>> statuses) { showStatuses(std::move(statuses), byHand); });
}

void ImportStatusPage::showStatuses(Result<QList<Offline::JobStatus>> statuses, bool byHand)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!statuses) {
        m_updated->setText(tr("The import status could not be read: %1").arg(statuses.error().message));
        if (byHand && statuses.error().code != ErrorCode::Cancelled)
            showError(this, statuses.error(), tr("Import status"));
        return;
    }
    const QString chosen = m_chosenJob;
    m_model->setStatuses(std::move(*statuses), now);
    m_view->expandAll();
    QModelIndex current = m_model->indexOfJob(chosen);
    if (!current.isValid())
        current = m_model->index(0, ImportStatusModel::Name);
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_updated->setText(
        m_model->rowCount() == 0
            ? tr("No import job yet: the first backup's seed and Prepare drives create one.")
            //: %1 is a time of day
            : tr("Updated at %1.").arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat)));
    updateDetails();
}

const Offline::JobStatus *ImportStatusPage::currentStatus() const
{
    return m_model->statusAt(m_view->currentIndex());
}

void ImportStatusPage::updateDetails()
{
    m_details->showJob(currentStatus(), m_model->countedAt());
    updateButtons();
}

void ImportStatusPage::updateButtons()
{
    const Offline::JobStatus *status = currentStatus();
    const QString refusal = status ? Offline::cancelRefusal(*status) : QString();
    m_refresh->setEnabled(!m_runner.isRunning());
    m_cancel->setEnabled(status && refusal.isEmpty() && !m_runner.isRunning());
    m_cancelRefusal->setText(refusal);
}

void ImportStatusPage::confirmCancel()
{
    const Offline::JobStatus *status = currentStatus();
    if (!status || !Offline::cancelRefusal(*status).isEmpty())
        return;
    const Offline::JobTarget target = status->target;
    // open(), not exec(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the import job"),
                                tr("Cancel the import job \"%1\"? The import service stops waiting for its drives, "
                                   "which stay with you. A canceled job cannot be taken up again.")
                                    .arg(target.job),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *yes = box->addButton(tr("Cancel the &job"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmCancelYes"));
    QPushButton *no = box->addButton(tr("&Keep the job"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmCancelNo"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, target](QAbstractButton *clicked) {
        if (clicked == yes)
            cancelJob(target);
    });
    box->open();
}

void ImportStatusPage::cancelJob(const Offline::JobTarget &target)
{
    const std::shared_ptr<ServerServices> services = m_wizard->services();
    m_notice->setText(tr("Canceling the import job \"%1\"...").arg(target.job));
    const bool started = m_runner.run<Offline::ServiceJob>(
        [services, target](JobContext &) {
            return Offline::cancelImportJob(target, services->secrets, services->jobs);
        },
        [this, target](Result<Offline::ServiceJob> canceled) {
            if (canceled) {
                m_notice->setText(tr("The import job \"%1\" is canceled; its drives stay with you.").arg(target.job));
            } else {
                m_notice->setText(tr("The import job \"%1\" was not canceled.").arg(target.job));
                showError(this, canceled.error(), tr("Cancel the import job"));
            }
            refresh(false);
        });
    if (!started)
        m_notice->setText(tr("The import status is being read; cancel again in a moment."));
}

} // namespace Semina::Ui
