#pragma once

#include "importjob/ImportService.h"
#include "importjob/ServiceStorage.h"

#include <functional>
#include <memory>

namespace Semina::Offline {

// The import service kept in a storage account's container (ServiceStorage), the embedded
// default: every computer that reaches the account (a shared folder, or Azure Blob Storage)
// sees the same service. The rules a network service would enforce run here, before each
// conditional write: the caller's certificate is registered for its subscription and valid;
// its signature over what it sends verifies; the job's offline signature verifies; states move
// only as StateTable allows; a tracking number belongs to one job in the whole service
// (a claim object created with put-if-absent).
class StoredImportService : public ImportService {
public:
    struct Options {
        // The embedded local service registers a subscription it has never seen on first use
        // (its publish settings were issued on this computer); a named service refuses it.
        bool registerUnknownSubscriptions = false;
        // The service's clock; tests move it.
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    };

    StoredImportService(std::unique_ptr<Store::ObjectStore> store, QString container, ManagementCredential caller,
                        Options options);
    StoredImportService(std::unique_ptr<Store::ObjectStore> store, QString container, ManagementCredential caller);
    ~StoredImportService() override;

    [[nodiscard]] QString describe() const override;
    Result<ServiceDescription> description() override;
    Result<ServiceJob> createJob(const JobRequest &request) override;
    Result<ServiceJob> job(const QString &name) override;
    Result<QList<ServiceJob>> jobs() override;
    Result<ServiceJob> ship(const QString &name, const ShippingDetails &details) override;
    Result<ServiceJob> cancel(const QString &name) override;
    Result<bool> trackingNumberTaken(const QString &name, const QString &trackingNumber) override;

private:
    // Checks the caller's certificate and returns its signature over `data`.
    Result<QByteArray> authenticate(const QByteArray &data);
    Result<SubscriptionRecord> registration();
    Result<> checkOfflineSignature(const JobRequest &request) const;
    // Claims the tracking number for the job, or finds it is the job's already.
    Result<> claimTrackingNumber(const QString &name, const QString &trackingNumber);
    // Whether a claim is held by a job that can no longer ship under that number.
    Result<bool> isStale(const TrackingClaim &claim, const QString &trackingNumber);

    std::unique_ptr<Store::ObjectStore> m_store;
    ServiceStorage m_storage;
    ManagementCredential m_caller;
    Options m_options;
};

} // namespace Semina::Offline
