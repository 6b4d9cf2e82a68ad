#include "offline/Signature.h"

#include "offline/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace Semina::Offline {

Result<QByteArray> signBytes(const QByteArray &privateKeyDer, QByteArrayView data)
{
    const auto *in = reinterpret_cast<const unsigned char *>(privateKeyDer.constData());
    Ssl::Key key(d2i_AutoPrivateKey(nullptr, &in, long(privateKeyDer.size())));
    if (!key)
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Offline::Signature",
                                                "The offline private key in the keychain is damaged: create the "
                                                "offline identity again with semina-cli certgen CreateNewApplication."),
                    Ssl::takeErrors());
    Ssl::DigestContext context(EVP_MD_CTX_new());
    if (!context)
        return fail(Ssl::failure("EVP_MD_CTX_new"));
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1)
        return fail(Ssl::failure("EVP_DigestSignInit"));
    size_t length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    if (EVP_DigestSign(context.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return fail(Ssl::failure("EVP_DigestSign"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes,
                       size_t(data.size()))
        != 1)
        return fail(Ssl::failure("EVP_DigestSign"));
    signature.resize(qsizetype(length)); // ECDSA signatures vary in length
    return signature;
}

Result<> verifySignature(const Certificate &certificate, QByteArrayView data, QByteArrayView signature)
{
    const QByteArray &der = certificate.der();
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    Ssl::X509Handle x509(d2i_X509(nullptr, &in, long(der.size())));
    if (!x509)
        return fail(Ssl::failure("d2i_X509"));
    EVP_PKEY *publicKey = X509_get0_pubkey(x509.get()); // owned by the certificate
    if (!publicKey)
        return fail(Ssl::failure("X509_get0_pubkey"));
    Ssl::DigestContext context(EVP_MD_CTX_new());
    if (!context)
        return fail(Ssl::failure("EVP_MD_CTX_new"));
    if (EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) != 1)
        return fail(Ssl::failure("EVP_DigestVerifyInit"));
    const int verified = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                                          size_t(signature.size()),
                                          reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
    if (verified == 1)
        return {};
    // 0 is a wrong signature; a negative value is a malformed one: both mean the data or the
    // signature is not what the certificate's owner signed.
    const QString details = Ssl::takeErrors();
    return fail(ErrorCode::Corruption,
                QCoreApplication::translate("Semina::Offline::Signature",
                                            "The signature does not match the data and the certificate %1: the data "
                                            "was changed after it was signed, or another server signed it.")
                    .arg(certificate.thumbprint()),
                details);
}

} // namespace Semina::Offline
