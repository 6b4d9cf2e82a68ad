#include "wizards/initiate/EstimatePage.h"

#include "offline/OfflineFormValidator.h"
#include "offline/Seed.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace Semina::Ui {

namespace {
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
// The Import/Export service's limit per job.
constexpr int kMostDrivesPerJob = 10;
} // namespace

EstimatePage::EstimatePage(InitiateBackupWizard *wizard)
    : JobPage(wizard)
    , m_wizard(wizard)
    , m_figures(new QWidget(this))
    , m_protected(new QLabel(m_figures))
    , m_expected(new QLabel(m_figures))
    , m_free(new QLabel(m_figures))
    , m_driveSize(new QComboBox(m_figures))
    , m_drives(new QLabel(m_figures))
    , m_stop(new QLabel(this))
{
    setTitle(tr("Estimate"));
    setSubTitle(tr("What the seed will take, before anything is written."));
    m_protected->setObjectName(QStringLiteral("protectedSize"));
    m_expected->setObjectName(QStringLiteral("expectedSeedSize"));
    m_free->setObjectName(QStringLiteral("stagingFreeSpace"));
    m_driveSize->setObjectName(QStringLiteral("driveSize"));
    m_drives->setObjectName(QStringLiteral("drivesNeeded"));
    m_stop->setObjectName(QStringLiteral("spaceProblem"));
    m_stop->setWordWrap(true);
    QPalette palette = m_stop->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_stop->setPalette(palette);
    m_stop->hide();
    for (QLabel *label : {m_protected, m_expected, m_free, m_drives})
        label->setWordWrap(true);
    m_driveSize->setEditable(true);
    m_driveSize->setInsertPolicy(QComboBox::NoInsert);
    m_driveSize->addItems({QStringLiteral("1T"), QStringLiteral("2T"), QStringLiteral("4T"), QStringLiteral("8T"),
                           QStringLiteral("10T")});
    m_driveSize->setCurrentText(QStringLiteral("4T"));
    m_driveSize->setAccessibleName(tr("Shipping drive size"));

    auto *form = new QFormLayout(m_figures);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Protected size:"), m_protected);
    form->addRow(tr("Expected seed:"), m_expected);
    form->addRow(tr("Staging location:"), m_free);
    auto *driveLabel = new QLabel(tr("&Drive size:"), m_figures);
    driveLabel->setBuddy(m_driveSize);
    form->addRow(driveLabel, m_driveSize);
    form->addRow(tr("Drives needed:"), m_drives);
    m_figures->hide();
    layout()->addWidget(m_figures);
    layout()->addWidget(m_stop);
    static_cast<QBoxLayout *>(layout())->addStretch(1);

    connect(m_driveSize, &QComboBox::currentTextChanged, this, &EstimatePage::updateDrives);
}

void EstimatePage::startJob()
{
    m_figures->hide();
    m_stop->hide();
    m_spaceOk = false;
    progressPanel()->show();
    setIntroduction(tr("Reading a sample of the sources to judge how well they compress."));
    const QStringList sources = m_wizard->selection.sources;
    const QString staging = m_wizard->form.stagingLocation;
    const qint64 selected = m_wizard->selection.bytes;
    const Offline::OfflineBackupForm form = m_wizard->form;
    runJob<Outcome>(
        [sources, staging, selected, form](JobContext &context) -> Result<Outcome> {
            const auto estimate = Offline::estimateSeed(sources, {}, context);
            if (!estimate)
                return fail(estimate.error());
            // The staging location must hold the protected size (less is used thanks to
            // compression, but that is the safe margin the original asks for).
            Offline::OfflineFormValidator validator;
            // What an interrupted run of this job wrote there already is not asked for again.
            validator.setEstimatedSeedBytes(
                qMax<qint64>(0, qMin(selected, estimate->protectedBytes) - Offline::seedBytesWritten(form)));
            return Outcome{*estimate, validator.checkStagingLocation(staging)};
        },
        [this](const Outcome &outcome) { showOutcome(outcome); });
}

void EstimatePage::showOutcome(const Outcome &outcome)
{
    const Offline::SeedEstimate &estimate = outcome.estimate;
    // The selection's total leaves out the exclusions the estimate's walk cannot know.
    const qint64 protectedBytes = qMin(m_wizard->selection.bytes, estimate.protectedBytes);
    const qint64 files = qMin(m_wizard->selection.files, estimate.files);
    m_wizard->expectedSeedBytes = qint64(std::ceil(double(protectedBytes) * estimate.compressionRatio));
    m_protected->setText(
        tr("%1 in %n file(s)", nullptr, int(qMin<qint64>(files, INT_MAX))).arg(dataSize(protectedBytes)));
    m_expected->setText(tr("about %1 (a sample of %2 compresses to %3%)")
                            .arg(dataSize(m_wizard->expectedSeedBytes), dataSize(estimate.sampledBytes),
                                 QLocale().toString(estimate.compressionRatio * 100.0, 'f', 0)));
    m_spaceOk = outcome.staging.has_value();
    if (!outcome.staging) {
        m_free->setText(QDir::toNativeSeparators(m_wizard->form.stagingLocation));
        m_stop->setText(outcome.staging.error().message + QStringLiteral("\n")
                        + tr("Free some space there or go Back and choose another staging location."));
        m_stop->show();
    } else if (outcome.staging->bytesAvailable < 0) {
        m_free->setText(tr("%1: free space not known from here; it is checked while the seed is written.")
                            .arg(outcome.staging->path));
    } else {
        m_free->setText(
            tr("%1 free in %2: enough.")
                .arg(dataSize(outcome.staging->bytesAvailable), QDir::toNativeSeparators(outcome.staging->path)));
    }
    m_figures->show();
    // The figures replace the finished progress bar.
    progressPanel()->hide();
    setIntroduction({});
    updateDrives();
}

void EstimatePage::updateDrives()
{
    const auto driveBytes = Offline::parseByteSize(m_driveSize->currentText());
    m_driveSizeOk = driveBytes.has_value() && *driveBytes > 0;
    if (!m_driveSizeOk) {
        m_drives->setText(driveBytes ? tr("A drive holds more than nothing: type a size like 4T.")
                                     : driveBytes.error().message);
    } else {
        const qint64 drives = qMax<qint64>(1, (m_wizard->expectedSeedBytes + *driveBytes - 1) / *driveBytes);
        QString text = tr("%n drive(s) of %1", nullptr, int(qMin<qint64>(drives, INT_MAX))).arg(dataSize(*driveBytes));
        if (drives > kMostDrivesPerJob)
            text += QStringLiteral("\n")
                + tr("An import job takes at most %n drive(s): split the sources into several jobs.", nullptr,
                     kMostDrivesPerJob);
        m_drives->setText(text);
    }
    Q_EMIT completeChanged();
}

bool EstimatePage::isComplete() const
{
    return JobPage::isComplete() && m_spaceOk && m_driveSizeOk;
}

int EstimatePage::nextId() const
{
    return int(InitiateBackupWizard::PageId::BackUp);
}

} // namespace Semina::Ui
