#pragma once

#include "store/ObjectStore.h"
#include "store/StoreOptions.h"

#include <memory>

namespace Semina {
class SecretStore;
}

namespace Semina::Store {

// A storage account the user named once, so no later step asks for it again.
struct AccountDefinition {
    enum class Kind { Folder, Azure };
    QString name;
    Kind kind = Kind::Folder;
    QString folder; // Folder accounts
    QString connectionSettings; // Azure: the connection string without AccountKey/SharedAccessSignature
    QString container; // the container Semina uses in this account
};

// The accounts Semina knows, kept in QSettings ("storage-accounts/<name>/..."); the secret part
// of an Azure connection string (account key or SAS) goes to the OS keychain through
// SecretStore under "storage-account/<name>", never into the settings file.
class AccountRegistry {
public:
    explicit AccountRegistry(SecretStore &secrets);

    static constexpr char kDefaultContainer[] = "semina";

    // Names: 1-40 letters, digits, '-', '_' or '.'. Adding an existing name replaces it (to give
    // a new key or SAS, or a moved folder); an empty `container` keeps the container of the
    // account it replaces, or is kDefaultContainer for a new one.
    Result<AccountDefinition> addFolder(const QString &name, const QString &folder, const QString &container);
    Result<AccountDefinition> addConnectionString(const QString &name, const QString &connectionString,
                                                  const QString &container);
    [[nodiscard]] QList<AccountDefinition> list() const;
    Result<AccountDefinition> find(const QString &name) const;
    Result<> remove(const QString &name);

    // The account's store, with its secret read back from the keychain.
    Result<std::unique_ptr<ObjectStore>> open(const AccountDefinition &account, const StoreOptions &options = {});

private:
    [[nodiscard]] QString containerFor(const QString &name, const QString &container) const;

    SecretStore &m_secrets;
};

// Proves an account works end to end: the container exists, an object can be written, read
// back identical and removed. Returns a one-line summary; the error says what to fix.
Result<QString> testAccount(ObjectStore &store, const QString &container);

// Makes the account's container when it does not exist yet (`account add`, as Azure's own
// tools offer): true when it was created now, false when it was there.
Result<bool> createContainerIfMissing(ObjectStore &store, const QString &container);

} // namespace Semina::Store
