#include "wizards/prepareserver/RegistrationPage.h"

#include "offline/OfflineRegistry.h"
#include "offline/StorageRegistration.h"
#include "store/AccountRegistry.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QSettings>

namespace Semina::Ui {

RegistrationPage::RegistrationPage(PrepareServerWizard *wizard)
    : JobPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_paramsPath(new QLabel(this))
    , m_next(new QLabel(this))
{
    setTitle(tr("Register the storage account"));
    setSubTitle(tr("The certificate goes into the account, then the account is registered for offline backup."));
    m_summary->setObjectName(QStringLiteral("registrationSummary"));
    m_paramsPath->setObjectName(QStringLiteral("parametersPath"));
    m_next->setObjectName(QStringLiteral("registrationNext"));
    for (QLabel *label : {m_summary, m_paramsPath, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    layout()->addWidget(m_summary);
    layout()->addWidget(m_paramsPath);
    layout()->addWidget(m_next);
    static_cast<QBoxLayout *>(layout())->addStretch(1);
    setFinalPage(true);
}

void RegistrationPage::startJob()
{
    m_summary->clear();
    m_paramsPath->clear();
    m_next->clear();
    progressPanel()->show();
    std::shared_ptr<ServerServices> services = m_wizard->services();
    const QString dataFolder = m_wizard->dataFolder();
    const PrepareServerWizard::AccountChoice account = m_wizard->account;
    const QString subscriptionId = m_wizard->subscription.id;
    const QString paramsPath = m_wizard->identityParamsPath;
    runJob<Offline::StorageRegistration>(
        [services, dataFolder, account, subscriptionId,
         paramsPath](JobContext &context) -> Result<Offline::StorageRegistration> {
            Store::AccountRegistry accounts(services->secrets);
            if (account.createFolder) {
                context.setPhase(tr("Creating the folder account %1").arg(account.name));
                const auto added = accounts.addFolder(account.name, account.folder,
                                                      QString::fromLatin1(Store::AccountRegistry::kDefaultContainer));
                if (!added)
                    return fail(added.error());
            }
            context.setPhase(tr("Publishing the certificate and registering %1").arg(account.name));
            QSettings settings;
            Offline::OfflineRegistry registry(settings, dataFolder);
            return Offline::registerStorageAccount(registry, accounts, subscriptionId, paramsPath, account.name);
        },
        [this, account](const Offline::StorageRegistration &registration) {
            progressPanel()->hide();
            QSettings().setValue(QLatin1String(OperatorSettings::kStorageAccount), account.name);
            QSettings().setValue(QLatin1String(OperatorSettings::kContainer), registration.container);
            QString summary = account.createFolder
                ? tr("Created the folder account %1 in %2.").arg(account.name, QDir::toNativeSeparators(account.folder))
                    + QLatin1Char(' ')
                : QString();
            summary += tr("Published the certificate %1 as %2 in the container \"%3\" of %4, and registered the "
                          "storage account %5 for offline backup.")
                           .arg(registration.certificate.thumbprint(), registration.publishedObject,
                                registration.container, registration.storeDescription, account.name);
            m_summary->setText(summary);
            m_paramsPath->setText(tr("Parameters file: %1").arg(QDir::toNativeSeparators(registration.paramsPath)));
            m_next->setText(tr("This server is prepared. Next: \"Initiate offline backup\" in the main window, "
                               "with the storage account %1.")
                                .arg(account.name));
        });
}

} // namespace Semina::Ui
