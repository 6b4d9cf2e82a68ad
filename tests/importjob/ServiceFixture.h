#pragma once

#include "TestEnvironment.h"
#include "importjob/JobCreation.h"
#include "importjob/ServiceSetup.h"
#include "importjob/StoredImportService.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <QString>

#include <memory>

namespace Semina::Test {

// An import service on a real store (a folder, or a container in the fixture's Azurite), made
// with the engine's own setup (station key in the real keychain, under a test service name),
// with subscriptions issued for it and an offline identity to sign jobs. The keychain entries
// are removed again when the fixture goes.
class ServiceFixture {
public:
    enum class Backend { Folder, Azurite };

    explicit ServiceFixture(Backend backend);
    ~ServiceFixture();
    ServiceFixture(const ServiceFixture &) = delete;
    ServiceFixture &operator=(const ServiceFixture &) = delete;

    // Empty when the fixture is ready, else why not.
    [[nodiscard]] const QString &problem() const { return m_problem; }

    [[nodiscard]] Offline::ServiceStorage &storage() { return *m_storage; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }
    [[nodiscard]] Offline::OfflineIdentity &identity() { return *m_identity; }
    [[nodiscard]] const Offline::ServiceDescription &description() const { return m_description; }

    // A new subscription of the service; its service object sees the service at `clock`.
    Result<Offline::ManagementCredential> subscribe(const QString &name);
    std::unique_ptr<Offline::StoredImportService> serviceFor(
        const Offline::ManagementCredential &caller,
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    // A job request of `drives` drives with random keys (kept in `keys`, in drive order).
    Offline::ImportJobCreation creation(const QString &job, int drives, QList<QByteArray> *keys = nullptr) const;

private:
    std::unique_ptr<TemporaryFolder> m_folder;
    std::unique_ptr<Store::ObjectStore> m_store;
    std::unique_ptr<Offline::ServiceStorage> m_storage;
    SecretStore m_secrets{QStringLiteral("Semina-test-importjob")};
    std::unique_ptr<Offline::OfflineIdentity> m_identity;
    Offline::ServiceDescription m_description;
    QString m_serviceUrl;
    QString m_azureContainer; // removed again
    QString m_problem;
};

} // namespace Semina::Test
