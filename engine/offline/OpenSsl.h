#pragma once

#include "core/Error.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

// Owning handles for the OpenSSL objects the offline code uses, and the one error shape for a
// failed OpenSSL call. Private to engine/offline: no OpenSSL type crosses the public headers.
namespace Semina::Offline::Ssl {

template <auto FreeFunction> struct Deleter {
    template <typename T> void operator()(T *pointer) const { FreeFunction(pointer); }
};

using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using X509Handle = std::unique_ptr<X509, Deleter<X509_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

// An Internal error naming the OpenSSL call that failed, with OpenSSL's own reason in the
// details (never key material: OpenSSL's error strings do not carry it). Clears the error queue.
Error failure(const char *call);

// The OpenSSL error queue as text, emptied.
QString takeErrors();

// DER encoding of an X509 object; empty on failure.
QByteArray toDer(X509 *certificate);

} // namespace Semina::Offline::Ssl
