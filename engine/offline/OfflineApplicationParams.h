#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"

#include <QByteArray>
#include <QString>

namespace Semina::Offline {

// The file the original CertGen writes, `OfflineApplicationParams.xml` (and, once a storage
// account is registered, `OfflineApplicationParams_<account>.xml`): who this server is for
// offline seeding. It holds the certificate without its private key; the key is in the keychain.
//
//   <OfflineApplicationParams Version="1">
//     <SubscriptionId>guid</SubscriptionId>
//     <ApplicationId>guid</ApplicationId>
//     <ResourceId>decimal</ResourceId>
//     <CertificateName>CB_AzureADCertforOfflineSeeding_<ResourceId></CertificateName>
//     <CertificateThumbprint>SHA-1, upper-case hex</CertificateThumbprint>
//     <Certificate>base64 of the DER certificate</Certificate>
//     <StorageAccountName>name</StorageAccountName>   (registered copies only)
//   </OfflineApplicationParams>
struct OfflineApplicationParams {
    QString subscriptionId;
    QString applicationId;
    QString resourceId;
    Certificate certificate;
    QString storageAccountName; // empty until AddRegistryEntries

    static QString certificateNameFor(const QString &resourceId)
    {
        return QStringLiteral("CB_AzureADCertforOfflineSeeding_") + resourceId;
    }

    [[nodiscard]] QByteArray toXml() const;
    // `fileName` names the file in messages. Corruption when the thumbprint does not match the
    // certificate (the file was edited).
    static Result<OfflineApplicationParams> fromXml(const QByteArray &xml, const QString &fileName);
    // NotFound when the file does not exist.
    static Result<OfflineApplicationParams> read(const QString &path);
};

} // namespace Semina::Offline
