#include "drives/DriveVerifier.h"

#include "core/JobContext.h"
#include "crypto/Digest.h"
#include "drives/DriveManifest.h"
#include "drives/RecoveryPassword.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSet>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveVerifier)
};

Result<DriveKey> unlockKey(const DriveHeader &header, const QString &root, const DriveUnlock &unlock)
{
    if (unlock.password) {
        if (!header.hasKey())
            return fail(ErrorCode::NotFound,
                        Text::tr("The drive %1 was not finished: it has no recovery password yet. Run diskprep for "
                                 "its job again to finish it.")
                            .arg(QDir::toNativeSeparators(root)));
        return DriveKey::unwrap(header.key, *unlock.password, header.driveId);
    }
    if (!unlock.secrets)
        return fail(ErrorCode::AccessDenied, Text::tr("Give the drive's recovery password to unlock it."));
    auto key = unlock.secrets->read(DriveKey::keychainName(header.driveId));
    if (!key) {
        if (key.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::AccessDenied,
                        Text::tr("The key of drive %1 is not in this computer's keychain: give its recovery password "
                                 "(--recovery-password).")
                            .arg(header.driveId));
        return fail(key.error());
    }
    return DriveKey::fromBytes(*key);
}

} // namespace

Result<DriveVerification> verifyDrive(const QString &root, const DriveUnlock &unlock,
                                      const Offline::Certificate *certificate, JobContext &context)
{
    context.setPhase(Text::tr("Unlocking the drive"));
    auto header = DriveLayout::readHeader(root);
    if (!header)
        return fail(header.error());
    DriveVerification result;
    result.header = *header;
    result.unlockedWithPassword = unlock.password != nullptr;
    auto key = unlockKey(*header, root, unlock);
    if (!key)
        return fail(key.error());
    auto sealingKey = key->sealingKey(header->driveId);
    auto manifestId = key->fileId(header->driveId, manifestFileName());
    if (!sealingKey || !manifestId)
        return fail(!sealingKey ? sealingKey.error() : manifestId.error());
    const QByteArray driveId = header->driveId.toUtf8();
    auto manifest = readDriveManifest(root, {*sealingKey, driveId, *manifestId});
    if (!manifest)
        return fail(manifest.error());
    result.manifestSha256 = manifest->sha256;
    if (manifest->manifest.driveId != header->driveId)
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive manifest on %1 belongs to another drive (%2).")
                        .arg(QDir::toNativeSeparators(root), manifest->manifest.driveId));
    if (certificate) {
        if (auto checked = checkManifestSignature(*manifest, *certificate); !checked)
            return fail(checked.error());
        result.signatureChecked = true;
    }

    qint64 total = 0;
    for (const DriveManifestEntry &entry : manifest->manifest.entries)
        total += entry.size;
    context.setPhase(Text::tr("Reading every object on the drive and checking it"));
    context.setTotals(manifest->manifest.entries.size(), total);
    QStringList problems;
    QSet<QString> expected;
    for (const DriveManifestEntry &entry : manifest->manifest.entries) {
        if (auto ok = context.checkCancelled(); !ok)
            return fail(ok.error());
        context.setCurrentItem(entry.name);
        const QString path = DriveLayout::objectPath(root, entry.fileId);
        expected.insert(QFileInfo(path).fileName());
        Crypto::Sha256 hash;
        auto read = readSealedFile(path, {*sealingKey, driveId, entry.fileId}, [&](QByteArrayView plain) -> Result<> {
            context.addDone(0, plain.size());
            return hash.add(plain);
        });
        context.addDone(1, 0);
        if (!read) {
            if (read.error().code == ErrorCode::Io)
                return fail(read.error());
            problems << Text::tr("%1: %2").arg(entry.name, read.error().message);
            continue;
        }
        auto sha = hash.finish();
        if (!sha)
            return fail(sha.error());
        if (*sha != entry.sha256 || read->plainBytes != entry.size)
            problems << Text::tr("%1: its SHA-256 differs from the manifest's").arg(entry.name);
        else if (read->crc64 != entry.crc64)
            problems << Text::tr("%1: the CRC64 of its bytes on the drive differs from the manifest's").arg(entry.name);
        else {
            ++result.objects;
            result.bytes += entry.size;
        }
    }
    QDirIterator files(QDir(root).filePath(QStringLiteral("semina/objects")), QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        if (!expected.contains(files.fileName()))
            problems
                << Text::tr("%1: a file the manifest does not list").arg(QDir::toNativeSeparators(files.filePath()));
    }
    context.finish();
    if (!problems.isEmpty())
        return fail(ErrorCode::Corruption,
                    Text::tr("The drive %1 is damaged: %2 (%3 problems in all). Prepare it again from the staging "
                             "location, or ask the station to use the other drives first.")
                        .arg(QDir::toNativeSeparators(root), problems.first())
                        .arg(problems.size()),
                    problems.join(QLatin1Char('\n')));
    return result;
}

} // namespace Semina::Drives
