#include "wizards/initiate/InitiateBackupWizard.h"

#include "Workflow.h"
#include "wizards/initiate/BackUpPage.h"
#include "wizards/initiate/DonePage.h"
#include "wizards/initiate/EstimatePage.h"
#include "wizards/initiate/OfflineFormPage.h"
#include "wizards/initiate/SourcesPage.h"
#include "wizards/initiate/VaultKeyPage.h"

#include <QMessageBox>
#include <QPushButton>

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
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("The seed of the import job %1 is being written. Stop it and close? Nothing is "
                                   "lost: open \"Initiate offline backup\" again and choose \"Continue job %1\" to "
                                   "go on where it stopped.")
                                    .arg(form.importJobName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmStop"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("confirmStopYes"));
    box->addButton(tr("&Keep writing"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("confirmStopNo"));
    connect(box, &QMessageBox::finished, this, [this, box, stop, backUp]() {
        if (box->clickedButton() != stop)
            return;
        // Closed once the job has stopped cleanly (its lock released, its packs kept).
        connect(&backUp->runner(), &JobRunner::runningChanged, this, [this](bool running) {
            if (!running)
                QWizard::reject();
        });
        backUp->runner().cancel();
    });
    box->open();
}

QString InitiateBackupWizard::dataFolder() const
{
    return m_services->identity.dataFolder();
}

} // namespace Semina::Ui
