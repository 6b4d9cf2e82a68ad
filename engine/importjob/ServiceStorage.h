#pragma once

#include "core/Error.h"
#include "importjob/ServiceRecords.h"
#include "store/ObjectStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Semina::Offline {

// A subscription the service knows, and the management certificates that speak for it.
struct SubscriptionRecord {
    QString subscriptionId;
    QString name;
    QList<QByteArray> certificatesDer;
    QDateTime created;
    QByteArray etag;
};

// Which job holds a tracking number.
struct TrackingClaim {
    QString subscriptionId;
    QString job;
    QByteArray etag;
};

// The import service's objects in its container (docs/FORMAT.md, "The import service"):
//   service.json                           ServiceDescription
//   subscriptions/<subscription>.json      SubscriptionRecord
//   jobs/<subscription>/<job>.json         ServiceJob (job name in lower case)
//   tracking/<number>.json                 TrackingClaim (number upper case, letters and digits)
// Every write is conditional: IfAbsent to create, IfMatch on the ETag read to change. Reads
// take the ETag before the bytes, so a change in between makes the next write fail (Conflict)
// rather than overwrite something unread.
class ServiceStorage {
public:
    static constexpr char kContainer[] = "import-service";

    ServiceStorage(Store::ObjectStore &store, QString container = QLatin1String(kContainer));

    [[nodiscard]] Store::ObjectStore &store() const { return m_store; }
    [[nodiscard]] const QString &container() const { return m_container; }
    [[nodiscard]] QString describe() const;

    Result<ServiceDescription> readDescription(QByteArray *etag = nullptr);
    Result<> putDescription(const ServiceDescription &description, const Store::PutCondition &condition);

    Result<SubscriptionRecord> readSubscription(const QString &subscriptionId);
    Result<> putSubscription(const SubscriptionRecord &record, const Store::PutCondition &condition);

    // The job with its ETag set.
    Result<ServiceJob> readJob(const QString &subscriptionId, const QString &name);
    // Returns the job with its new ETag.
    Result<ServiceJob> putJob(ServiceJob job, const Store::PutCondition &condition);
    Result<QList<ServiceJob>> listJobs(const QString &subscriptionId);

    Result<TrackingClaim> readClaim(const QString &trackingNumber);
    Result<> putClaim(const QString &trackingNumber, const TrackingClaim &claim, const Store::PutCondition &condition);

    // Upper case, letters and digits only: "1z 999-aa1" and "1Z999AA1" are one number.
    static QString normalizedTrackingNumber(const QString &number);

private:
    Result<QJsonObject> readObject(const QString &name, QByteArray *etag);
    Result<QByteArray> putObject(const QString &name, const QJsonObject &json, const Store::PutCondition &condition);

    Store::ObjectStore &m_store;
    QString m_container;
};

} // namespace Semina::Offline
