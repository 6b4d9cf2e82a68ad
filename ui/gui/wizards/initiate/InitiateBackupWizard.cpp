#include "wizards/initiate/InitiateBackupWizard.h"

#include "Workflow.h"
#include "wizards/StopConfirmation.h"
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

void InitiateBackupWizard::reject()
{
    auto *backUp = static_cast<BackUpPage *>(page(int(PageId::BackUp)));
    if (!backUp->runner().isRunning()) {
        QWizard::reject();
        return;
    }
    confirmStopAndClose(this, backUp->runner(),
                        tr("The seed of the import job %1 is being written. Stop it and close? Nothing is "
                           "lost: open \"Initiate offline backup\" again and choose \"Continue job %1\" to "
                           "go on where it stopped.")
                            .arg(form.importJobName),
                        [this]() { QWizard::reject(); });
}

QString InitiateBackupWizard::dataFolder() const
{
    return m_services->identity.dataFolder();
}

} // namespace Semina::Ui
