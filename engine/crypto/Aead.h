#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Crypto {

// AES-256-GCM with a random 96-bit nonce, through OpenSSL EVP.
// A sealed message is nonce (12) || ciphertext || tag (16): kSealOverhead bytes longer than the
// plaintext. `associated` is authenticated but not stored: the caller passes the object's id and
// type there, so a stored object cannot be swapped, renamed or retyped unnoticed.
// Callers keep each key's message count far below 2^32 (the vault derives one key per object).
namespace Aead {
inline constexpr qsizetype kKeySize = 32;
inline constexpr qsizetype kNonceSize = 12;
inline constexpr qsizetype kTagSize = 16;
inline constexpr qsizetype kSealOverhead = kNonceSize + kTagSize;

// Appends the sealed message to `out` (which callers reuse: fresh memory is slow to touch).
Result<> sealAppend(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated, QByteArray &out);
Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated);
// Writes the sealed message, plaintext.size() + kSealOverhead bytes, at `out` (a stage the caller
// writes out as it is: no copy).
Result<> sealInto(QByteArrayView key, QByteArrayView plaintext, QByteArrayView associated, char *out);

// Replaces `out` with the plaintext; Corruption when the tag does not verify (wrong key, wrong
// associated data, or damaged bytes: they cannot be told apart, by design).
Result<> openInto(QByteArrayView key, QByteArrayView sealed, QByteArrayView associated, QByteArray &out);
Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView associated);

// Known-answer form for test vectors only: the nonce is given (any length GCM accepts) and the
// result is ciphertext || tag. Never use a chosen nonce for stored data.
Result<QByteArray> sealWithNonceForTest(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext,
                                        QByteArrayView associated);
} // namespace Aead

} // namespace Semina::Crypto
