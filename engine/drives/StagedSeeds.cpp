#include "drives/StagedSeeds.h"

#include "crypto/Digest.h"
#include "drives/DriveJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::StagedSeeds)
};

} // namespace

namespace PreparationLayout {

QString folder(const QString &jobFolder)
{
    return QDir(jobFolder).filePath(QString::fromLatin1(kFolder));
}

QString journalPath(const QString &jobFolder)
{
    return QDir(folder(jobFolder)).filePath(QString::fromLatin1(kJournalFile));
}

QString preparedPath(const QString &jobFolder)
{
    return QDir(folder(jobFolder)).filePath(QString::fromLatin1(kPreparedFile));
}

QString manifestCopyPath(const QString &jobFolder, int sequence)
{
    return QDir(folder(jobFolder)).filePath(QStringLiteral("drive-%1.manifest").arg(sequence));
}

} // namespace PreparationLayout

Result<QList<StagedSeed>> listStagedSeeds(const QString &staging, const Offline::Certificate &certificate)
{
    const QDir dir(staging);
    if (!dir.exists())
        return fail(ErrorCode::NotFound,
                    Text::tr("The staging location %1 does not exist: name the folder the offline backup wrote its "
                             "seed into (s:<staging> or --staging DIR).")
                        .arg(QDir::toNativeSeparators(staging)));
    QList<StagedSeed> seeds;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString jobFolder = dir.filePath(name);
        const QDir job(jobFolder);
        if (!job.exists(QString::fromLatin1(Offline::SeedLayout::kVaultContainer))
            && !job.exists(QString::fromLatin1(Offline::SeedLayout::kManifestFile)))
            continue;
        StagedSeed seed;
        seed.job = name;
        seed.jobFolder = jobFolder;
        auto signedManifest = Offline::readSignedSeedManifest(jobFolder, certificate);
        if (!signedManifest) {
            seed.problem = signedManifest.error().code == ErrorCode::NotFound
                ? Text::tr("not ready: the seed is still being written (no signed manifest yet)")
                : signedManifest.error().message;
            seeds << seed;
            continue;
        }
        auto sha = Crypto::sha256(signedManifest->bytes);
        if (!sha)
            return fail(sha.error());
        seed.ready = true;
        seed.seed = *signedManifest;
        seed.job = signedManifest->manifest.form.importJobName.isEmpty() ? name
                                                                         : signedManifest->manifest.form.importJobName;
        seed.manifestSha256 = QString::fromLatin1(sha->toHex());
        if (auto journal = DriveJournal::read(PreparationLayout::journalPath(jobFolder));
            journal && journal->seedManifestSha256 == seed.manifestSha256) {
            seed.drivesPrepared = journal->complete;
            for (const JournalDrive &drive : journal->drives)
                seed.drivesFinished += drive.finished ? 1 : 0;
            if (const JournalDrive *open = journal->openDrive())
                seed.unfinishedDrive = open->name;
        }
        seeds << seed;
    }
    if (seeds.isEmpty())
        return fail(ErrorCode::NotFound,
                    Text::tr("The staging location %1 holds no seed: run the offline backup first (semina-cli "
                             "offline-backup), or name the staging location it wrote to.")
                        .arg(QDir::toNativeSeparators(staging)));
    return seeds;
}

Result<QList<PlannedDrive>> planStagedSeed(const StagedSeed &seed, qint64 driveSize)
{
    QList<qint64> sizes;
    QStringList names;
    for (const Offline::SeedObject &object : seed.seed.manifest.objects) {
        sizes << object.size;
        names << object.name;
    }
    return planDrives(sizes, {driveSize, 128 * 1024}, names);
}

} // namespace Semina::Drives
