#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Semina::Offline {

// Wraps a secret (a drive key, the job's write credential) to the receiving station's public
// key, so only the station's private key (in its keychain) opens it. Hybrid, through OpenSSL
// EVP, every return code checked:
//   EC P-256 station key: an ephemeral P-256 key, ECDH, HKDF-SHA-256 -> an AES-256-GCM key;
//   RSA station key: a random AES-256 key encrypted with RSA-OAEP (SHA-256).
// The secret is sealed with AES-256-GCM under `associated` (which names the job and the drive),
// so a wrapped key cannot be moved to another drive or job unnoticed. Envelope:
//   "SKW1" | kind (1 = ECDH P-256, 2 = RSA-OAEP) | u16 big-endian length | ephemeral public key
//   (DER SubjectPublicKeyInfo) or encrypted key | nonce, ciphertext, tag (Aead.h)
Result<QByteArray> wrapToStation(const QByteArray &stationCertificateDer, QByteArrayView secret,
                                 QByteArrayView associated);

// The station's side: `stationPrivateKeyDer` is PKCS#8 DER from its keychain. Corruption when
// the envelope was changed, belongs to another station, or `associated` differs.
Result<QByteArray> unwrapAtStation(const QByteArray &stationPrivateKeyDer, QByteArrayView envelope,
                                   QByteArrayView associated);

} // namespace Semina::Offline
