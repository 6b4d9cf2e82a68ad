#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"
#include "offline/SeedManifest.h"

#include <QByteArray>
#include <QString>

namespace Semina {
class JobContext;
}

namespace Semina::Offline {

// What a verified seed holds.
struct SeedVerification {
    SeedManifest manifest;
    QString certificateThumbprint; // of the certificate that signed it
    qint64 objectsChecked = 0;
    qint64 bytesChecked = 0;
};

// A seed manifest whose signature checked out, with its exact bytes (their SHA-256 names the
// seed in the drives' journal and manifests).
struct SignedSeedManifest {
    SeedManifest manifest;
    QByteArray bytes;
    QString certificateThumbprint;
};

// Reads the seed manifest of `jobFolder` and checks its signature by `certificate`, without
// reading the objects (the drive preparation checks each object as it copies it). Errors as
// verifySeed's below, for the manifest and the signature.
Result<SignedSeedManifest> readSignedSeedManifest(const QString &jobFolder, const Certificate &certificate);

// Verifies the seed in `jobFolder` (<staging>/<job>): the manifest's signature by
// `certificate`, then every object the manifest lists, re-read and re-hashed, and no object it
// does not list. Errors:
// - NotFound when the folder holds no manifest or no signature (the seed is not finished);
// - InvalidInput when another certificate signed it (both thumbprints named);
// - Corruption when the manifest changed after signing, or naming the object that is missing,
//   changed or unlisted (the first in the message, every one in the details, one per line).
// The drive-preparation step runs it before copying and again on the drive's read-back.
Result<SeedVerification> verifySeed(const QString &jobFolder, const Certificate &certificate, JobContext &context);

} // namespace Semina::Offline
