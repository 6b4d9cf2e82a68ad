#include "PlannedWorkflowWizard.h"

#include "wizards/PlannedPage.h"

namespace Semina::Ui {

PlannedWorkflowWizard::PlannedWorkflowWizard(Workflow workflow, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(workflow));
    setWindowTitle(workflowTitle(workflow));
    setWizardStyle(QWizard::ModernStyle);
    setPage(int(PageId::Overview), new PlannedPage(workflow, this));
}

} // namespace Semina::Ui
