#include "crypto/Aead.h"

#include "crypto/LibraryFailure.h"

#include "crypto/Random.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <climits>
#include <memory>

namespace Semina::Crypto::Aead {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// EVP's lengths are int: one call handles at most INT_MAX bytes; objects are far smaller.
Result<> checkSizes(QByteArrayView key, qsizetype dataSize, qsizetype associatedSize)
{
    if (key.size() != kKeySize)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Crypto", "An encryption key has the wrong length."));
    if (dataSize > INT_MAX - 64 || associatedSize > INT_MAX)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Crypto", "A message is too large to encrypt in one piece."));
    return {};
}

// Encrypts with the nonce already at `out[nonceAt]`; writes ciphertext and tag after it.
Result<> sealAt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView associated,
                unsigned char *target)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return fail(libraryFailure("EVP_CIPHER_CTX_new"));
    if (EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1)
        return fail(libraryFailure("EVP_EncryptInit_ex2"));
    size_t nonceLength = size_t(nonce.size());
    const OSSL_PARAM params[]
        = {OSSL_PARAM_construct_size_t(OSSL_CIPHER_PARAM_AEAD_IVLEN, &nonceLength), OSSL_PARAM_construct_end()};
    if (EVP_CIPHER_CTX_set_params(ctx.get(), params) != 1)
        return fail(libraryFailure("EVP_CIPHER_CTX_set_params"));
    if (EVP_EncryptInit_ex2(ctx.get(), nullptr, bytes(key), bytes(nonce), nullptr) != 1)
        return fail(libraryFailure("EVP_EncryptInit_ex2"));
    int length = 0;
    if (!associated.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associated), int(associated.size())) != 1)
        return fail(libraryFailure("EVP_EncryptUpdate"));
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), target, &length, bytes(plaintext), int(plaintext.size())) != 1)
            return fail(libraryFailure("EVP_EncryptUpdate"));
        written = length;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), target + written, &length) != 1)
        return fail(libraryFailure("EVP_EncryptFinal_ex"));
    written += length;
    if (written != plaintext.size())
        return fail(libraryFailure("EVP_EncryptFinal_ex length"));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, int(kTagSize), target + written) != 1)
        return fail(libraryFailure("EVP_CTRL_AEAD_GET_TAG"));
    return {};
}
} // namespace

Result<> sealInto(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated, char *out)
{
    if (auto ok = checkSizes(key, plaintext.size(), associated.size()); !ok)
        return ok;
    if (auto ok = fillRandom(out, kNonceSize); !ok)
        return ok;
    return sealAt(key, QByteArrayView(out, kNonceSize), plaintext, associated,
                  reinterpret_cast<unsigned char *>(out + kNonceSize));
}

Result<> sealAppend(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated, QByteArray &out)
{
    if (auto ok = checkSizes(key, plaintext.size(), associated.size()); !ok)
        return ok;
    const qsizetype start = out.size();
    out.resize(start + plaintext.size() + kSealOverhead);
    if (auto ok = sealInto(key, plaintext, associated, out.data() + start); !ok) {
        out.truncate(start);
        return ok;
    }
    return {};
}

Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated)
{
    QByteArray out;
    out.reserve(plaintext.size() + kSealOverhead);
    if (auto ok = sealAppend(key, plaintext, associated, out); !ok)
        return fail(ok.error());
    return out;
}

Result<QByteArray> sealWithNonceForTest(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                        QByteArrayView associated)
{
    if (auto ok = checkSizes(key, plaintext.size(), associated.size()); !ok)
        return fail(ok.error());
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    if (auto ok = sealAt(key, nonce, plaintext, associated, reinterpret_cast<unsigned char *>(out.data())); !ok)
        return fail(ok.error());
    return out;
}

Result<> openInto(QByteArrayView key, QByteArrayView sealed, QByteArrayView associated, QByteArray &out)
{
    if (auto ok = checkSizes(key, sealed.size(), associated.size()); !ok)
        return ok;
    const auto damaged = [] {
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Crypto",
                                                "Encrypted data failed its integrity check: it was damaged or "
                                                "belongs elsewhere."));
    };
    if (sealed.size() < kSealOverhead)
        return damaged();
    const qsizetype plainSize = sealed.size() - kSealOverhead;
    const QByteArrayView nonce = sealed.first(kNonceSize);
    const QByteArrayView ciphertext = sealed.sliced(kNonceSize, plainSize);
    QByteArray tag = sealed.last(kTagSize).toByteArray();

    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx)
        return fail(libraryFailure("EVP_CIPHER_CTX_new"));
    if (EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(key), bytes(nonce), nullptr) != 1)
        return fail(libraryFailure("EVP_DecryptInit_ex2"));
    int length = 0;
    if (!associated.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associated), int(associated.size())) != 1)
        return fail(libraryFailure("EVP_DecryptUpdate"));
    out.resize(plainSize);
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    int written = 0;
    if (plainSize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), target, &length, bytes(ciphertext), int(plainSize)) != 1)
            return fail(libraryFailure("EVP_DecryptUpdate"));
        written = length;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, int(kTagSize), tag.data()) != 1)
        return fail(libraryFailure("EVP_CTRL_AEAD_SET_TAG"));
    if (EVP_DecryptFinal_ex(ctx.get(), target + written, &length) != 1) {
        out.clear();
        return damaged();
    }
    return {};
}

Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView associated)
{
    QByteArray out;
    if (auto ok = openInto(key, sealed, associated, out); !ok)
        return fail(ok.error());
    return out;
}

} // namespace Semina::Crypto::Aead
