#include "wizards/shipping/ShippingCommitPage.h"

#include "widgets/ErrorDialog.h"
#include "wizards/shipping/ShippingDetailsWizard.h"
#include "wizards/shipping/ShippingFieldsPage.h"

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
    , m_correct(new QPushButton(tr("C&orrect the tracking number"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    setTitle(tr("Commit the shipping details"));
    setSubTitle(tr("The details go to the import job in the import service."));
    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    layout->addLayout(buttons);
    layout->addStretch(1);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Commit"));

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
    m_correct->hide();
    m_retry->hide();
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
        m_status->setText(tr("%1\nNothing was committed: correct the tracking number, then commit again.")
                              .arg(outcome.trackingProblem));
        m_correct->show();
        m_correct->setFocus();
        return;
    }
    m_wizard->committed = outcome.committed;
    ShippingFieldsPage::remember(m_wizard->details);
    m_status->setText(tr("Committed."));
    Q_EMIT completeChanged();
    // Nothing to choose here: on to the result, with no way back.
    wizard()->next();
}

bool ShippingCommitPage::isComplete() const
{
    return m_wizard->committed.has_value() && !m_runner.isRunning();
}

int ShippingCommitPage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::Done);
}

} // namespace Semina::Ui
