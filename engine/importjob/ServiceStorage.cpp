#include "importjob/ServiceStorage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Semina::Offline {

namespace {

QString key(const char *name)
{
    return QLatin1String(name);
}

QString jobPrefix(const QString &subscriptionId)
{
    return QStringLiteral("jobs/%1/").arg(subscriptionId.toLower());
}

} // namespace

ServiceStorage::ServiceStorage(Store::ObjectStore &store, QString container)
    : m_store(store)
    , m_container(std::move(container))
{
}

QString ServiceStorage::describe() const
{
    return QCoreApplication::translate("Semina::Offline::ServiceStorage", "the import service in %1, container %2")
        .arg(m_store.describe(), m_container);
}

QString ServiceStorage::normalizedTrackingNumber(const QString &number)
{
    QString normalized;
    for (const QChar c : number) {
        if (c.isLetterOrNumber())
            normalized += c.toUpper();
    }
    return normalized;
}

Result<QJsonObject> ServiceStorage::readObject(const QString &name, QByteArray *etag)
{
    // The ETag first: if the object changes before the read, the next IfMatch fails.
    auto info = m_store.head(m_container, name);
    if (!info)
        return fail(info.error());
    auto bytes = m_store.get(m_container, name);
    if (!bytes)
        return fail(bytes.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (!document.isObject())
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Offline::ServiceStorage",
                                                "The import service's object \"%1\" is not a JSON record: the "
                                                "station's operator must restore it.")
                        .arg(name),
                    error.errorString());
    if (etag)
        *etag = info->etag;
    return document.object();
}

Result<QByteArray> ServiceStorage::putObject(const QString &name, const QJsonObject &json,
                                             const Store::PutCondition &condition)
{
    auto info = m_store.put(m_container, name, QJsonDocument(json).toJson(QJsonDocument::Indented), condition);
    if (!info)
        return fail(info.error());
    return info->etag;
}

Result<ServiceDescription> ServiceStorage::readDescription(QByteArray *etag)
{
    auto json = readObject(QStringLiteral("service.json"), etag);
    if (!json) {
        if (json.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("Semina::Offline::ServiceStorage",
                                                    "There is no import service in %1: create it with \"semina-cli "
                                                    "service init\".")
                            .arg(describe()),
                        json.error().message);
        return fail(json.error());
    }
    return ServiceDescription::fromJson(*json);
}

Result<> ServiceStorage::putDescription(const ServiceDescription &description, const Store::PutCondition &condition)
{
    if (auto created = m_store.createContainer(m_container); !created)
        return fail(created.error());
    auto put = putObject(QStringLiteral("service.json"), description.toJson(), condition);
    if (!put)
        return fail(put.error());
    return {};
}

Result<SubscriptionRecord> ServiceStorage::readSubscription(const QString &subscriptionId)
{
    SubscriptionRecord record;
    auto json = readObject(QStringLiteral("subscriptions/%1.json").arg(subscriptionId.toLower()), &record.etag);
    if (!json)
        return fail(json.error());
    record.subscriptionId = json->value(key("subscriptionId")).toString();
    record.name = json->value(key("name")).toString();
    for (const QJsonValue &value : json->value(key("certificates")).toArray())
        record.certificatesDer.append(QByteArray::fromBase64(value.toString().toLatin1()));
    record.created = QDateTime::fromString(json->value(key("created")).toString(), Qt::ISODateWithMs);
    return record;
}

Result<> ServiceStorage::putSubscription(const SubscriptionRecord &record, const Store::PutCondition &condition)
{
    QJsonArray certificates;
    for (const QByteArray &der : record.certificatesDer)
        certificates.append(QString::fromLatin1(der.toBase64()));
    const QJsonObject json{{key("format"), key("semina-service-subscription/1")},
                           {key("subscriptionId"), record.subscriptionId},
                           {key("name"), record.name},
                           {key("certificates"), certificates},
                           {key("created"), record.created.toString(Qt::ISODateWithMs)}};
    auto put = putObject(QStringLiteral("subscriptions/%1.json").arg(record.subscriptionId.toLower()), json, condition);
    if (!put)
        return fail(put.error());
    return {};
}

Result<ServiceJob> ServiceStorage::readJob(const QString &subscriptionId, const QString &name)
{
    QByteArray etag;
    auto json = readObject(jobPrefix(subscriptionId) + name.toLower() + QStringLiteral(".json"), &etag);
    if (!json) {
        if (json.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("Semina::Offline::ServiceStorage",
                                                    "The import service has no job \"%1\" in subscription %2: "
                                                    "\"semina-cli status\" lists the subscription's jobs.")
                            .arg(name, subscriptionId));
        return fail(json.error());
    }
    auto job = ServiceJob::fromJson(*json);
    if (job)
        job->etag = etag;
    return job;
}

Result<ServiceJob> ServiceStorage::putJob(ServiceJob job, const Store::PutCondition &condition)
{
    auto etag = putObject(jobPrefix(job.subscriptionId) + job.name().toLower() + QStringLiteral(".json"), job.toJson(),
                          condition);
    if (!etag)
        return fail(etag.error());
    job.etag = *etag;
    return job;
}

Result<QList<ServiceJob>> ServiceStorage::listJobs(const QString &subscriptionId)
{
    QList<ServiceJob> jobs;
    QString marker;
    do {
        auto page = m_store.list(m_container, jobPrefix(subscriptionId), marker);
        if (!page)
            return fail(page.error());
        for (const Store::ObjectInfo &object : page->objects) {
            const QString name = object.name.mid(jobPrefix(subscriptionId).size()).chopped(5);
            auto job = readJob(subscriptionId, name);
            if (!job)
                return fail(job.error());
            jobs.append(std::move(*job));
        }
        marker = page->nextMarker;
    } while (!marker.isEmpty());
    std::ranges::stable_sort(jobs, {}, &ServiceJob::created);
    return jobs;
}

Result<TrackingClaim> ServiceStorage::readClaim(const QString &trackingNumber)
{
    TrackingClaim claim;
    auto json
        = readObject(QStringLiteral("tracking/%1.json").arg(normalizedTrackingNumber(trackingNumber)), &claim.etag);
    if (!json)
        return fail(json.error());
    claim.subscriptionId = json->value(key("subscriptionId")).toString();
    claim.job = json->value(key("job")).toString();
    return claim;
}

Result<> ServiceStorage::putClaim(const QString &trackingNumber, const TrackingClaim &claim,
                                  const Store::PutCondition &condition)
{
    const QJsonObject json{{key("format"), key("semina-tracking-claim/1")},
                           {key("subscriptionId"), claim.subscriptionId},
                           {key("job"), claim.job}};
    auto put
        = putObject(QStringLiteral("tracking/%1.json").arg(normalizedTrackingNumber(trackingNumber)), json, condition);
    if (!put)
        return fail(put.error());
    return {};
}

} // namespace Semina::Offline
