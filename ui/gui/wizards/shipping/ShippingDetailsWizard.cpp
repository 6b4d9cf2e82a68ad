#include "wizards/shipping/ShippingDetailsWizard.h"

#include "Workflow.h"
#include "wizards/shipping/PackagePage.h"
#include "wizards/shipping/ReturnAddressPage.h"
#include "wizards/shipping/ReturnShippingPage.h"
#include "wizards/shipping/ShippingCommitPage.h"
#include "wizards/shipping/ShippingDonePage.h"
#include "wizards/shipping/ShippingJobPage.h"
#include "wizards/shipping/ShippingReviewPage.h"

namespace Semina::Ui {

ShippingDetailsWizard::ShippingDetailsWizard(QWidget *parent, const QString &job)
    : QWizard(parent)
    , m_preselectedJob(job)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::ShippingDetails));
    setWindowTitle(workflowTitle(Workflow::ShippingDetails));
    setWizardStyle(QWizard::ModernStyle);
    setPage(int(PageId::Job), new ShippingJobPage(this));
    setPage(int(PageId::Package), new PackagePage(this));
    setPage(int(PageId::ReturnAddress), new ReturnAddressPage(this));
    setPage(int(PageId::ReturnShipping), new ReturnShippingPage(this));
    setPage(int(PageId::Review), new ShippingReviewPage(this));
    // A commit page: once it has committed, Back is gone (the details cannot be changed).
    setPage(int(PageId::Commit), new ShippingCommitPage(this));
    setPage(int(PageId::Done), new ShippingDonePage(this));
    setStartId(int(PageId::Job));
    resize(760, 640);
}

void ShippingDetailsWizard::correctTrackingNumber()
{
    // back() runs each page's cleanup, as the Back button does.
    while (currentId() != int(PageId::Package) && currentId() != int(PageId::Job))
        back();
    Q_EMIT trackingNumberToCorrect();
}

} // namespace Semina::Ui
