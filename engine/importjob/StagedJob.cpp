#include "StagedJob.h"

#include "core/JobContext.h"
#include "drives/PreparedDrives.h"
#include "importjob/ServiceSetup.h"
#include "offline/PublishSettings.h"
#include "offline/SeedManifest.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Semina::Offline {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::StagedJob)
};

Result<SeedManifest> readSeedManifest(const QString &jobFolder)
{
    QFile file(QDir(jobFolder).filePath(QLatin1String(SeedLayout::kManifestFile)));
    if (!file.open(QIODevice::ReadOnly)) {
        const QDir folder(jobFolder);
        return fail(ErrorCode::NotFound,
                    Text::tr("There is no seed of job \"%1\" in \"%2\": name the staging location the seed was "
                             "written to.")
                        .arg(folder.dirName(), QDir::toNativeSeparators(QFileInfo(jobFolder).path())));
    }
    return SeedManifest::fromJson(file.readAll(), file.fileName());
}
} // namespace

QList<JobTarget> jobsInStaging(const QString &staging)
{
    QList<JobTarget> jobs;
    const QDir folder(staging);
    for (const QString &entry : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(QDir(folder.filePath(entry)).filePath(QLatin1String(SeedLayout::kManifestFile)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto manifest = SeedManifest::fromJson(file.readAll(), file.fileName());
        if (manifest)
            jobs.append(
                {manifest->form.importJobName, manifest->form.publishSettingsFile, manifest->form.subscriptionId});
    }
    return jobs;
}

Result<> checkJobPublishSettings(const QString &publishSettingsFile, const QString &subscriptionId)
{
    auto settings = PublishSettings::read(publishSettingsFile);
    if (!settings)
        return fail(settings.error());
    if (auto subscription = settings->subscription(subscriptionId); !subscription)
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The publish settings %1 do not hold the job's subscription %2 (they hold %3): download "
                     "the publish settings of the subscription the job was created for.")
                .arg(publishSettingsFile, subscriptionId, settings->subscriptionIds().join(QStringLiteral(", "))));
    return {};
}

Result<std::unique_ptr<ImportService>> openJobService(const JobTarget &target, SecretStore &secrets)
{
    if (target.publishSettingsFile.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" names no publish settings file: give the publish settings file of "
                             "its subscription.")
                        .arg(target.job));
    return openImportService(target.publishSettingsFile, target.subscriptionId, secrets);
}

Result<QByteArray> driveKeyFromKeychain(const QString &driveId, const QString &entry, SecretStore &secrets)
{
    auto key = secrets.read(entry);
    if (!key && key.error().code == ErrorCode::NotFound)
        return fail(ErrorCode::NotFound,
                    Text::tr("The key of drive %1 is not in this computer's keychain: create the job "
                             "on the computer that prepared the drives.")
                        .arg(driveId));
    return key;
}

Result<QList<DriveForImport>> preparedDrivesForImport(const QString &jobFolder, SecretStore &secrets)
{
    auto prepared = Drives::preparedDrives(jobFolder);
    if (!prepared)
        return fail(prepared.error());
    QList<DriveForImport> drives;
    for (const Drives::PreparedDrive &drive : *prepared) {
        auto key = driveKeyFromKeychain(drive.driveId, drive.keychainEntry, secrets);
        if (!key) {
            for (DriveForImport &read : drives)
                read.driveKey.fill('\0');
            return fail(key.error());
        }
        drives.append({drive.driveId, drive.serial, drive.sequence, drive.count, drive.bytes,
                       QByteArray::fromHex(drive.manifestSha256.toLatin1()), *key});
    }
    return drives;
}

Result<StagedCreation> stagedCreation(const QString &jobFolder, SecretStore &secrets)
{
    auto manifest = readSeedManifest(jobFolder);
    if (!manifest)
        return fail(manifest.error());
    auto credential = writeCredentialFor(manifest->form.storageAccount, secrets);
    if (!credential)
        return fail(credential.error());
    auto hash = seedManifestHash(jobFolder);
    if (!hash)
        return fail(hash.error());
    return StagedCreation{
        {manifest->form.importJobName, manifest->form.storageAccount, manifest->form.container, *credential, *hash, {}},
        {manifest->form.importJobName, manifest->form.publishSettingsFile, manifest->form.subscriptionId}};
}

Result<CreatedJob> createStagedJob(const QString &jobFolder, JobTarget target, QList<DriveForImport> drives,
                                   SecretStore &secrets, OfflineIdentity &identity, ImportJobStore *localJobs,
                                   JobContext &context)
{
    const auto zeroKeys = [](QList<DriveForImport> &list) {
        for (DriveForImport &drive : list)
            drive.driveKey.fill('\0');
    };
    context.setPhase(Text::tr("Reading the seed and the prepared drives"));
    auto staged = stagedCreation(jobFolder, secrets);
    if (!staged) {
        zeroKeys(drives);
        return fail(staged.error());
    }
    if (target.job.isEmpty())
        target.job = staged->target.job;
    if (target.publishSettingsFile.isEmpty())
        target.publishSettingsFile = staged->target.publishSettingsFile;
    if (target.subscriptionId.isEmpty())
        target.subscriptionId = staged->target.subscriptionId;
    context.setPhase(Text::tr("Opening the import service"));
    auto service = openJobService(target, secrets);
    if (!service) {
        zeroKeys(drives);
        return fail(service.error());
    }
    ImportJobCreation &creation = staged->creation;
    if (drives.isEmpty()) {
        auto prepared = preparedDrivesForImport(jobFolder, secrets);
        if (!prepared)
            return fail(prepared.error());
        drives = std::move(*prepared);
    }
    creation.drives = std::move(drives);
    context.setPhase(Text::tr("Creating the import job in %1").arg((*service)->describe()));
    auto job = createImportJob(**service, identity, creation, localJobs);
    zeroKeys(creation.drives);
    if (!job)
        return fail(job.error());
    auto description = (*service)->description();
    if (!description)
        return fail(description.error());
    return CreatedJob{std::move(*job), std::move(*description), (*service)->describe()};
}

} // namespace Semina::Offline
