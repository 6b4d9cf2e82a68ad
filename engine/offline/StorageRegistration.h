#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"

#include <QString>

namespace Semina::Store {
class AccountRegistry;
}

namespace Semina::Offline {

class OfflineRegistry;

// What registering a storage account for offline backup did, for the CLI and the wizard.
struct StorageRegistration {
    Certificate certificate;
    QString publishedObject; // the certificate's object name in the container
    QString container;
    QString storeDescription; // the account as ObjectStore::describe() names it
    QString paramsPath; // OfflineApplicationParams_<account>.xml
};

// The original's AddRegistryEntries, whole: checks the params file against the subscription,
// publishes the certificate into the account (set up beforehand in `accounts`), then
// registers the account and writes its params file. The certificate goes first: an account is
// registered only once the station and the vault can find the certificate there.
// Touches the keychain and the store: call it on a worker thread from a GUI.
Result<StorageRegistration> registerStorageAccount(OfflineRegistry &registry, Store::AccountRegistry &accounts,
                                                   const QString &subscriptionId, const QString &paramsXmlPath,
                                                   const QString &storageAccount);

} // namespace Semina::Offline
