#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Crypto {

// SHA-256 through OpenSSL EVP (it uses the CPU's SHA instructions; QCryptographicHash does not).
Result<QByteArray> sha256(QByteArrayView data);

// Incremental SHA-256 for streams.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Result<> add(QByteArrayView data);
    Result<QByteArray> finish(); // 32 bytes; the object is then reset for reuse

private:
    struct State;
    State *m_state;
    Result<> m_initError;
};

} // namespace Semina::Crypto
