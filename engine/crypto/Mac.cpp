#include "crypto/Mac.h"

#include "crypto/LibraryFailure.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace Semina::Crypto {

Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data)
{
    const auto failure = [](const char *what) { return fail(libraryFailure(what)); };
    std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr), EVP_MAC_free);
    if (!mac)
        return failure("EVP_MAC_fetch");
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac.get()), EVP_MAC_CTX_free);
    if (!ctx)
        return failure("EVP_MAC_CTX_new");
    char digest[] = "SHA256";
    const OSSL_PARAM params[]
        = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
    // An empty key is legal for HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char emptyKey = 0;
    const auto *keyBytes = key.isEmpty() ? &emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    if (EVP_MAC_init(ctx.get(), keyBytes, size_t(key.size()), params) != 1)
        return failure("EVP_MAC_init");
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size())) != 1)
        return failure("EVP_MAC_update");
    QByteArray out(32, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, size_t(out.size())) != 1
        || length != 32)
        return failure("EVP_MAC_final");
    return out;
}

} // namespace Semina::Crypto
