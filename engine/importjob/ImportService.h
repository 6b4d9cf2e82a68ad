#pragma once

#include "core/Error.h"
#include "importjob/ServiceRecords.h"
#include "offline/Certificate.h"

#include <QList>
#include <QString>

namespace Semina::Offline {

// The caller of the import service: a subscription, proved by its management certificate and
// that certificate's private key, both from the subscription's publish settings file. The key
// is held in memory only, to sign requests.
struct ManagementCredential {
    QString subscriptionId;
    Certificate certificate;
    QByteArray privateKeyDer; // PKCS#8

    ManagementCredential() = default;
    ManagementCredential(QString id, Certificate cert, QByteArray key)
        : subscriptionId(std::move(id))
        , certificate(std::move(cert))
        , privateKeyDer(std::move(key))
    {
    }
    ManagementCredential(const ManagementCredential &) = default;
    ManagementCredential &operator=(const ManagementCredential &) = default;
    ~ManagementCredential() { privateKeyDer.fill('\0'); }
};

// The import service as one subscription sees it (DOMAIN.md, steps 3 to 5): the ship-to address
// and carriers, and that subscription's import jobs; no other subscription's job is ever
// visible through it. Every call is synchronous and authenticated with the caller's
// management certificate: an unknown or expired certificate is AccessDenied.
//
// Today the service lives in a storage account (StoredImportService: a folder by default, or an
// Azure Blob container); an HTTPS transport can stand behind this same interface later, sending
// the same records (docs/FORMAT.md) signed with the same certificate.
class ImportService {
public:
    virtual ~ImportService() = default;

    // Where the service is, for messages; never a secret.
    [[nodiscard]] virtual QString describe() const = 0;

    // Ship-to address, carriers and the station's certificate.
    virtual Result<ServiceDescription> description() = 0;

    // Creates the job in state Creating, its drives Specified. A job name is unique in the
    // subscription: Conflict when another job has it. The same request sent again (same seed
    // manifest and drives: a retry after a lost answer or a crash) returns the existing job.
    virtual Result<ServiceJob> createJob(const JobRequest &request) = 0;
    // NotFound naming the subscription when it has no job of that name.
    virtual Result<ServiceJob> job(const QString &name) = 0;
    // The subscription's jobs, oldest first.
    virtual Result<QList<ServiceJob>> jobs() = 0;

    // Commits the shipping details: the job goes from Creating to Shipping with all of them, or
    // stays Creating (InvalidInput naming each broken rule; Conflict when the tracking number is
    // used by another job anywhere in the service, or the job changed meanwhile).
    virtual Result<ServiceJob> ship(const QString &name, const ShippingDetails &details) = 0;
    // Cancels a job while Creating or Shipping; InvalidInput naming its state otherwise.
    virtual Result<ServiceJob> cancel(const QString &name) = 0;

    // Whether another job of the service already uses `trackingNumber` (for a form checking as
    // the user types; ship() checks again, race-free).
    virtual Result<bool> trackingNumberTaken(const QString &name, const QString &trackingNumber) = 0;
};

} // namespace Semina::Offline
