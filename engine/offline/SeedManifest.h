#pragma once

#include "core/Error.h"
#include "offline/OfflineBackupForm.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Offline {

// Where a seed lives inside its job folder <staging>/<job>/:
//   vault/               the seed's vault, a folder-store container (so `semina-cli snapshots
//                        --vault <staging>/<job>` and the other vault commands work on it)
//   seed-manifest.json   what was written, signed by the server's offline identity
//   seed-manifest.sig    the signature and the signing certificate's thumbprint
namespace SeedLayout {
inline constexpr char kVaultContainer[] = "vault";
inline constexpr char kManifestFile[] = "seed-manifest.json";
inline constexpr char kSignatureFile[] = "seed-manifest.sig";
} // namespace SeedLayout

// One object of the seed's vault as the store returns it: the unit the drives carry and the
// station imports.
struct SeedObject {
    QString name; // inside the vault container, e.g. "data/ab/ab12..."
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes
};

// The job's seed manifest: the form as filled, what was protected, the vault written and every
// object in it, so the copy computer and the station need nothing re-typed and can verify
// every byte.
struct SeedManifest {
    static constexpr int kVersion = 1;

    OfflineBackupForm form;
    QString sourceHost;
    QStringList sources;
    QStringList excludes;
    QString vaultId; // hex
    QString snapshotId;
    QString container = QString::fromLatin1(SeedLayout::kVaultContainer);
    QList<SeedObject> objects;
    qint64 protectedBytes = 0;
    qint64 files = 0;
    QDateTime created; // UTC

    [[nodiscard]] qint64 seedBytes() const;
    // Indented JSON, objects in name order; these exact bytes are what is signed.
    [[nodiscard]] QByteArray toJson() const;
    // Corruption naming `fileName` when the text is not a seed manifest.
    static Result<SeedManifest> fromJson(const QByteArray &json, const QString &fileName);
};

// The signature file beside the manifest.
struct SeedSignature {
    QString certificateThumbprint; // SHA-1, upper-case hex, as Windows shows it
    QByteArray signature; // over the manifest file's bytes (Signature.h)

    [[nodiscard]] QByteArray toJson() const;
    static Result<SeedSignature> fromJson(const QByteArray &json, const QString &fileName);
};

} // namespace Semina::Offline
