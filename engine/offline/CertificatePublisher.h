#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"

#include <QString>

namespace Semina::Store {
class ObjectStore;
}

namespace Semina::Offline {

// The original's "upload" step of CertGen: the server's offline certificate (without its
// private key) goes into the storage account, so the receiving station and the vault can check
// what this server signed (the seed manifest) by the thumbprint the manifest names.
//
// Layout in the account's container: offline/certificates/<THUMBPRINT>.cer (DER).
class CertificatePublisher {
public:
    CertificatePublisher(Store::ObjectStore &store, QString container);

    static QString objectNameFor(const QString &thumbprint);

    // Creates the container when missing and puts the certificate; publishing the same
    // certificate again succeeds and changes nothing. Returns the object's name.
    Result<QString> publish(const Certificate &certificate);
    // The certificate published under `thumbprint`; NotFound naming the fix when there is none,
    // Corruption when the object's thumbprint is not the one asked for.
    Result<Certificate> fetch(const QString &thumbprint);

private:
    Store::ObjectStore &m_store;
    QString m_container;
};

} // namespace Semina::Offline
