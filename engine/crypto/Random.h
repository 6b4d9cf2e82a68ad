#pragma once

#include "core/Error.h"

#include <QByteArray>

namespace Semina::Crypto {

// Bytes from OpenSSL's CSPRNG (RAND_bytes), for keys, salts, nonces and object ids.
Result<QByteArray> randomBytes(qsizetype count);
// Fills `target` in place; for nonces written straight into a larger buffer.
Result<> fillRandom(char *target, qsizetype count);

} // namespace Semina::Crypto
