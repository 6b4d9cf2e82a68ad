#include "wizards/importstatus/ImportStatusWizard.h"

#include "Workflow.h"
#include "wizards/importstatus/ImportStatusPage.h"
#include "wizards/importstatus/StatusSourcePage.h"

namespace Semina::Ui {

ImportStatusWizard::ImportStatusWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::ImportStatus));
    setWindowTitle(workflowTitle(Workflow::ImportStatus));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(int(PageId::Source), new StatusSourcePage(this));
    setPage(int(PageId::Status), new ImportStatusPage(this));
    setStartId(int(PageId::Source));
    resize(820, 600);
}

} // namespace Semina::Ui
