#include "wizards/initiate/InitiateBackupWizard.h"

#include "Workflow.h"
#include "wizards/initiate/BackUpPage.h"
#include "wizards/initiate/DonePage.h"
#include "wizards/initiate/EstimatePage.h"
#include "wizards/initiate/OfflineFormPage.h"
#include "wizards/initiate/SourcesPage.h"
#include "wizards/initiate/VaultKeyPage.h"

namespace Semina::Ui {

InitiateBackupWizard::InitiateBackupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::InitiateBackup));
    setWindowTitle(workflowTitle(Workflow::InitiateBackup));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(int(PageId::Sources), new SourcesPage(this));
    setPage(int(PageId::Form), new OfflineFormPage(this));
    setPage(int(PageId::VaultKey), new VaultKeyPage(this));
    setPage(int(PageId::Estimate), new EstimatePage(this));
    setPage(int(PageId::BackUp), new BackUpPage(this));
    setPage(int(PageId::Done), new DonePage(this));
    setStartId(int(PageId::Sources));
    resize(760, 600);
}

InitiateBackupWizard::~InitiateBackupWizard()
{
    passphrase.fill('\0');
}

QString InitiateBackupWizard::dataFolder() const
{
    return m_services->identity.dataFolder();
}

} // namespace Semina::Ui
