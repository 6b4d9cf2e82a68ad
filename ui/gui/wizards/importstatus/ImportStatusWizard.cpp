#include "wizards/importstatus/ImportStatusWizard.h"

#include "Workflow.h"
#include "wizards/importstatus/JobSourcePage.h"
#include "wizards/importstatus/JobStatusPage.h"

namespace Semina::Ui {

ImportStatusWizard::ImportStatusWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::ImportStatus));
    setWindowTitle(workflowTitle(Workflow::ImportStatus));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(int(PageId::Source), new JobSourcePage(this));
    setPage(int(PageId::Status), new JobStatusPage(this));
    setStartId(int(PageId::Source));
    resize(820, 600);
}

} // namespace Semina::Ui
