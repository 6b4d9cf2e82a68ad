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

// Incremental MD5, only where a storage service speaks it (Azure's Content-MD5, the local
// store's object header): integrity against accidents, never a security check. OpenSSL's
// MD5 is faster than QCryptographicHash's, which matters on gigabyte transfers.
class Md5 {
public:
    Md5();
    ~Md5();
    Md5(const Md5 &) = delete;
    Md5 &operator=(const Md5 &) = delete;

    Result<> add(QByteArrayView data);
    Result<QByteArray> finish(); // 16 bytes; the object is then reset for reuse

    // The MD5 of `data` in one call.
    static Result<QByteArray> of(QByteArrayView data);

private:
    struct State;
    State *m_state;
    Result<> m_initError;
};

} // namespace Semina::Crypto
