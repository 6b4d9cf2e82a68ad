#pragma once

#include "offline/OfflineApplicationParams.h"
#include "wizards/ServerServices.h"

#include <QWizard>

namespace Semina::Ui {

// "Prepare this server" (the original's CertGen): pick or create the subscription, create or
// show the offline certificate, then register the storage account. Every slow step (key
// generation, the keychain, the store) runs on a JobPage's worker thread.
class PrepareServerWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Subscription, LocalSubscription, Certificate, StorageAccount, Registration };

    // The subscription the server is prepared for, from a file or issued locally.
    struct SubscriptionChoice {
        QString publishSettingsFile;
        QString id;
        QString name;
    };
    // The storage account to register; `createFolder` makes it a folder account first.
    struct AccountChoice {
        QString name;
        bool createFolder = false;
        QString folder;
    };

    explicit PrepareServerWizard(QWidget *parent = nullptr);

    // Where the params files and the local subscription live (QStandardPaths' data folder).
    [[nodiscard]] QString dataFolder() const;
    // The folder the embedded default's folder account is created in when there is none.
    [[nodiscard]] QString defaultAccountFolder() const;
    [[nodiscard]] const std::shared_ptr<ServerServices> &services() const { return m_services; }

    SubscriptionChoice subscription;
    AccountChoice account;
    Offline::OfflineApplicationParams identity;
    QString identityParamsPath;

private:
    std::shared_ptr<ServerServices> m_services = ServerServices::create();
};

// The settings keys both operator wizards share: what one remembers, the other offers.
namespace OperatorSettings {
inline constexpr char kPublishSettingsFile[] = "operator/publishSettingsFile";
inline constexpr char kStorageAccount[] = "operator/storageAccount";
inline constexpr char kContainer[] = "operator/container";
inline constexpr char kStagingLocation[] = "operator/stagingLocation";
} // namespace OperatorSettings

} // namespace Semina::Ui
