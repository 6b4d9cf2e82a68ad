#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Offline {

// One subscription of a publish settings file, with its management certificate. The PKCS#12
// is kept as the file holds it only so the import service's client can sign its requests
// (managementIdentity()); its private key is opened for that and never stored.
struct PublishSubscription {
    QString id; // a GUID, as written in the file
    QString name;
    QString serviceManagementUrl;
    Certificate managementCertificate;
    QByteArray managementPkcs12;
};

// A `.publishsettings` file, schema 1 or 2 (DOMAIN.md, "Names and formats"):
//   schema 1: PublishData/PublishProfile[Url, ManagementCertificate]/Subscription[Id, Name]
//   schema 2: PublishData/PublishProfile[SchemaVersion="2.0"]/
//             Subscription[ServiceManagementUrl, Id, Name, ManagementCertificate]
// Every error names the file and says what to do: not XML, a Web Deploy profile picked by
// mistake, no subscription, an id that is not a GUID, a certificate that is not base64, does
// not open or has expired. Certificates never reach a log or a message.
struct PublishSettings {
    QString fileName; // as given, for messages
    int schemaVersion = 1;
    QList<PublishSubscription> subscriptions;

    [[nodiscard]] QStringList subscriptionIds() const;
    // The subscription with this id (GUIDs compare case-insensitively); NotFound naming the
    // ids the file holds otherwise.
    [[nodiscard]] Result<PublishSubscription> subscription(const QString &id) const;

    // `now` decides whether a certificate has expired.
    static Result<PublishSettings> read(const QString &path, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<PublishSettings> parse(const QByteArray &xml, const QString &fileName,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Semina::Offline
