#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include "Workflow.h"
#include "wizards/preparedrives/DrivesPage.h"
#include "wizards/preparedrives/PlanPage.h"
#include "wizards/preparedrives/PreparingPage.h"
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
    setStartId(int(PageId::Staging));
    resize(780, 600);
}

} // namespace Semina::Ui
