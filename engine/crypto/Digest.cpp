#include "crypto/Digest.h"

#include "crypto/LibraryFailure.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace Semina::Crypto {

struct Sha256::State {
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256()
    : m_state(new State)
{
    m_state->ctx = EVP_MD_CTX_new();
    if (!m_state->ctx || EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_state->ctx);
    delete m_state;
}

Result<> Sha256::add(QByteArrayView data)
{
    if (!m_initError)
        return m_initError;
    if (EVP_DigestUpdate(m_state->ctx, data.data(), size_t(data.size())) != 1)
        return fail(libraryFailure("EVP_DigestUpdate"));
    return {};
}

Result<QByteArray> Sha256::finish()
{
    if (!m_initError)
        return fail(m_initError.error());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return fail(libraryFailure("EVP_DigestFinal_ex"));
    out.truncate(int(length));
    if (EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
    return out;
}

Result<QByteArray> sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length,
                   EVP_sha256(), nullptr)
            != 1
        || length != 32)
        return fail(libraryFailure("EVP_Digest"));
    return out;
}

struct Md5::State {
    EVP_MD_CTX *ctx = nullptr;
};

Md5::Md5()
    : m_state(new State)
{
    m_state->ctx = EVP_MD_CTX_new();
    if (!m_state->ctx || EVP_DigestInit_ex(m_state->ctx, EVP_md5(), nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
}

Md5::~Md5()
{
    EVP_MD_CTX_free(m_state->ctx);
    delete m_state;
}

Result<> Md5::add(QByteArrayView data)
{
    if (!m_initError)
        return m_initError;
    if (EVP_DigestUpdate(m_state->ctx, data.data(), size_t(data.size())) != 1)
        return fail(libraryFailure("EVP_DigestUpdate"));
    return {};
}

Result<QByteArray> Md5::finish()
{
    if (!m_initError)
        return fail(m_initError.error());
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return fail(libraryFailure("EVP_DigestFinal_ex"));
    out.truncate(int(length));
    if (EVP_DigestInit_ex(m_state->ctx, EVP_md5(), nullptr) != 1)
        m_initError = std::unexpected(libraryFailure("EVP_DigestInit_ex"));
    return out;
}

Result<QByteArray> Md5::of(QByteArrayView data)
{
    QByteArray out(16, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length, EVP_md5(),
                   nullptr)
            != 1
        || length != 16)
        return fail(libraryFailure("EVP_Digest"));
    return out;
}

} // namespace Semina::Crypto
