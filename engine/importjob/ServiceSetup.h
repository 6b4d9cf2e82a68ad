#pragma once

#include "core/Error.h"
#include "importjob/ImportService.h"
#include "importjob/ServiceStorage.h"
#include "offline/LocalSubscription.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Semina {
class SecretStore;
}

namespace Semina::Offline {

// How a publish settings file's ServiceManagementUrl names an import service:
//   semina-local://embedded   the embedded local service, a folder store in this computer's
//                             application data folder (created on first use)
//   semina-service://NAME     the service in the storage account NAME (`semina-cli account add`
//                             on every computer that uses it; `semina-cli service init` once)
inline constexpr char kServiceUrlScheme[] = "semina-service://";
QString serviceUrlFor(const QString &accountName);

// The carriers a new service accepts unless told otherwise.
QStringList defaultCarriers();

// What `semina-cli service init` sets up.
struct ServiceSetupRequest {
    QString name; // the account's name
    PostalAddress shipTo;
    QStringList carriers;
};

// Creates the service in `storage`: the receiving station's key pair (private key into the
// keychain as stationKeyName(), never a file), its certificate, the ship-to address and the
// carriers. Conflict, naming the existing service, when there is one: nothing is replaced.
Result<ServiceDescription> initService(ServiceStorage &storage, SecretStore &secrets,
                                       const ServiceSetupRequest &request);
// Changes the address and/or the carriers (a conditional write).
Result<ServiceDescription> editService(ServiceStorage &storage, const std::optional<PostalAddress> &shipTo,
                                       const std::optional<QStringList> &carriers);
// The keychain entry of the station's private key.
QString stationKeyName(const ServiceDescription &description);

// Issues publish settings for the service and registers their management certificate for the
// subscription (a new subscription, or one more certificate of an existing one).
Result<LocalSubscription> issueServiceSubscription(ServiceStorage &storage, const QString &serviceUrl,
                                                   const QString &name, const QString &id = {},
                                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

// The embedded local service's folder (an ObjectStore folder), and its storage; the service is
// made on first use with a placeholder ship-to address the operator edits with
// `semina-cli service set`.
QString embeddedServiceFolder();
Result<std::unique_ptr<Store::ObjectStore>> openEmbeddedStore();
Result<ServiceDescription> ensureEmbeddedService(ServiceStorage &storage, SecretStore &secrets);

// The store behind a service URL (see above), for `service` commands and openImportService.
Result<std::unique_ptr<Store::ObjectStore>> openServiceStore(const QString &serviceUrl, SecretStore &secrets);

// The service a publish settings file names, for its subscription `subscriptionId` (empty: the
// file's only subscription), authenticated with the file's management certificate.
Result<std::unique_ptr<ImportService>> openImportService(const QString &publishSettingsFile,
                                                         const QString &subscriptionId, SecretStore &secrets);

} // namespace Semina::Offline
