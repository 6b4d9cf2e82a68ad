#include "wizards/preparedrives/PreparingPage.h"

#include "core/JobContext.h"
#include "devices/DriveCandidate.h"
#include "drives/DriveOpener.h"
#include "widgets/ErrorDialog.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/preparedrives/DriveChooser.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <mutex>

namespace Semina::Ui {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// The drives one run may use: the technician's choice, handed out once; when the preparation
// asks for another, the run ends (NotFound, journal intact) and the request is kept for the page.
struct DriveSupply {
    PrepareDrivesWizard::DriveChoice drive;
    bool handedOut = false;
    std::mutex mutex;
    std::optional<Drives::DriveRequest> asked;
};

} // namespace

PreparingPage::PreparingPage(PrepareDrivesWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_introduction(new QLabel(this))
    , m_driveLabel(new QLabel(this))
    , m_driveBar(new QProgressBar(this))
    , m_panel(new JobProgressPanel(this))
    , m_finished(new QTreeWidget(this))
    , m_nextRow(new QWidget(this))
    , m_nextQuestion(new QLabel(m_nextRow))
    , m_chooser(new DriveChooser(m_nextRow))
    , m_continueNext(new QPushButton(tr("&Continue on this drive"), m_nextRow))
    , m_outcome(new QLabel(this))
    , m_resume(new QPushButton(tr("C&ontinue"), this))
{
    setTitle(tr("Preparing"));
    setSubTitle(tr("Each drive is encrypted, filled with the seed and read back to check every object."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_introduction->setObjectName(QStringLiteral("preparingIntroduction"));
    m_introduction->setWordWrap(true);
    m_panel->follow(&m_runner);
    m_driveLabel->setObjectName(QStringLiteral("driveProgressLabel"));
    m_driveBar->setObjectName(QStringLiteral("driveProgress"));
    m_driveBar->setAccessibleName(tr("Progress of this drive"));
    m_driveBar->setRange(0, 1000);
    m_driveBar->setTextVisible(false);
    m_driveLabel->setBuddy(m_driveBar);
    m_driveLabel->hide();
    m_driveBar->hide();
    m_finished->setObjectName(QStringLiteral("finishedDrives"));
    m_finished->setAccessibleName(tr("Drives finished"));
    m_finished->setRootIsDecorated(false);
    m_finished->setHeaderLabels({tr("Drive"), tr("Name"), tr("Drive id"), tr("Objects"), tr("Size")});
    m_finished->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_finished->setMaximumHeight(6 * m_finished->fontMetrics().lineSpacing());
    m_finished->hide();
    m_nextQuestion->setObjectName(QStringLiteral("nextDriveQuestion"));
    m_nextQuestion->setWordWrap(true);
    QFont bold = m_nextQuestion->font();
    bold.setBold(true);
    m_nextQuestion->setFont(bold);
    m_chooser->setObjectName(QStringLiteral("nextDriveChooser"));
    m_continueNext->setObjectName(QStringLiteral("continueOnNextDrive"));
    m_continueNext->setEnabled(false);
    auto *nextLayout = new QVBoxLayout(m_nextRow);
    nextLayout->setContentsMargins(0, 0, 0, 0);
    nextLayout->addWidget(m_nextQuestion);
    nextLayout->addWidget(m_chooser, 1);
    nextLayout->addWidget(m_continueNext, 0, Qt::AlignRight);
    m_nextRow->setObjectName(QStringLiteral("nextDriveRow"));
    m_nextRow->hide();
    m_outcome->setObjectName(QStringLiteral("preparingOutcome"));
    m_outcome->setWordWrap(true);
    m_resume->setObjectName(QStringLiteral("resumePreparing"));
    m_resume->setAccessibleName(tr("Continue preparing the drive"));
    m_resume->hide();

    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introduction);
    layout->addWidget(m_driveLabel);
    layout->addWidget(m_driveBar);
    layout->addWidget(m_panel);
    layout->addWidget(m_finished);
    layout->addWidget(m_nextRow, 1);
    // Keeps the figures together at the top while the next drive is not asked for.
    layout->addStretch(1);
    layout->addLayout(outcomeRow);

    connect(m_chooser, &DriveChooser::readyChanged, this,
            [this]() { m_continueNext->setEnabled(m_chooser->isReady() && !m_runner.isRunning()); });
    connect(m_continueNext, &QPushButton::clicked, this, &PreparingPage::continueOnNextDrive);
    connect(m_resume, &QPushButton::clicked, this, &PreparingPage::startRun);
}

void PreparingPage::initializePage()
{
    // Back then Next quickly: the stopped run is still ending; start again once it has.
    if (m_runner.isRunning()) {
        m_restartWhenIdle = true;
        return;
    }
    if (!m_started)
        startRun();
}

void PreparingPage::cleanupPage()
{
    // Back stops the copy; the journal keeps it, the next run continues.
    m_restartWhenIdle = false;
    m_runner.cancel();
    m_started = false;
}

bool PreparingPage::isComplete() const
{
    return m_succeeded && !m_runner.isRunning();
}

void PreparingPage::startRun()
{
    m_started = true;
    m_succeeded = false;
    m_nextRow->hide();
    setFillerStretch(1);
    m_resume->hide();
    m_outcome->clear();
    m_panel->reset();
    if (m_wizard->drive.path.isEmpty())
        m_introduction->setText(tr("Every drive of \"%1\" is prepared already: the journal and the record for the "
                                   "import job are checked.")
                                    .arg(m_wizard->seed.job));
    else
        m_introduction->setText(tr("Copying the seed of \"%1\" onto %2. Stop ends the copy cleanly: everything done "
                                   "so far is kept in the journal, and Continue goes on from there.")
                                    .arg(m_wizard->seed.job, QDir::toNativeSeparators(m_wizard->drive.path)));
    Q_EMIT completeChanged();

    auto supply = std::make_shared<DriveSupply>();
    supply->drive = m_wizard->drive;
    Drives::PreparationRequest request;
    const Drives::StagedSeed &seed = m_wizard->seed;
    request.jobFolder = seed.jobFolder;
    request.seed = seed.seed;
    request.seedManifestSha256 = seed.manifestSha256;
    request.scrypt = m_wizard->scrypt;
    request.afterWrite = m_wizard->afterWriteForTests;
    request.confirmFormat = [choice = supply->drive](const Drives::FormatQuestion &question) {
        return choice.eraseConfirmed && question.drive.name == choice.name;
    };
    QPointer<PreparingPage> page(this);
    request.driveFinished = [page](const Drives::FinishedDrive &finished) {
        // On the worker thread: the page records it on the GUI thread.
        QMetaObject::invokeMethod(
            page.data(),
            [page, finished]() {
                if (page)
                    page->driveFinished(finished);
            },
            Qt::QueuedConnection);
    };
    request.driveProgress = [page](const Drives::DriveProgress &progress) {
        QMetaObject::invokeMethod(
            page.data(),
            [page, progress]() {
                if (page)
                    page->showDriveProgress(progress);
            },
            Qt::QueuedConnection);
    };
    const QString staging = m_wizard->session().staging;
    const qint64 limit = m_wizard->driveSizeLimit;
    std::shared_ptr<ServerServices> services = m_wizard->services();
    m_runner.run<Drives::PreparationResult>(
        [request, supply, staging, limit, services](JobContext &context) mutable -> Result<Drives::PreparationResult> {
            Drives::DriveOpener opener(staging, limit);
            // The drive's warnings were shown when it was chosen (DriveChooser).
            request.nextDrive = [supply, &opener, &context, confirm = request.confirmFormat](
                                    const Drives::DriveRequest &asked) -> Result<Drives::DriveTarget> {
                // The chosen drive was refused as it was (files on it since it was chosen, its
                // erase not confirmed): the run ends, and the page asks for a drive again.
                {
                    const std::lock_guard lock(supply->mutex);
                    if (asked.refused) {
                        supply->asked = asked;
                        return fail(*asked.refused);
                    }
                    if (supply->handedOut || supply->drive.path.isEmpty()) {
                        supply->asked = asked;
                        return fail(ErrorCode::NotFound, tr("Drive %1 of the job is needed.").arg(asked.sequence));
                    }
                    supply->handedOut = true;
                }
                return opener.open(supply->drive.path, confirm, context);
            };
            const bool signs = services->identity.load().has_value();
            auto prepared = Drives::prepareDrives(
                request, {&services->secrets, signs ? &services->identity : nullptr, &services->jobs}, context);
            if (auto released = opener.release(); !released && prepared)
                return fail(released.error());
            return prepared;
        },
        [this, supply](Result<Drives::PreparationResult> result) {
            std::optional<Drives::DriveRequest> asked;
            {
                const std::lock_guard lock(supply->mutex);
                asked = supply->asked;
            }
            runEnded(result, asked);
        });
}

void PreparingPage::driveFinished(const Drives::FinishedDrive &finished)
{
    m_wizard->session().finishedNow << finished;
    const Drives::PreparedDrive &drive = finished.drive;
    new QTreeWidgetItem(m_finished,
                        {QLocale().toString(drive.sequence), finished.name, drive.driveId,
                         QLocale().toString(drive.objects), dataSize(drive.bytes)});
    m_finished->show();
}

void PreparingPage::showDriveProgress(const Drives::DriveProgress &progress)
{
    const qint64 whole = progress.written + progress.toGo;
    m_driveLabel->setText(tr("Drive %1 (%2): %3 written, %4 to go")
                              .arg(QLocale().toString(progress.sequence), progress.name, dataSize(progress.written),
                                   dataSize(progress.toGo)));
    m_driveBar->setValue(whole > 0 ? int(progress.written * 1000 / whole) : 0);
    m_driveLabel->show();
    m_driveBar->show();
}

void PreparingPage::runEnded(const Result<Drives::PreparationResult> &result,
                             const std::optional<Drives::DriveRequest> &asked)
{
    if (m_restartWhenIdle) {
        m_restartWhenIdle = false;
        startRun();
        return;
    }
    if (result) {
        m_panel->showEnded(true);
        // The last drive's own bar stopped at its last report; the whole seed's says it all now.
        m_driveLabel->hide();
        m_driveBar->hide();
        m_wizard->session().prepared = result->drives;
        m_succeeded = true;
        QString text = tr("The seed of \"%1\" is on %n drive(s), every object read back and checked.", nullptr,
                          int(result->drives.size()))
                           .arg(result->job);
        if (const QString warning = Devices::driveCountWarning(int(result->drives.size())); !warning.isEmpty())
            text += QLatin1Char(' ') + warning;
        m_outcome->setText(text);
        Q_EMIT completeChanged();
        return;
    }
    m_panel->showEnded(false);
    const Error &error = result.error();
    if (asked && (error.code == ErrorCode::NotFound || asked->refused)) {
        askForNextDrive(*asked);
    } else if (error.code == ErrorCode::Cancelled) {
        m_outcome->setText(tr("Stopped. Nothing is lost: Continue goes on where it stopped, now or later from "
                              "\"Prepare drives\" on the same staging location."));
        m_resume->show();
    } else {
        m_outcome->setText(tr("The copy did not finish. Fix the problem, then continue: the journal keeps "
                              "everything done so far."));
        m_resume->show();
        showError(this, error, title());
    }
    Q_EMIT completeChanged();
}

void PreparingPage::askForNextDrive(const Drives::DriveRequest &asked)
{
    QString question;
    if (asked.refused)
        question = tr("The drive chosen was not used: it holds files Semina did not write, or another job's drive, "
                      "and erasing them was not confirmed. Choose it again to confirm the erase, or choose another "
                      "drive.")
            + QLatin1Char(' ');
    if (asked.previousFull)
        question = tr("Drive %1 is full and finished: disconnect it.").arg(QLocale().toString(asked.sequence - 1))
            + QLatin1Char(' ');
    if (!asked.reconnectName.isEmpty())
        question += tr("Drive %1 was not finished: connect it again and choose it to continue on it.")
                        .arg(asked.reconnectName);
    else
        question += tr("Insert the next drive (drive %1 of the job) and choose it: %n object(s) (%2) still to copy.",
                       nullptr, int(asked.objectsLeft))
                        .arg(QLocale().toString(asked.sequence), dataSize(asked.bytesLeft));
    // The import service's limit: drive 11 and more draw the warning as the plan did.
    if (const QString warning = Devices::driveCountWarning(asked.sequence); !warning.isEmpty())
        question += QLatin1Char(' ') + warning;
    m_introduction->setText(tr("The copy of \"%1\" waits for the next drive; everything done so far is kept in the "
                               "journal.")
                                .arg(m_wizard->seed.job));
    m_nextQuestion->setText(question);
    m_chooser->setContext(m_wizard->session().staging, m_wizard->seed.job);
    m_chooser->refresh();
    m_nextRow->show();
    setFillerStretch(0);
    m_continueNext->setEnabled(m_chooser->isReady());
}

void PreparingPage::setFillerStretch(int stretch)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->setStretch(box->count() - 2, stretch);
}

void PreparingPage::continueOnNextDrive()
{
    if (!m_chooser->isReady() || m_runner.isRunning())
        return;
    m_wizard->drive = m_chooser->choice();
    startRun();
}

} // namespace Semina::Ui
