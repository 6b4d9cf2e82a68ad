#include "crypto/Digest.h"

#include "crypto/LibraryFailure.h"

#include <openssl/evp.h>

namespace Semina::Crypto {

namespace {
const EVP_MD *evpDigest(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Md5 ? EVP_md5() : EVP_sha256();
}

Result<QByteArray> digestOf(QByteArrayView data, DigestAlgorithm algorithm)
{
    const EVP_MD *md = evpDigest(algorithm);
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length, md,
                   nullptr)
            != 1
        || qsizetype(length) != out.size())
        return fail(libraryFailure("EVP_Digest"));
    return out;
}
} // namespace

struct Digest::State {
    EVP_MD_CTX *ctx = nullptr;
    const EVP_MD *md = nullptr;
};

Digest::Digest(DigestAlgorithm algorithm)
    : m_state(new State)
{
    m_state->md = evpDigest(algorithm);
    m_state->ctx = EVP_MD_CTX_new();
    if (!m_state->ctx || EVP_DigestInit_ex(m_state->ctx, m_state->md, nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
}

Digest::~Digest()
{
    EVP_MD_CTX_free(m_state->ctx);
    delete m_state;
}

Result<> Digest::add(QByteArrayView data)
{
    if (!m_initError)
        return m_initError;
    if (EVP_DigestUpdate(m_state->ctx, data.data(), size_t(data.size())) != 1)
        return fail(libraryFailure("EVP_DigestUpdate"));
    return {};
}

Result<QByteArray> Digest::finish()
{
    if (!m_initError)
        return fail(m_initError.error());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return fail(libraryFailure("EVP_DigestFinal_ex"));
    out.truncate(qsizetype(length));
    if (EVP_DigestInit_ex(m_state->ctx, m_state->md, nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
    return out;
}

Result<QByteArray> sha256(QByteArrayView data)
{
    return digestOf(data, DigestAlgorithm::Sha256);
}

Result<QByteArray> md5(QByteArrayView data)
{
    return digestOf(data, DigestAlgorithm::Md5);
}

} // namespace Semina::Crypto
