#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Crypto {

// HMAC-SHA-256 through OpenSSL's EVP_MAC.
Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace Semina::Crypto
