#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include "Workflow.h"
#include "wizards/StopConfirmation.h"
#include "wizards/preparedrives/DrivesPage.h"
#include "wizards/preparedrives/ImportJobPage.h"
#include "wizards/preparedrives/PlanPage.h"
#include "wizards/preparedrives/PreparingPage.h"
#include "wizards/preparedrives/RecoveryPasswordsPage.h"
#include "wizards/preparedrives/StagingPage.h"

namespace Semina::Ui {

PrepareDrivesWizard::PrepareDrivesWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::PrepareDrives));
    setWindowTitle(workflowTitle(Workflow::PrepareDrives));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(int(PageId::Staging), new StagingPage(this));
    setPage(int(PageId::Plan), new PlanPage(this));
    setPage(int(PageId::Drives), new DrivesPage(this));
    setPage(int(PageId::Preparing), new PreparingPage(this));
    setPage(int(PageId::RecoveryPasswords), new RecoveryPasswordsPage(m_session, this));
    auto *importJob = new ImportJobPage(m_session, this);
    setPage(int(PageId::ImportJob), importJob);
    connect(importJob, &ImportJobPage::shippingDetailsRequested, this, &PrepareDrivesWizard::shippingDetailsRequested);
    setStartId(int(PageId::Staging));
    resize(780, 600);
}

void PrepareDrivesWizard::reject()
{
    auto *preparing = static_cast<PreparingPage *>(page(int(PageId::Preparing)));
    if (!preparing->runner().isRunning()) {
        QWizard::reject();
        return;
    }
    confirmStopAndClose(this, preparing->runner(),
                        tr("A drive of the import job %1 is being written. Stop and close? Nothing is lost: open "
                           "\"Prepare drives\" on the same staging location again to go on where it stopped.")
                            .arg(seed.job),
                        [this]() { QWizard::reject(); });
}

} // namespace Semina::Ui
