#include "importjob/KeyWrap.h"

#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "offline/OpenSsl.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/rsa.h>

namespace Semina::Offline {

namespace {

constexpr char kMagic[] = "SKW1";
constexpr char kKindEcdh = 1;
constexpr char kKindRsaOaep = 2;
constexpr char kHkdfInfo[] = "semina drive key wrap/1";

Error damagedEnvelope()
{
    return {ErrorCode::Corruption,
            QCoreApplication::translate("Semina::Offline::KeyWrap",
                                        "A wrapped key does not open with this station's key: it was changed, was "
                                        "wrapped for another station, or belongs to another job or drive.")};
}

// Owns derived and generated key bytes and wipes them on the way out.
struct Wiped {
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
};

Result<Ssl::Key> publicKeyOf(const QByteArray &certificateDer)
{
    const auto *in = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    Ssl::X509Handle x509(d2i_X509(nullptr, &in, long(certificateDer.size())));
    if (!x509)
        return fail(Ssl::failure("d2i_X509"));
    EVP_PKEY *key = X509_get_pubkey(x509.get()); // a new reference
    if (!key)
        return fail(Ssl::failure("X509_get_pubkey"));
    return Ssl::Key(key);
}

Result<Ssl::Key> privateKeyOf(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    Ssl::Key key(d2i_AutoPrivateKey(nullptr, &in, long(der.size())));
    if (!key)
        return fail(Ssl::failure("d2i_AutoPrivateKey"));
    return key;
}

Result<QByteArray> publicDer(EVP_PKEY *key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return fail(Ssl::failure("i2d_PUBKEY"));
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(key, &out) != length)
        return fail(Ssl::failure("i2d_PUBKEY"));
    return der;
}

Result<QByteArray> agree(EVP_PKEY *own, EVP_PKEY *peer)
{
    Ssl::KeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, own, nullptr));
    if (!context)
        return fail(Ssl::failure("EVP_PKEY_CTX_new_from_pkey"));
    if (EVP_PKEY_derive_init(context.get()) != 1)
        return fail(Ssl::failure("EVP_PKEY_derive_init"));
    if (EVP_PKEY_derive_set_peer(context.get(), peer) != 1)
        return fail(Ssl::failure("EVP_PKEY_derive_set_peer"));
    size_t length = 0;
    if (EVP_PKEY_derive(context.get(), nullptr, &length) != 1)
        return fail(Ssl::failure("EVP_PKEY_derive"));
    QByteArray secret(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(secret.data()), &length) != 1) {
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        return fail(Ssl::failure("EVP_PKEY_derive"));
    }
    secret.resize(qsizetype(length));
    return secret;
}

// The AES key from an ECDH secret; the ephemeral public key salts it, so each wrap has its own.
Result<QByteArray> ecdhKey(const QByteArray &shared, const QByteArray &ephemeralDer)
{
    return Crypto::hkdfSha256(shared, ephemeralDer, QByteArrayView(kHkdfInfo), Crypto::Aead::kKeySize);
}

Result<Ssl::KeyContext> oaepContext(EVP_PKEY *key, bool encrypt)
{
    Ssl::KeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!context)
        return fail(Ssl::failure("EVP_PKEY_CTX_new_from_pkey"));
    if ((encrypt ? EVP_PKEY_encrypt_init(context.get()) : EVP_PKEY_decrypt_init(context.get())) != 1)
        return fail(Ssl::failure(encrypt ? "EVP_PKEY_encrypt_init" : "EVP_PKEY_decrypt_init"));
    if (EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_OAEP_PADDING) != 1)
        return fail(Ssl::failure("EVP_PKEY_CTX_set_rsa_padding"));
    if (EVP_PKEY_CTX_set_rsa_oaep_md(context.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set_rsa_mgf1_md(context.get(), EVP_sha256()) != 1)
        return fail(Ssl::failure("EVP_PKEY_CTX_set_rsa_oaep_md"));
    return context;
}

QByteArray envelope(char kind, const QByteArray &part, const QByteArray &sealed)
{
    QByteArray out(kMagic, 4);
    out.append(kind);
    char length[2];
    qToBigEndian(quint16(part.size()), length);
    out.append(length, 2).append(part).append(sealed);
    return out;
}

} // namespace

Result<QByteArray> wrapToStation(const QByteArray &stationCertificateDer, QByteArrayView secret,
                                 QByteArrayView associated)
{
    auto station = publicKeyOf(stationCertificateDer);
    if (!station)
        return fail(station.error());
    Wiped aesKey;
    QByteArray part;
    char kind = 0;
    if (EVP_PKEY_is_a(station->get(), "EC")) {
        kind = kKindEcdh;
        Ssl::Key ephemeral(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        if (!ephemeral)
            return fail(Ssl::failure("EVP_PKEY_Q_keygen"));
        auto ephemeralDer = publicDer(ephemeral.get());
        if (!ephemeralDer)
            return fail(ephemeralDer.error());
        auto shared = agree(ephemeral.get(), station->get());
        if (!shared)
            return fail(shared.error());
        Wiped sharedSecret{*shared};
        auto derived = ecdhKey(sharedSecret.bytes, *ephemeralDer);
        if (!derived)
            return fail(derived.error());
        aesKey.bytes = *derived;
        part = *ephemeralDer;
    } else if (EVP_PKEY_is_a(station->get(), "RSA")) {
        kind = kKindRsaOaep;
        auto random = Crypto::randomBytes(Crypto::Aead::kKeySize);
        if (!random)
            return fail(random.error());
        aesKey.bytes = *random;
        auto context = oaepContext(station->get(), true);
        if (!context)
            return fail(context.error());
        const auto *plain = reinterpret_cast<const unsigned char *>(aesKey.bytes.constData());
        size_t length = 0;
        if (EVP_PKEY_encrypt(context->get(), nullptr, &length, plain, size_t(aesKey.bytes.size())) != 1)
            return fail(Ssl::failure("EVP_PKEY_encrypt"));
        part.resize(qsizetype(length));
        if (EVP_PKEY_encrypt(context->get(), reinterpret_cast<unsigned char *>(part.data()), &length, plain,
                             size_t(aesKey.bytes.size()))
            != 1)
            return fail(Ssl::failure("EVP_PKEY_encrypt"));
        part.resize(qsizetype(length));
    } else {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Offline::KeyWrap",
                                                "The station's certificate holds neither an EC P-256 nor an RSA key: "
                                                "initialise the import service again."));
    }
    auto sealed = Crypto::Aead::seal(aesKey.bytes, secret, associated);
    if (!sealed)
        return fail(sealed.error());
    return envelope(kind, part, *sealed);
}

Result<QByteArray> unwrapAtStation(const QByteArray &stationPrivateKeyDer, QByteArrayView envelopeBytes,
                                   QByteArrayView associated)
{
    if (envelopeBytes.size() < 7 || envelopeBytes.first(4) != QByteArrayView(kMagic, 4))
        return fail(damagedEnvelope());
    const char kind = envelopeBytes[4];
    const qsizetype partLength = qFromBigEndian<quint16>(envelopeBytes.data() + 5);
    if (envelopeBytes.size() < 7 + partLength + Crypto::Aead::kSealOverhead)
        return fail(damagedEnvelope());
    const QByteArray part = envelopeBytes.sliced(7, partLength).toByteArray();
    const QByteArrayView sealed = envelopeBytes.sliced(7 + partLength);
    auto station = privateKeyOf(stationPrivateKeyDer);
    if (!station)
        return fail(station.error());
    Wiped aesKey;
    if (kind == kKindEcdh && EVP_PKEY_is_a(station->get(), "EC")) {
        const auto *in = reinterpret_cast<const unsigned char *>(part.constData());
        Ssl::Key ephemeral(d2i_PUBKEY(nullptr, &in, long(part.size())));
        if (!ephemeral) {
            Ssl::takeErrors();
            return fail(damagedEnvelope());
        }
        auto shared = agree(station->get(), ephemeral.get());
        if (!shared) {
            Ssl::takeErrors();
            return fail(damagedEnvelope());
        }
        Wiped sharedSecret{*shared};
        auto derived = ecdhKey(sharedSecret.bytes, part);
        if (!derived)
            return fail(derived.error());
        aesKey.bytes = *derived;
    } else if (kind == kKindRsaOaep && EVP_PKEY_is_a(station->get(), "RSA")) {
        auto context = oaepContext(station->get(), false);
        if (!context)
            return fail(context.error());
        const auto *in = reinterpret_cast<const unsigned char *>(part.constData());
        size_t length = 0;
        if (EVP_PKEY_decrypt(context->get(), nullptr, &length, in, size_t(part.size())) != 1) {
            Ssl::takeErrors();
            return fail(damagedEnvelope());
        }
        aesKey.bytes.resize(qsizetype(length));
        if (EVP_PKEY_decrypt(context->get(), reinterpret_cast<unsigned char *>(aesKey.bytes.data()), &length, in,
                             size_t(part.size()))
            != 1) {
            Ssl::takeErrors();
            return fail(damagedEnvelope());
        }
        aesKey.bytes.resize(qsizetype(length));
    } else {
        return fail(damagedEnvelope());
    }
    auto opened = Crypto::Aead::open(aesKey.bytes, sealed, associated);
    if (!opened)
        return fail(damagedEnvelope());
    return opened;
}

} // namespace Semina::Offline
