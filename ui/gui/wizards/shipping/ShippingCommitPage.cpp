#include "wizards/shipping/ShippingCommitPage.h"

#include "importjob/Deadlines.h"
#include "widgets/ErrorDialog.h"
#include "wizards/shipping/ShippingDetailsWizard.h"
#include "wizards/shipping/ShippingFieldsPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Semina::Ui {

// What the commit's worker brings back: the committed job, or the tracking number's problem.
struct ShippingCommitPage::Outcome {
    std::optional<Offline::CommittedShipping> committed;
    QString trackingProblem;
};

ShippingCommitPage::ShippingCommitPage(ShippingDetailsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_deadline(new QLabel(this))
    , m_stored(new QLabel(this))
    , m_next(new QLabel(this))
    , m_correct(new QPushButton(tr("C&orrect the tracking number"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    setTitle(tr("Commit the shipping details"));
    setSubTitle(tr("The details go to the import job in the import service."));
    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_deadline->setObjectName(QStringLiteral("arrivalDeadline"));
    m_stored->setObjectName(QStringLiteral("detailsStored"));
    m_next->setObjectName(QStringLiteral("commitNext"));
    for (QLabel *label : {m_status, m_deadline, m_stored, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont strong = m_deadline->font();
    strong.setBold(true);
    m_deadline->setFont(strong);
    m_busy->setObjectName(QStringLiteral("commitBusy"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Committing"));
    m_correct->setObjectName(QStringLiteral("correctTrackingNumber"));
    m_retry->setObjectName(QStringLiteral("commitRetry"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_deadline);
    layout->addWidget(m_stored);
    layout->addWidget(m_next);
    layout->addLayout(buttons);
    layout->addStretch(1);
    setFinalPage(true);

    connect(m_correct, &QPushButton::clicked, wizard, &ShippingDetailsWizard::correctTrackingNumber);
    connect(m_retry, &QPushButton::clicked, this, &ShippingCommitPage::commit);
}

void ShippingCommitPage::initializePage()
{
    commit();
}

void ShippingCommitPage::cleanupPage()
{
    m_runner.cancel();
}

void ShippingCommitPage::commit()
{
    m_wizard->committed.reset();
    m_status->setText(tr("Committing the shipping details of import job \"%1\" to %2...")
                          .arg(m_wizard->serviceJob.name(), m_wizard->service->describe()));
    m_busy->show();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_deadline, m_stored, m_next, m_correct, m_retry})
        widget->hide();
    Q_EMIT completeChanged();

    std::shared_ptr<Offline::ImportService> service = m_wizard->service;
    std::shared_ptr<ServerServices> services = m_wizard->services();
    const QString job = m_wizard->serviceJob.name();
    const Offline::ShippingDetails details = m_wizard->details;
    m_runner.run<Outcome>(
        [service, services, job, details](JobContext &) -> Result<Outcome> {
            auto committed = Offline::commitShipping(*service, job, details, services->jobs);
            if (committed)
                return Outcome{*committed, {}};
            if (committed.error().code != ErrorCode::Conflict)
                return fail(committed.error());
            // Which conflict: the tracking number (back to the field) or the job changed meanwhile.
            auto problem = Offline::trackingNumberProblem(*service, job, details.package.trackingNumber);
            if (!problem || !*problem)
                return fail(committed.error());
            return Outcome{{}, committed.error().message};
        },
        [this](Result<Outcome> result) {
            m_busy->hide();
            if (!result) {
                m_status->setText(result.error().code == ErrorCode::Cancelled
                                      ? tr("Stopped: nothing was committed; the job is still Creating.")
                                      : tr("Nothing was committed: the job is still Creating. Fix the problem, then "
                                           "try again."));
                m_retry->show();
                if (result.error().code != ErrorCode::Cancelled)
                    showError(this, result.error(), title());
                return;
            }
            showOutcome(*result);
        });
}

void ShippingCommitPage::showOutcome(const Outcome &outcome)
{
    if (!outcome.committed) {
        m_wizard->takenTrackingNumbers.insert(m_wizard->details.package.trackingNumber.trimmed().toUpper(),
                                              outcome.trackingProblem);
        m_status->setText(tr("Nothing was committed: %1").arg(outcome.trackingProblem));
        m_correct->show();
        m_correct->setFocus();
        return;
    }
    m_wizard->committed = outcome.committed;
    const Offline::ServiceJob &job = outcome.committed->job;
    ShippingFieldsPage::remember(m_wizard->details);
    m_status->setText(tr("Committed: import job \"%1\" is %2.").arg(job.name(), Offline::stateLabel(job.state)));
    m_deadline->setText(Offline::describeDeadline(Offline::deadlineFor(job), QDateTime::currentDateTimeUtc()));
    m_stored->setText(
        tr("The shipping details are stored in %1.").arg(QDir::toNativeSeparators(outcome.committed->detailsPath)));
    m_next->setText(tr("Send the package now. \"Import status\" in the main window follows the job and its "
                       "drives until the import is complete."));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_deadline, m_stored, m_next})
        widget->show();
    Q_EMIT completeChanged();
}

bool ShippingCommitPage::isComplete() const
{
    return m_wizard->committed.has_value() && !m_runner.isRunning();
}

int ShippingCommitPage::nextId() const
{
    return -1;
}

} // namespace Semina::Ui
