#include "importjob/ServiceRecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Semina::Offline {

namespace {

QString key(const char *name)
{
    return QLatin1String(name);
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

Error damaged(const QString &record, const QString &what)
{
    return {ErrorCode::Corruption,
            QCoreApplication::translate("Semina::Offline::ServiceRecords",
                                        "The import service's record %1 is damaged (%2): the station's operator must "
                                        "restore it from its copy.")
                .arg(record, what)};
}

QJsonObject driveToJson(const ServiceDrive &drive, bool withStationFields)
{
    QJsonObject json{
        {key("driveId"), drive.driveId},
        {key("serial"), drive.serial},
        {key("sequence"), drive.sequence},
        {key("count"), drive.count},
        {key("bytes"), QString::number(drive.bytes)},
        {key("manifestSha256"), QString::fromLatin1(drive.manifestSha256.toHex())},
        {key("wrappedKey"), base64(drive.wrappedKey)},
    };
    if (withStationFields) {
        json.insert(key("state"), driveStateName(drive.state));
        json.insert(key("bytesSucceeded"), QString::number(drive.bytesSucceeded));
        json.insert(key("errorLog"), drive.errorLog);
        json.insert(key("verboseLog"), drive.verboseLog);
    }
    return json;
}

std::optional<ServiceDrive> driveFromJson(const QJsonObject &json)
{
    ServiceDrive drive;
    drive.driveId = json.value(key("driveId")).toString();
    drive.serial = json.value(key("serial")).toString();
    drive.sequence = json.value(key("sequence")).toInt();
    drive.count = json.value(key("count")).toInt();
    bool ok = false;
    drive.bytes = json.value(key("bytes")).toString().toLongLong(&ok);
    drive.manifestSha256 = QByteArray::fromHex(json.value(key("manifestSha256")).toString().toLatin1());
    drive.wrappedKey = fromBase64(json.value(key("wrappedKey")));
    const auto state = driveStateFromName(json.value(key("state")).toString());
    drive.bytesSucceeded = json.value(key("bytesSucceeded")).toString().toLongLong();
    drive.errorLog = json.value(key("errorLog")).toString();
    drive.verboseLog = json.value(key("verboseLog")).toString();
    if (!ok || !state || drive.driveId.isEmpty() || drive.wrappedKey.isEmpty())
        return std::nullopt;
    drive.state = *state;
    return drive;
}

QJsonObject requestToJson(const JobRequest &request, bool withStationFields)
{
    QJsonArray drives;
    for (const ServiceDrive &drive : request.drives)
        drives.append(driveToJson(drive, withStationFields));
    return {
        {key("name"), request.name},
        {key("storageAccount"), request.storageAccount},
        {key("container"), request.container},
        {key("wrappedWriteCredential"), base64(request.wrappedWriteCredential)},
        {key("seedManifestSha256"), QString::fromLatin1(request.seedManifestSha256.toHex())},
        {key("drives"), drives},
        {key("offlineCertificate"), base64(request.offlineCertificateDer)},
    };
}

} // namespace

QJsonObject PostalAddress::toJson() const
{
    return {
        {key("recipient"), recipient},
        {key("street1"), street1},
        {key("street2"), street2},
        {key("city"), city},
        {key("stateOrProvince"), stateOrProvince},
        {key("postalCode"), postalCode},
        {key("countryOrRegion"), countryOrRegion},
        {key("phone"), phone},
        {key("email"), email},
    };
}

PostalAddress PostalAddress::fromJson(const QJsonObject &json)
{
    auto text = [&json](const char *name) { return json.value(key(name)).toString(); };
    return {text("recipient"),  text("street1"),         text("street2"), text("city"), text("stateOrProvince"),
            text("postalCode"), text("countryOrRegion"), text("phone"),   text("email")};
}

QStringList PostalAddress::lines() const
{
    QStringList result;
    for (const QString &line : {recipient, street1, street2}) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    const QString cityLine = QStringList{postalCode.trimmed(), city.trimmed(), stateOrProvince.trimmed()}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QLatin1Char(' '));
    if (!cityLine.isEmpty())
        result << cityLine;
    if (!countryOrRegion.trimmed().isEmpty())
        result << countryOrRegion.trimmed().toUpper();
    return result;
}

Result<PostalAddress> PostalAddress::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 7)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::ServiceRecords",
                        "The address \"%1\" has %2 parts; give 7, separated by semicolons: recipient; street 1; "
                        "street 2; city; state or province; postal code; country or region (street 2 and state may "
                        "be empty).")
                        .arg(text)
                        .arg(parts.size()));
    PostalAddress address{parts[0].trimmed(),
                          parts[1].trimmed(),
                          parts[2].trimmed(),
                          parts[3].trimmed(),
                          parts[4].trimmed(),
                          parts[5].trimmed(),
                          parts[6].trimmed(),
                          {},
                          {}};
    if (address.recipient.isEmpty() || address.street1.isEmpty() || address.city.isEmpty()
        || address.postalCode.isEmpty() || address.countryOrRegion.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Offline::ServiceRecords",
                                                "The address \"%1\" needs a recipient, street 1, city, postal code "
                                                "and country or region.")
                        .arg(text));
    return address;
}

QJsonObject ServiceDescription::toJson() const
{
    return {
        {key("format"), key("semina-import-service/1")},
        {key("name"), name},
        {key("shipTo"), shipTo.toJson()},
        {key("carriers"), QJsonArray::fromStringList(carriers)},
        {key("stationCertificate"), base64(stationCertificateDer)},
        {key("created"), created.toString(Qt::ISODateWithMs)},
    };
}

Result<ServiceDescription> ServiceDescription::fromJson(const QJsonObject &json)
{
    if (json.value(key("format")).toString() != QLatin1String("semina-import-service/1"))
        return fail(damaged(QStringLiteral("service.json"), QStringLiteral("format")));
    ServiceDescription description;
    description.name = json.value(key("name")).toString();
    description.shipTo = PostalAddress::fromJson(json.value(key("shipTo")).toObject());
    for (const QJsonValue &carrier : json.value(key("carriers")).toArray())
        description.carriers << carrier.toString();
    description.stationCertificateDer = fromBase64(json.value(key("stationCertificate")));
    description.created = QDateTime::fromString(json.value(key("created")).toString(), Qt::ISODateWithMs);
    if (description.name.isEmpty() || description.carriers.isEmpty() || description.stationCertificateDer.isEmpty())
        return fail(damaged(QStringLiteral("service.json"), QStringLiteral("fields")));
    return description;
}

QJsonObject ShippingDetails::toJson() const
{
    return {
        {key("deliveryPackage"),
         QJsonObject{{key("carrierName"), package.carrier},
                     {key("trackingNumber"), package.trackingNumber},
                     {key("driveCount"), package.driveCount},
                     {key("shipDate"), package.shipDate.toString(Qt::ISODate)}}},
        {key("returnAddress"), returnAddress.toJson()},
        {key("returnShipping"),
         QJsonObject{{key("carrierName"), returnShipping.carrierName},
                     {key("carrierAccountNumber"), returnShipping.carrierAccountNumber}}},
    };
}

ShippingDetails ShippingDetails::fromJson(const QJsonObject &json)
{
    const QJsonObject package = json.value(key("deliveryPackage")).toObject();
    const QJsonObject returnShipping = json.value(key("returnShipping")).toObject();
    ShippingDetails details;
    details.package = {package.value(key("carrierName")).toString(), package.value(key("trackingNumber")).toString(),
                       package.value(key("driveCount")).toInt(),
                       QDate::fromString(package.value(key("shipDate")).toString(), Qt::ISODate)};
    details.returnAddress = PostalAddress::fromJson(json.value(key("returnAddress")).toObject());
    details.returnShipping = {returnShipping.value(key("carrierName")).toString(),
                              returnShipping.value(key("carrierAccountNumber")).toString()};
    return details;
}

QByteArray JobRequest::signedBytes() const
{
    return QJsonDocument(requestToJson(*this, false)).toJson(QJsonDocument::Compact);
}

QJsonObject ServiceJob::toJson() const
{
    QJsonObject json{
        {key("format"), key("semina-service-job/1")},
        {key("subscriptionId"), subscriptionId},
        {key("request"), requestToJson(request, true)},
        {key("offlineSignature"), base64(request.offlineSignature)},
        {key("state"), stateName(state)},
        {key("created"), created.toString(Qt::ISODateWithMs)},
        {key("stateChanged"), stateChanged.toString(Qt::ISODateWithMs)},
        {key("received"), received.toString(Qt::ISODateWithMs)},
        {key("managementThumbprint"), managementThumbprint},
        {key("managementSignature"), base64(managementSignature)},
    };
    if (shipping)
        json.insert(key("shipping"), shipping->toJson());
    return json;
}

Result<ServiceJob> ServiceJob::fromJson(const QJsonObject &json)
{
    if (json.value(key("format")).toString() != QLatin1String("semina-service-job/1"))
        return fail(damaged(QStringLiteral("job"), QStringLiteral("format")));
    ServiceJob job;
    job.subscriptionId = json.value(key("subscriptionId")).toString();
    const QJsonObject request = json.value(key("request")).toObject();
    job.request.name = request.value(key("name")).toString();
    const QString record = QStringLiteral("\"%1\"").arg(job.request.name);
    job.request.storageAccount = request.value(key("storageAccount")).toString();
    job.request.container = request.value(key("container")).toString();
    job.request.wrappedWriteCredential = fromBase64(request.value(key("wrappedWriteCredential")));
    job.request.seedManifestSha256
        = QByteArray::fromHex(request.value(key("seedManifestSha256")).toString().toLatin1());
    for (const QJsonValue &value : request.value(key("drives")).toArray()) {
        auto drive = driveFromJson(value.toObject());
        if (!drive)
            return fail(damaged(record, QStringLiteral("drives")));
        job.request.drives.append(std::move(*drive));
    }
    job.request.offlineCertificateDer = fromBase64(request.value(key("offlineCertificate")));
    job.request.offlineSignature = fromBase64(json.value(key("offlineSignature")));
    const auto state = stateFromName(json.value(key("state")).toString());
    if (!state)
        return fail(damaged(record, QStringLiteral("state")));
    job.state = *state;
    job.created = QDateTime::fromString(json.value(key("created")).toString(), Qt::ISODateWithMs);
    job.stateChanged = QDateTime::fromString(json.value(key("stateChanged")).toString(), Qt::ISODateWithMs);
    job.received = QDateTime::fromString(json.value(key("received")).toString(), Qt::ISODateWithMs);
    job.managementThumbprint = json.value(key("managementThumbprint")).toString();
    job.managementSignature = fromBase64(json.value(key("managementSignature")));
    if (json.contains(key("shipping")))
        job.shipping = ShippingDetails::fromJson(json.value(key("shipping")).toObject());
    if (job.request.name.isEmpty() || !job.created.isValid() || !job.stateChanged.isValid())
        return fail(damaged(record, QStringLiteral("fields")));
    return job;
}

} // namespace Semina::Offline
