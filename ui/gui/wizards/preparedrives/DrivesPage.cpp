#include "wizards/preparedrives/DrivesPage.h"

#include "wizards/preparedrives/DriveChooser.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Semina::Ui {

DrivesPage::DrivesPage(PrepareDrivesWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_introduction(new QLabel(this))
    , m_chooser(new DriveChooser(this))
{
    setTitle(tr("Drives"));
    setSubTitle(tr("Connect a drive and choose it. Each drive is encrypted with its own key."));
    m_introduction->setObjectName(QStringLiteral("drivesIntroduction"));
    m_introduction->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introduction);
    layout->addWidget(m_chooser, 1);
    connect(m_chooser, &DriveChooser::readyChanged, this, &DrivesPage::completeChanged);
}

void DrivesPage::initializePage()
{
    const Drives::StagedSeed &seed = m_wizard->seed;
    if (!seed.unfinishedDrive.isEmpty())
        m_introduction->setText(tr("Drive %1 was not finished: connect it again and choose it to continue on it.")
                                    .arg(seed.unfinishedDrive));
    else
        m_introduction->setText(
            tr("Choose drive %1 of the import job \"%2\".").arg(QLocale().toString(seed.drivesFinished + 1), seed.job));
    m_chooser->setContext(m_wizard->session().staging, seed.job);
    m_chooser->refresh();
}

bool DrivesPage::isComplete() const
{
    return m_chooser->isReady();
}

bool DrivesPage::validatePage()
{
    m_wizard->drive = m_chooser->choice();
    return !m_wizard->drive.path.isEmpty();
}

} // namespace Semina::Ui
