#include "wizards/prepareserver/PrepareServerWizard.h"

#include "Workflow.h"
#include "offline/OfflineIdentity.h"
#include "wizards/prepareserver/CertificatePage.h"
#include "wizards/prepareserver/LocalSubscriptionPage.h"
#include "wizards/prepareserver/RegistrationPage.h"
#include "wizards/prepareserver/StorageAccountPage.h"
#include "wizards/prepareserver/SubscriptionPage.h"

#include <QDir>

namespace Semina::Ui {

PrepareServerWizard::PrepareServerWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("wizard-") + workflowId(Workflow::PrepareServer));
    setWindowTitle(workflowTitle(Workflow::PrepareServer));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(int(PageId::Subscription), new SubscriptionPage(this));
    setPage(int(PageId::LocalSubscription), new LocalSubscriptionPage(this));
    setPage(int(PageId::Certificate), new CertificatePage(this));
    setPage(int(PageId::StorageAccount), new StorageAccountPage(this));
    setPage(int(PageId::Registration), new RegistrationPage(this));
    setStartId(int(PageId::Subscription));
    resize(720, 540);
}

QString PrepareServerWizard::dataFolder() const
{
    return Offline::OfflineIdentity::defaultDataFolder();
}

QString PrepareServerWizard::defaultAccountFolder() const
{
    return QDir(dataFolder()).filePath(QStringLiteral("storage"));
}

} // namespace Semina::Ui
