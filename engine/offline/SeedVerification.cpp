#include "offline/SeedVerification.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "offline/SeedObjects.h"
#include "offline/Signature.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace Semina::Offline {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::SeedVerification)
};

Result<QByteArray> readSeedFile(const QString &jobFolder, const char *name)
{
    const QString path = QDir(jobFolder).filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.exists())
        return fail(
            ErrorCode::NotFound,
            Text::tr("\"%1\" does not exist: the seed in %2 is not finished; run the offline backup of this job "
                     "again to finish it.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(jobFolder)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("\"%1\" cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

Result<SignedSeedManifest> readSignedSeedManifest(const QString &jobFolder, const Certificate &certificate)
{
    const QString manifestPath = QDir(jobFolder).filePath(QString::fromLatin1(SeedLayout::kManifestFile));
    auto manifestBytes = readSeedFile(jobFolder, SeedLayout::kManifestFile);
    if (!manifestBytes)
        return fail(manifestBytes.error());
    auto signatureBytes = readSeedFile(jobFolder, SeedLayout::kSignatureFile);
    if (!signatureBytes)
        return fail(signatureBytes.error());
    auto signature = SeedSignature::fromJson(*signatureBytes, QString::fromLatin1(SeedLayout::kSignatureFile));
    if (!signature)
        return fail(signature.error());
    if (signature->certificateThumbprint.compare(certificate.thumbprint(), Qt::CaseInsensitive) != 0)
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The seed manifest %1 was signed by the certificate %2, not by %3: verify it with the "
                     "certificate of the server that wrote the seed (certgen ExportCertificate on that server).")
                .arg(QDir::toNativeSeparators(manifestPath), signature->certificateThumbprint,
                     certificate.thumbprint()));
    if (auto verified = verifySignature(certificate, *manifestBytes, signature->signature); !verified)
        return fail(
            ErrorCode::Corruption,
            Text::tr("The seed manifest %1 was changed after it was signed, or its signature was: do not ship this "
                     "seed; write it again with --force.")
                .arg(QDir::toNativeSeparators(manifestPath)),
            verified.error().message);
    auto manifest = SeedManifest::fromJson(*manifestBytes, QDir::toNativeSeparators(manifestPath));
    if (!manifest)
        return fail(manifest.error());
    return SignedSeedManifest{*manifest, *manifestBytes, signature->certificateThumbprint};
}

Result<SeedVerification> verifySeed(const QString &jobFolder, const Certificate &certificate, JobContext &context)
{
    context.setPhase(Text::tr("Checking the seed manifest's signature"));
    auto signedManifest = readSignedSeedManifest(jobFolder, certificate);
    if (!signedManifest)
        return fail(signedManifest.error());
    const SeedManifest *manifest = &signedManifest->manifest;
    const QString &thumbprint = signedManifest->certificateThumbprint;

    auto store = Store::openFolderStore(jobFolder);
    if (!store)
        return fail(store.error());
    auto listed = listAllObjects(**store, manifest->container);
    if (!listed)
        return fail(listed.error());
    QHash<QString, qint64> present;
    for (const Store::ObjectInfo &info : *listed)
        present.insert(info.name, info.size);

    SeedVerification result{*manifest, thumbprint, 0, 0};
    context.setPhase(Text::tr("Reading the seed and comparing it with its manifest"));
    context.setDone(0, 0);
    context.setTotals(manifest->objects.size(), manifest->seedBytes());
    QStringList problems;
    for (const SeedObject &object : manifest->objects) {
        context.setCurrentItem(object.name);
        const auto found = present.constFind(object.name);
        if (found == present.constEnd()) {
            problems << Text::tr("%1: missing").arg(object.name);
            context.addDone(1, object.size);
            continue;
        }
        if (*found != object.size) {
            problems << Text::tr("%1: changed (%2 bytes instead of %3)").arg(object.name).arg(*found).arg(object.size);
            context.addDone(1, object.size);
            continue;
        }
        auto sha256 = hashObject(**store, manifest->container, object.name, object.size, context);
        if (!sha256) {
            if (sha256.error().code == ErrorCode::Cancelled || sha256.error().code == ErrorCode::Io)
                return fail(sha256.error());
            problems << (sha256.error().code == ErrorCode::Corruption
                             ? Text::tr("%1: changed (%2)").arg(object.name, sha256.error().message)
                             : Text::tr("%1: unreadable (%2)").arg(object.name, sha256.error().message));
        } else if (*sha256 != object.sha256) {
            problems << Text::tr("%1: changed (its SHA-256 differs from the manifest's)").arg(object.name);
        }
        ++result.objectsChecked;
        result.bytesChecked += object.size;
        context.addDone(1, 0);
    }
    QSet<QString> listedInManifest;
    for (const SeedObject &object : manifest->objects)
        listedInManifest.insert(object.name);
    for (auto it = present.constBegin(); it != present.constEnd(); ++it) {
        if (!listedInManifest.contains(it.key()))
            problems << Text::tr("%1: not in the manifest (written after the seed was signed)").arg(it.key());
    }
    context.finish();
    if (!problems.isEmpty()) {
        problems.sort();
        qCWarning(lcOffline) << "seed verification failed:" << problems.size() << "problems in" << jobFolder;
        return fail(ErrorCode::Corruption,
                    Text::tr("The seed in %1 does not match its manifest: %2 (%3 in all). Do not ship it; "
                             "write it again with --force.")
                        .arg(QDir::toNativeSeparators(jobFolder), problems.first())
                        .arg(problems.size()),
                    problems.join(QLatin1Char('\n')));
    }
    return result;
}

} // namespace Semina::Offline
