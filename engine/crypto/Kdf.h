#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Crypto {

// HKDF-SHA-256 (RFC 5869, extract and expand) through EVP_KDF: derives independent keys from
// one secret. `salt` may be empty; `info` names what the key is for.
Result<QByteArray> hkdfSha256(QByteArrayView secret, QByteArrayView salt, QByteArrayView info, qsizetype length);

// scrypt (RFC 7914) parameters. The defaults are the vault's minimum for passphrases; tests
// that need speed pass smaller ones explicitly (ScryptParameters::forTestsOnly), never by
// changing these.
struct ScryptParameters {
    quint64 n = quint64(1) << 17;
    quint32 r = 8;
    quint32 p = 1;

    // Memory scrypt needs: 128 * r * (N + p) bytes, plus OpenSSL's slack.
    [[nodiscard]] quint64 memoryNeeded() const { return 128ULL * r * (n + p) + (1ULL << 20); }
    [[nodiscard]] bool meetsVaultMinimum() const { return n >= (quint64(1) << 17) && r >= 8 && p >= 1; }
    // Small and fast: only for tests, which must say so at the call site.
    static ScryptParameters forTestsOnly() { return {quint64(1) << 10, 8, 1}; }
};

// scrypt through EVP_KDF "SCRYPT", with maxmem raised to what the parameters need (OpenSSL's
// default of 32 MiB refuses N = 2^17, r = 8).
Result<QByteArray> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParameters &parameters,
                          qsizetype length);

} // namespace Semina::Crypto
