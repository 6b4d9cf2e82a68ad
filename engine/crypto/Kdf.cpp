#include "crypto/Kdf.h"

#include "crypto/LibraryFailure.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace Semina::Crypto {

namespace {
// OSSL_PARAM wants non-const pointers even for inputs; an empty view gets a valid address.
void *input(QByteArrayView view)
{
    static char empty = 0;
    return view.isEmpty() ? &empty : const_cast<char *>(view.data());
}

Result<QByteArray> derive(const char *algorithm, const OSSL_PARAM *params, qsizetype length)
{
    if (length <= 0)
        return fail(libraryFailure("derive length"));
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr), EVP_KDF_free);
    if (!kdf)
        return fail(libraryFailure("EVP_KDF_fetch"));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
    if (!ctx)
        return fail(libraryFailure("EVP_KDF_CTX_new"));
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(length), params) != 1)
        return fail(libraryFailure("EVP_KDF_derive"));
    return out;
}
} // namespace

Result<QByteArray> hkdfSha256(QByteArrayView secret, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int i = 0;
    params[i++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, input(secret), size_t(secret.size()));
    if (!salt.isEmpty())
        params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, input(salt), size_t(salt.size()));
    params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, input(info), size_t(info.size()));
    params[i] = OSSL_PARAM_construct_end();
    return derive("HKDF", params, length);
}

Result<QByteArray> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParameters &parameters,
                          qsizetype length)
{
    uint64_t n = parameters.n;
    uint32_t r = parameters.r;
    uint32_t p = parameters.p;
    uint64_t maxMemory = parameters.memoryNeeded();
    const OSSL_PARAM params[]
        = {OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, input(passphrase), size_t(passphrase.size())),
           OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, input(salt), size_t(salt.size())),
           OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
           OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
           OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
           OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
           OSSL_PARAM_construct_end()};
    return derive("SCRYPT", params, length);
}

} // namespace Semina::Crypto
