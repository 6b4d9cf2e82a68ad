#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Semina::Offline {

// An X.509 certificate as Semina handles it: the DER bytes and the facts shown to people.
// Holds no private key.
class Certificate {
public:
    // InvalidInput when the bytes are not a DER X.509 certificate.
    static Result<Certificate> fromDer(const QByteArray &der);

    [[nodiscard]] const QByteArray &der() const { return m_der; }
    [[nodiscard]] const QString &commonName() const { return m_commonName; }
    [[nodiscard]] const QDateTime &notBefore() const { return m_notBefore; } // UTC
    [[nodiscard]] const QDateTime &notAfter() const { return m_notAfter; } // UTC
    // SHA-1 of the DER bytes in upper-case hex, as Windows shows a thumbprint.
    [[nodiscard]] const QString &thumbprint() const { return m_thumbprint; }
    [[nodiscard]] bool isValidAt(const QDateTime &moment) const
    {
        return moment >= m_notBefore && moment <= m_notAfter;
    }

private:
    QByteArray m_der;
    QString m_commonName;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QString m_thumbprint;
};

enum class KeyAlgorithm {
    EcP256, // the default: small keys and signatures, fast
    Rsa3072, // for peers that only speak RSA
};

// A key pair and its self-signed certificate. The private key is PKCS#8 DER and must go
// straight into the keychain: never into a file, a log or a message.
struct SelfSignedIdentity {
    QByteArray privateKeyDer;
    Certificate certificate;
};

struct CertificateRequest {
    QString commonName;
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC
};

// A fresh key pair and a self-signed certificate (X.509 v3, SHA-256, random 128-bit serial,
// not a CA, for digital signatures).
Result<SelfSignedIdentity> makeSelfSignedIdentity(const CertificateRequest &request);

// A PKCS#12 file with the key and certificate under an empty password, as a publish settings
// file carries its management certificate.
Result<QByteArray> makePkcs12(const SelfSignedIdentity &identity, const QString &friendlyName);

// Opens a PKCS#12 file protected by an empty password and returns its certificate; the private
// key is read only to check the file and is dropped at once. `what` names the file in messages.
Result<Certificate> certificateFromPkcs12(const QByteArray &pkcs12, const QString &what);

// The key and certificate of such a PKCS#12 file, for signing with a management certificate
// (the import service's requests); the key is empty when the file holds none. The key must
// stay in memory.
Result<SelfSignedIdentity> identityFromPkcs12(const QByteArray &pkcs12, const QString &what);

} // namespace Semina::Offline
