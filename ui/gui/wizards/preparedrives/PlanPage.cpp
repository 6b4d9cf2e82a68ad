#include "wizards/preparedrives/PlanPage.h"

#include "devices/DriveDiscovery.h"
#include "drives/SpanPlan.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>

namespace Semina::Ui {

namespace {
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}
} // namespace

PlanPage::PlanPage(PrepareDrivesWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_size(new QComboBox(this))
    , m_limit(new QCheckBox(tr("&Write no more than this on each drive, even on larger drives"), this))
    , m_sizeProblem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_plan(new QTreeWidget(this))
    , m_warning(new QLabel(this))
{
    setTitle(tr("Plan"));
    setSubTitle(tr("How many drives the seed needs, and what goes on each."));
    m_size->setEditable(true);
    m_size->setInsertPolicy(QComboBox::NoInsert);
    m_size->setObjectName(QStringLiteral("driveSize"));
    m_size->setAccessibleName(tr("Size of each drive"));
    m_size->lineEdit()->setPlaceholderText(tr("For example 4T or 500G"));
    auto *sizeLabel = new QLabel(tr("Drive &size:"), this);
    sizeLabel->setBuddy(m_size);
    m_limit->setObjectName(QStringLiteral("limitDriveSize"));
    m_sizeProblem->setObjectName(QStringLiteral("driveSizeProblem"));
    m_sizeProblem->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("planTable"));
    m_plan->setAccessibleName(tr("The drives of the plan"));
    m_plan->setRootIsDecorated(false);
    m_plan->setHeaderLabels({tr("Drive"), tr("Objects"), tr("Objects of the seed"), tr("Size")});
    m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warning->setObjectName(QStringLiteral("planWarning"));
    m_warning->setWordWrap(true);
    QPalette palette = m_warning->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_warning->setPalette(palette);
    m_sizeProblem->setPalette(palette);

    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    layout->addWidget(sizeLabel, 0, 0);
    layout->addWidget(m_size, 0, 1);
    layout->addWidget(m_sizeProblem, 1, 1);
    layout->addWidget(m_limit, 2, 0, 1, 2);
    layout->addWidget(m_summary, 3, 0, 1, 2);
    layout->addWidget(m_plan, 4, 0, 1, 2);
    layout->addWidget(m_warning, 5, 0, 1, 2);
    layout->setRowStretch(4, 1);

    connect(m_size, &QComboBox::currentTextChanged, this, &PlanPage::updatePlan);
}

void PlanPage::initializePage()
{
    updatePlan();
    findDrivesAtHand();
}

// The sizes of the drives plugged in now, offered in the list (lsblk runs on the worker thread).
void PlanPage::findDrivesAtHand()
{
    if (m_runner.isRunning())
        return;
    const QString staging = m_wizard->session().staging;
    m_runner.run<QList<Devices::DriveCandidate>>(
        [staging](JobContext &) { return Devices::discoverDrives(staging); },
        [this](Result<QList<Devices::DriveCandidate>> found) {
            if (!found)
                return;
            const QString typed = m_size->currentText();
            m_size->clear();
            for (const Devices::DriveCandidate &drive : *found)
                if (drive.usable() && drive.kind == Devices::CandidateKind::BlockDevice)
                    m_size->addItem(tr("%1 (%2, %3)").arg(dataSize(drive.size), drive.name, drive.model), drive.size);
            m_size->setCurrentText(typed);
        });
}

qint64 PlanPage::driveSize() const
{
    const QString text = m_size->currentText().trimmed();
    const int index = m_size->findText(text);
    if (index >= 0)
        return m_size->itemData(index).toLongLong();
    return Drives::parseDataSize(text).value_or(-1);
}

void PlanPage::updatePlan()
{
    m_plan->clear();
    m_summary->clear();
    m_warning->clear();
    m_sizeProblem->clear();
    m_sizeProblem->hide();
    m_planned = false;
    const QString text = m_size->currentText().trimmed();
    if (text.isEmpty()) {
        m_summary->setText(tr("Type the size of the drives you will use, or choose one of the drives at hand."));
        Q_EMIT completeChanged();
        return;
    }
    const qint64 bytes = driveSize();
    if (bytes <= 0) {
        const auto parsed = Drives::parseDataSize(text);
        m_sizeProblem->setText(parsed ? tr("A drive holds more than nothing: type its size, for example 4T.")
                                      : parsed.error().message);
        m_sizeProblem->show();
        Q_EMIT completeChanged();
        return;
    }
    const Drives::StagedSeed &seed = m_wizard->seed;
    // A size is all the copy needs; the plan assumes exFAT as Semina formats a drive, so a
    // drive formatted otherwise (a folder) may hold more than the plan says.
    m_planned = true;
    const auto planned = Drives::planStagedSeed(seed, bytes);
    if (!planned) {
        m_sizeProblem->setText(planned.error().message);
        m_sizeProblem->show();
        Q_EMIT completeChanged();
        return;
    }
    const QList<Offline::SeedObject> &objects = seed.seed.manifest.objects;
    m_summary->setText(tr("The seed of \"%1\" (%2 objects, %3) needs %n drive(s) of %4.", nullptr, int(planned->size()))
                           .arg(seed.job, QLocale().toString(objects.size()), dataSize(seed.seed.manifest.seedBytes()),
                                dataSize(bytes)));
    for (int i = 0; i < planned->size(); ++i) {
        const Drives::PlannedDrive &drive = planned->at(i);
        new QTreeWidgetItem(m_plan,
                            {QLocale().toString(i + 1), QLocale().toString(drive.objects()),
                             tr("%1 to %2").arg(QLocale().toString(drive.first + 1), QLocale().toString(drive.end)),
                             dataSize(drive.bytes)});
    }
    m_warning->setText(Devices::driveCountWarning(int(planned->size())));
    Q_EMIT completeChanged();
}

bool PlanPage::isComplete() const
{
    return m_planned;
}

bool PlanPage::validatePage()
{
    m_wizard->driveSizeLimit = m_limit->isChecked() ? driveSize() : -1;
    return true;
}

} // namespace Semina::Ui
