#pragma once

#include "core/Error.h"
#include "importjob/StateTable.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Semina::Offline {

// The records the import service keeps (docs/FORMAT.md, "The import service"), with their JSON.
// Field names follow the Import/Export API's job fields (DOMAIN.md).

// An address as a shipping desk writes it; the ship-to address and the return address.
struct PostalAddress {
    QString recipient;
    QString street1;
    QString street2;
    QString city;
    QString stateOrProvince;
    QString postalCode;
    QString countryOrRegion;
    QString phone;
    QString email;

    [[nodiscard]] QJsonObject toJson() const;
    static PostalAddress fromJson(const QJsonObject &json);
    // The lines of the address as printed on a label (empty fields left out; no phone or email).
    [[nodiscard]] QStringList lines() const;
    // Parses "Recipient; Street 1; Street 2; City; State; Postal code; Country" (as `service init
    // --address` takes it; the street 2 and state parts may be empty).
    static Result<PostalAddress> fromText(const QString &text);
};

// What the service tells every caller: where to ship, with which carriers, and the receiving
// station's certificate (drive keys are wrapped to its public key).
struct ServiceDescription {
    QString name;
    PostalAddress shipTo;
    QStringList carriers;
    QByteArray stationCertificateDer;
    QDateTime created; // UTC

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ServiceDescription> fromJson(const QJsonObject &json);
};

// The package, one per job (DOMAIN.md: one package and one tracking number per job).
struct DeliveryPackage {
    QString carrier;
    QString trackingNumber;
    int driveCount = 0;
    QDate shipDate;
};

struct ReturnShipping {
    QString carrierName;
    QString carrierAccountNumber;
};

struct ShippingDetails {
    DeliveryPackage package;
    PostalAddress returnAddress;
    ReturnShipping returnShipping;

    [[nodiscard]] QJsonObject toJson() const;
    static ShippingDetails fromJson(const QJsonObject &json);
};

// One drive of a job as the service keeps it: its key wrapped to the station's public key.
struct ServiceDrive {
    QString driveId;
    QString serial;
    int sequence = 0; // 1-based: "2 of 3"
    int count = 0;
    qint64 bytes = 0;
    QByteArray manifestSha256; // raw 32 bytes
    QByteArray wrappedKey; // KeyWrap.h
    DriveState state = DriveState::Specified;
    qint64 bytesSucceeded = 0;
    QString errorLog; // where the station put them, once it has
    QString verboseLog;
};

// What the caller asks for when creating a job; everything secret is already wrapped.
struct JobRequest {
    QString name;
    QString storageAccount;
    QString container;
    QByteArray wrappedWriteCredential; // the SAS or the folder, wrapped to the station
    QByteArray seedManifestSha256; // raw 32 bytes
    QList<ServiceDrive> drives;
    // The job's signature by the server's offline identity, over signedBytes().
    QByteArray offlineCertificateDer;
    QByteArray offlineSignature;

    // The canonical bytes the offline identity signs: every field above but the signature, and
    // of the drives only what the server knows (not the station's state, bytes and logs).
    [[nodiscard]] QByteArray signedBytes() const;
};

// A job in the service.
struct ServiceJob {
    QString subscriptionId;
    JobRequest request;
    ImportJobState state = ImportJobState::Creating;
    std::optional<ShippingDetails> shipping;
    QDateTime created; // UTC
    QDateTime stateChanged; // UTC: when `state` was entered, for the deadlines
    QDateTime received; // UTC: when the station received the drives; invalid before
    // The caller's management certificate and its signature over what it sent.
    QString managementThumbprint;
    QByteArray managementSignature;
    QByteArray etag; // the store's, for the next conditional write; not part of the record

    [[nodiscard]] const QString &name() const { return request.name; }
    [[nodiscard]] QJsonObject toJson() const;
    static Result<ServiceJob> fromJson(const QJsonObject &json);
};

} // namespace Semina::Offline
