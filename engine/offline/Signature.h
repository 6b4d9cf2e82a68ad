#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Offline {

// Signatures over SHA-256 with the offline identity's key: ECDSA (DER-encoded) for EC keys,
// RSASSA-PKCS1-v1_5 for RSA keys, through EVP_DigestSign / EVP_DigestVerify. The seed
// manifest is signed with it so the station and the vault can tell what this server wrote.

// `privateKeyDer` is PKCS#8 DER, as the keychain holds it.
Result<QByteArray> signBytes(const QByteArray &privateKeyDer, QByteArrayView data);

// Succeeds when `signature` is a valid signature of `data` by the certificate's key;
// Corruption when it is not (a changed byte in the data or the signature).
Result<> verifySignature(const Certificate &certificate, QByteArrayView data, QByteArrayView signature);

} // namespace Semina::Offline
