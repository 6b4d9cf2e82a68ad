#pragma once

#include "core/Error.h"
#include "drives/DriveLayout.h"

#include <QString>

#include <optional>

namespace Semina {
class JobContext;
class SecretStore;
} // namespace Semina

namespace Semina::Offline {
class Certificate;
}

namespace Semina::Drives {

class RecoveryPassword;

// How to unlock a drive: its recovery password, or else the key in this computer's keychain.
struct DriveUnlock {
    const RecoveryPassword *password = nullptr;
    SecretStore *secrets = nullptr;
};

// What verifying a drive found.
struct DriveVerification {
    DriveHeader header;
    QString manifestSha256; // hex, of the sealed manifest on the drive
    qint64 objects = 0;
    qint64 bytes = 0;
    bool signatureChecked = false; // a certificate was given and the signature matched
    bool unlockedWithPassword = false;
};

// Unlocks the drive at `root` and verifies every object its manifest lists: each sealed file
// read from the disk, every segment opened, the plaintext's SHA-256 and the sealed bytes' CRC64
// compared with the manifest. With `certificate`, the manifest's signature is checked too.
// Errors: NotFound (not a Semina drive, or unfinished), AccessDenied (wrong recovery password,
// no key in the keychain), Corruption naming the first damaged object (all in the details).
Result<DriveVerification> verifyDrive(const QString &root, const DriveUnlock &unlock,
                                      const Offline::Certificate *certificate, JobContext &context);

} // namespace Semina::Drives
