#include "wizards/JobPage.h"

#include "Icons.h"
#include "widgets/ErrorDialog.h"
#include "widgets/JobProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Semina::Ui {

JobPage::JobPage(QWidget *parent)
    : QWizardPage(parent)
    , m_introduction(new QLabel(this))
    , m_panel(new JobProgressPanel(this))
    , m_badge(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
{
    m_introduction->setWordWrap(true);
    m_introduction->hide();
    m_badge->setObjectName(QStringLiteral("jobOutcomeBadge"));
    m_badge->hide();
    m_outcome->setObjectName(QStringLiteral("jobOutcome"));
    m_outcome->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("jobRetry"));
    m_retry->hide();
    m_panel->follow(&m_runner);
    connect(m_retry, &QPushButton::clicked, this, &JobPage::startJob);

    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_badge);
    retryRow->addWidget(m_outcome, 1);
    retryRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introduction);
    layout->addWidget(m_panel, 1);
    layout->addLayout(retryRow);
}

void JobPage::initializePage()
{
    // Back then Next quickly: the cancelled run is still ending; start again once it has.
    if (m_runner.isRunning()) {
        m_restartWhenIdle = true;
        return;
    }
    startJob();
}

void JobPage::cleanupPage()
{
    // Going Back stops the job; it resumes when the page is entered again.
    m_restartWhenIdle = false;
    m_runner.cancel();
}

bool JobPage::isComplete() const
{
    return m_succeeded && !m_runner.isRunning();
}

void JobPage::runJob(std::function<Result<>(JobContext &)> job, std::function<void()> done)
{
    beginRun();
    m_runner.run<void>(std::move(job), [this, done = std::move(done)](Result<> result) {
        if (result) {
            if (done)
                done();
            endRun({});
        } else {
            endRun(result.error());
        }
    });
}

void JobPage::setIntroduction(const QString &text)
{
    m_introduction->setText(text);
    m_introduction->setVisible(!text.isEmpty());
}

void JobPage::beginRun()
{
    m_succeeded = false;
    m_panel->reset();
    m_outcome->clear();
    m_badge->hide();
    m_retry->hide();
    Q_EMIT completeChanged();
}

void JobPage::endRun(const std::optional<Error> &error)
{
    if (m_restartWhenIdle) {
        m_restartWhenIdle = false;
        startJob();
        return;
    }
    m_succeeded = !error;
    const StatusBadge badge = !error          ? StatusBadge::Done
        : error->code == ErrorCode::Cancelled ? StatusBadge::Canceled
                                              : StatusBadge::Error;
    m_badge->setPixmap(statusIcon(badge).pixmap(QSize(16, 16), devicePixelRatio()));
    m_badge->show();
    m_panel->showEnded(!error);
    if (error) {
        m_outcome->setText(error->code == ErrorCode::Cancelled
                               ? tr("Stopped. Nothing is lost: \"Try again\" continues where it stopped.")
                               : tr("This step did not finish. Fix the problem, then try again."));
        m_retry->show();
        if (error->code != ErrorCode::Cancelled)
            showError(this, *error, title());
    } else {
        m_outcome->setText(tr("Done."));
    }
    Q_EMIT completeChanged();
}

} // namespace Semina::Ui
