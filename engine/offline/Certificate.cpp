#include "offline/Certificate.h"

#include "offline/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace Semina::Offline {

namespace {

Result<QDateTime> toDateTime(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return fail(Ssl::failure("ASN1_TIME_to_tm"));
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString commonNameOf(X509 *certificate)
{
    const X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = subject ? X509_NAME_get_index_by_NID(subject, NID_commonName, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int length = value ? ASN1_STRING_to_UTF8(&utf8, value) : -1;
    if (length < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return name;
}

Result<QString> sha1Hex(const QByteArray &der)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(der.constData(), size_t(der.size()), digest, &length, EVP_sha1(), nullptr) != 1)
        return fail(Ssl::failure("EVP_Digest"));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex().toUpper());
}

Result<Ssl::Key> generateKey(KeyAlgorithm algorithm)
{
    EVP_PKEY *key = algorithm == KeyAlgorithm::Rsa3072 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072))
                                                       : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return fail(Ssl::failure("EVP_PKEY_Q_keygen"));
    return Ssl::Key(key);
}

Result<QByteArray> privateKeyToPkcs8(EVP_PKEY *key)
{
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(key);
    if (!info)
        return fail(Ssl::failure("EVP_PKEY2PKCS8"));
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info, nullptr);
    QByteArray der(qMax(length, 0), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    const bool ok = length > 0 && i2d_PKCS8_PRIV_KEY_INFO(info, &out) == length;
    PKCS8_PRIV_KEY_INFO_free(info);
    if (!ok) {
        OPENSSL_cleanse(der.data(), size_t(der.size()));
        return fail(Ssl::failure("i2d_PKCS8_PRIV_KEY_INFO"));
    }
    return der;
}

Result<> addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return fail(Ssl::failure("X509V3_EXT_conf_nid"));
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    if (added != 1)
        return fail(Ssl::failure("X509_add_ext"));
    return {};
}

Result<Ssl::X509Handle> buildCertificate(EVP_PKEY *key, const CertificateRequest &request)
{
    Ssl::X509Handle certificate(X509_new());
    if (!certificate)
        return fail(Ssl::failure("X509_new"));
    X509 *x = certificate.get();
    if (X509_set_version(x, X509_VERSION_3) != 1)
        return fail(Ssl::failure("X509_set_version"));

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return fail(Ssl::failure("RAND_bytes"));
    serial[0] &= 0x7f; // a positive INTEGER
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x));
    BN_free(number);
    if (!serialSet)
        return fail(Ssl::failure("BN_to_ASN1_INTEGER"));

    if (!ASN1_TIME_set(X509_getm_notBefore(x), time_t(request.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x), time_t(request.notAfter.toSecsSinceEpoch())))
        return fail(Ssl::failure("ASN1_TIME_set"));

    X509_NAME *name = X509_get_subject_name(x);
    const QByteArray commonName = request.commonName.toUtf8();
    if (!name
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonName.constData()),
                                      int(commonName.size()), -1, 0)
            != 1)
        return fail(Ssl::failure("X509_NAME_add_entry_by_txt"));
    if (X509_set_issuer_name(x, name) != 1)
        return fail(Ssl::failure("X509_set_issuer_name"));
    if (X509_set_pubkey(x, key) != 1)
        return fail(Ssl::failure("X509_set_pubkey"));
    for (const auto &[nid, value] :
         {std::pair{NID_basic_constraints, "critical,CA:FALSE"}, std::pair{NID_key_usage, "critical,digitalSignature"},
          std::pair{NID_subject_key_identifier, "hash"}}) {
        if (auto added = addExtension(x, nid, value); !added)
            return fail(added.error());
    }
    if (X509_sign(x, key, EVP_sha256()) <= 0)
        return fail(Ssl::failure("X509_sign"));
    return certificate;
}

// Management certificates from older tools use RC2 or 3DES, which OpenSSL 3 keeps in its
// legacy provider. It is loaded once, beside the default one, only when a file needs it.
bool loadLegacyProvider()
{
    static const bool loaded = OSSL_PROVIDER_try_load(nullptr, "legacy", 1) != nullptr;
    return loaded;
}

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    Ssl::X509Handle x509(d2i_X509(nullptr, &in, long(der.size())));
    // Bytes after the certificate would change its thumbprint without changing what it says.
    if (x509 && in != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        x509.reset();
    if (!x509) {
        const QString details = Ssl::takeErrors();
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Offline::Certificate",
                                                "The data is not an X.509 certificate in DER form."),
                    details);
    }
    Certificate certificate;
    certificate.m_der = der;
    certificate.m_commonName = commonNameOf(x509.get());
    const auto notBefore = toDateTime(X509_get0_notBefore(x509.get()));
    const auto notAfter = toDateTime(X509_get0_notAfter(x509.get()));
    const auto thumbprint = sha1Hex(der);
    if (!notBefore || !notAfter || !thumbprint)
        return fail(!notBefore ? notBefore.error() : !notAfter ? notAfter.error() : thumbprint.error());
    certificate.m_notBefore = *notBefore;
    certificate.m_notAfter = *notAfter;
    certificate.m_thumbprint = *thumbprint;
    return certificate;
}

Result<SelfSignedIdentity> makeSelfSignedIdentity(const CertificateRequest &request)
{
    auto key = generateKey(request.algorithm);
    if (!key)
        return fail(key.error());
    auto x509 = buildCertificate(key->get(), request);
    if (!x509)
        return fail(x509.error());
    auto certificate = Certificate::fromDer(Ssl::toDer(x509->get()));
    if (!certificate)
        return fail(certificate.error());
    auto privateKey = privateKeyToPkcs8(key->get());
    if (!privateKey)
        return fail(privateKey.error());
    return SelfSignedIdentity{std::move(*privateKey), std::move(*certificate)};
}

Result<QByteArray> makePkcs12(const SelfSignedIdentity &identity, const QString &friendlyName)
{
    const auto *keyIn = reinterpret_cast<const unsigned char *>(identity.privateKeyDer.constData());
    Ssl::Key key(d2i_AutoPrivateKey(nullptr, &keyIn, long(identity.privateKeyDer.size())));
    if (!key)
        return fail(Ssl::failure("d2i_AutoPrivateKey"));
    const QByteArray &der = identity.certificate.der();
    const auto *certificateIn = reinterpret_cast<const unsigned char *>(der.constData());
    Ssl::X509Handle certificate(d2i_X509(nullptr, &certificateIn, long(der.size())));
    if (!certificate)
        return fail(Ssl::failure("d2i_X509"));
    QByteArray name = friendlyName.toUtf8();
    // 0 for the algorithms and iterations: OpenSSL 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC).
    Ssl::Pkcs12 p12(PKCS12_create("", name.data(), key.get(), certificate.get(), nullptr, 0, 0, 0, 0, 0));
    if (!p12)
        return fail(Ssl::failure("PKCS12_create"));
    const int length = i2d_PKCS12(p12.get(), nullptr);
    if (length <= 0)
        return fail(Ssl::failure("i2d_PKCS12"));
    QByteArray out(length, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(out.data());
    if (i2d_PKCS12(p12.get(), &cursor) != length)
        return fail(Ssl::failure("i2d_PKCS12"));
    return out;
}

Result<Certificate> certificateFromPkcs12(const QByteArray &pkcs12, const QString &what)
{
    auto identity = identityFromPkcs12(pkcs12, what);
    if (!identity)
        return fail(identity.error());
    identity->privateKeyDer.fill('\0'); // only the certificate is needed
    return identity->certificate;
}

Result<SelfSignedIdentity> identityFromPkcs12(const QByteArray &pkcs12, const QString &what)
{
    const auto *in = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    Ssl::Pkcs12 p12(d2i_PKCS12(nullptr, &in, long(pkcs12.size())));
    if (!p12) {
        const QString details = Ssl::takeErrors();
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::Certificate",
                        "The management certificate in %1 is not a PKCS#12 certificate: download the publish "
                        "settings file again.")
                        .arg(what),
                    details);
    }
    EVP_PKEY *key = nullptr;
    X509 *x509 = nullptr;
    int parsed = PKCS12_parse(p12.get(), "", &key, &x509, nullptr);
    if (parsed != 1 && loadLegacyProvider()) {
        ERR_clear_error();
        parsed = PKCS12_parse(p12.get(), "", &key, &x509, nullptr);
    }
    Ssl::Key keyHandle(key);
    Ssl::X509Handle certificate(x509);
    if (parsed != 1) {
        const QString details = Ssl::takeErrors();
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::Certificate",
                        "The management certificate in %1 cannot be opened with an empty password or uses an "
                        "unsupported algorithm: download the publish settings file again.")
                        .arg(what),
                    details);
    }
    if (!certificate)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::Certificate",
                        "The management certificate in %1 holds no certificate: download the publish settings file "
                        "again.")
                        .arg(what));
    auto parsedCertificate = Certificate::fromDer(Ssl::toDer(certificate.get()));
    if (!parsedCertificate)
        return fail(parsedCertificate.error());
    if (!keyHandle)
        return SelfSignedIdentity{{}, std::move(*parsedCertificate)};
    auto privateKey = privateKeyToPkcs8(keyHandle.get());
    if (!privateKey)
        return fail(privateKey.error());
    return SelfSignedIdentity{std::move(*privateKey), std::move(*parsedCertificate)};
}

} // namespace Semina::Offline
