#include "offline/Seed.h"

#include "core/AtomicFile.h"
#include "core/JobContext.h"
#include "core/Logging.h"
#include "importjob/ImportJobStore.h"
#include "offline/DataFolder.h"
#include "offline/OfflineFormValidator.h"
#include "offline/OfflineIdentity.h"
#include "offline/SeedManifest.h"
#include "offline/SeedObjects.h"
#include "store/StoreFactory.h"
#include "vault/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace Semina::Offline {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::Seed)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool sameLocation(const QString &a, const QString &b)
{
    return QDir::cleanPath(a) == QDir::cleanPath(b);
}

QString manifestPath(const QString &jobFolder)
{
    return QDir(jobFolder).filePath(QString::fromLatin1(SeedLayout::kManifestFile));
}

QString signaturePath(const QString &jobFolder)
{
    return QDir(jobFolder).filePath(QString::fromLatin1(SeedLayout::kSignatureFile));
}

// The manifest goes first, so a seed is never left with a manifest but without its signature.
Result<> removeManifest(const QString &jobFolder)
{
    for (const QString &path : {manifestPath(jobFolder), signaturePath(jobFolder)}) {
        if (QFile::exists(path) && !QFile::remove(path))
            return fail(ErrorCode::Io,
                        Text::tr("\"%1\" cannot be removed: check the folder's permissions.").arg(native(path)));
    }
    return syncFolder(jobFolder);
}

// The job as the form describes it; the record keeps its state, vault and totals.
void fillFromForm(ImportJob &job, const SeedRequest &request)
{
    job.name = request.form.importJobName;
    job.subscriptionId = request.form.subscriptionId;
    job.storageAccount = request.form.storageAccount;
    job.container = request.form.container;
    job.stagingLocation = request.form.stagingLocation;
    job.publishSettingsFile = request.form.publishSettingsFile;
    job.sources = request.sources;
    job.excludes = request.excludes;
}

// The job record before the vault is touched: a new job, the same job continued, or a
// finished one replaced with `force`. Sets `replacing` when the old seed must go.
Result<ImportJob> recordSeeding(const SeedRequest &request, ImportJobStore &jobs, const QString &jobFolder,
                                bool &replacing)
{
    const QString &name = request.form.importJobName;
    const bool manifestPresent = QFile::exists(manifestPath(jobFolder));
    auto existing = jobs.find(name);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return fail(existing.error());
    const bool finished = manifestPresent && (!existing || existing->state == ImportJobState::Seeded);
    if (existing) {
        if (!sameLocation(existing->stagingLocation, request.form.stagingLocation))
            return fail(
                ErrorCode::Conflict,
                Text::tr("The import job \"%1\" exists already with the staging location %2: choose another job "
                         "name, or give that staging location to continue it.")
                    .arg(name, native(existing->stagingLocation)));
        if (existing->state != ImportJobState::Seeding && existing->state != ImportJobState::Seeded)
            return fail(
                ErrorCode::Conflict,
                Text::tr("The import job \"%1\" is %2: its drives were prepared from this seed, so it cannot be "
                         "written again. Choose another job name.")
                    .arg(name, stateLabel(existing->state)));
    }
    if (finished && !request.force)
        return fail(
            ErrorCode::Conflict,
            Text::tr("The seed of the import job \"%1\" in %2 is finished: run again with --force to replace it "
                     "(its drives must then be prepared again).")
                .arg(name, native(jobFolder)));
    replacing = finished;
    ImportJob job = existing ? *existing : ImportJob{};
    fillFromForm(job, request);
    job.state = ImportJobState::Seeding;
    if (replacing) {
        job.vaultId.clear();
        job.protectedBytes = job.seedBytes = 0;
    }
    return existing ? jobs.update(job) : jobs.add(job);
}

struct OpenedVault {
    std::unique_ptr<Vault::Vault> vault;
    bool created = false;
};

Result<OpenedVault> openOrCreateVault(const Vault::VaultLocation &location, const SeedRequest &request,
                                      const QString &jobFolder)
{
    auto exists = Vault::Vault::exists(location);
    if (!exists)
        return fail(exists.error());
    if (*exists) {
        if (request.passphrase.isEmpty()) {
            auto vault = Vault::Vault::openWithKeychain(location);
            if (vault)
                return OpenedVault{std::move(*vault), false};
            if (vault.error().code != ErrorCode::NotFound)
                return fail(vault.error());
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("The seed in %1 was started with a passphrase that is not in the OS keychain: give the "
                         "same passphrase to continue it.")
                    .arg(native(jobFolder)));
        }
        auto vault = Vault::Vault::open(location, request.passphrase);
        if (vault)
            return OpenedVault{std::move(*vault), false};
        if (vault.error().code != ErrorCode::AccessDenied)
            return fail(vault.error());
        return fail(ErrorCode::AccessDenied,
                    Text::tr("Wrong passphrase: the seed of the import job \"%1\" in %2 was started with another "
                             "one. Give the passphrase chosen when it started (the vault's recovery key opens it too).")
                        .arg(request.form.importJobName, native(jobFolder)),
                    vault.error().message);
    }
    if (request.passphrase.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The seed's vault needs a passphrase to be created: give one (it opens the vault later, with "
                     "the recovery key shown once, when the seed is finished, as a spare)."));
    Vault::CreateOptions options = request.vaultOptions;
    options.storeInKeychain = request.storeKeyInKeychain;
    if (options.keyLabel.isEmpty())
        options.keyLabel = Text::tr("offline seed %1").arg(request.form.importJobName);
    auto created = Vault::Vault::create(location, request.passphrase, options);
    if (!created)
        return fail(created.error());
    // The key made with the vault is never shown: the run that completes the seed replaces it.
    return OpenedVault{std::move(created->vault), true};
}

// Signs the manifest and writes it beside the vault: the signature first, then the manifest,
// each atomically, so a manifest on disk always has its signature.
Result<> writeSignedManifest(const SeedManifest &manifest, OfflineIdentity &identity, const QString &jobFolder,
                             const QString &thumbprint)
{
    const QByteArray bytes = manifest.toJson();
    auto signature = identity.sign(bytes);
    if (!signature)
        return fail(signature.error());
    if (auto ok = writeFileAtomically(signaturePath(jobFolder), SeedSignature{thumbprint, *signature}.toJson()); !ok)
        return ok;
    return writeFileAtomically(manifestPath(jobFolder), bytes);
}

} // namespace

qint64 seedBytesWritten(const OfflineBackupForm &form)
{
    if (form.stagingLocation.isEmpty() || form.importJobName.isEmpty())
        return 0;
    qint64 bytes = 0;
    for (QDirIterator it(QDir(form.stagingLocation).filePath(form.importJobName), QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

Result<QStringList> jobNamesTakenFor(const OfflineBackupForm &form, const ImportJobStore &jobs)
{
    auto all = jobs.list();
    if (!all)
        return fail(all.error());
    QStringList names;
    for (const ImportJob &job : *all) {
        const bool continued = job.name.compare(form.importJobName, Qt::CaseInsensitive) == 0
            && sameLocation(job.stagingLocation, form.stagingLocation)
            && (job.state == ImportJobState::Seeding || job.state == ImportJobState::Seeded);
        if (!continued)
            names << job.name;
    }
    return names;
}

Result<SeedResult> writeSeed(const SeedRequest &request, const SeedServices &services, JobContext &context)
{
    if (!services.jobs || !services.identity)
        return fail(ErrorCode::Internal, Text::tr("The seed was started without its job store or identity."));
    const OfflineBackupForm &form = request.form;
    if (auto name = OfflineFormValidator().checkImportJobName(form.importJobName); !name)
        return fail(name.error());
    if (form.stagingLocation.isEmpty() || request.sources.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("Give the staging location and at least one folder or file to protect."));
    // The identity signs the manifest at the end: missing, it is better known before hours of work.
    auto params = services.identity->load();
    if (!params)
        return fail(params.error());

    SeedResult result;
    result.jobFolder = QDir::cleanPath(QDir(form.stagingLocation).filePath(form.importJobName));
    result.manifestPath = manifestPath(result.jobFolder);
    if (auto folder = ensureFolder(result.jobFolder); !folder)
        return fail(folder.error());
    // One writer per seed: a second process (the CLI beside the wizard) is refused, not mixed in.
    // A lock left by a killed process is taken over (QLockFile checks its process is gone).
    QLockFile lock(QDir(result.jobFolder).filePath(QStringLiteral(".seed.lock")));
    if (!lock.tryLock(0))
        return fail(ErrorCode::Conflict,
                    Text::tr("Another Semina process is writing the seed in %1: wait for it to finish.")
                        .arg(native(result.jobFolder)));

    bool replacing = false;
    auto job = recordSeeding(request, *services.jobs, result.jobFolder, replacing);
    if (!job)
        return fail(job.error());
    auto store = Store::openFolderStore(result.jobFolder);
    if (!store)
        return fail(store.error());
    const Vault::VaultLocation location{store->get(), QString::fromLatin1(SeedLayout::kVaultContainer), {}};
    // From here the seed changes, so no manifest may claim it; a replaced seed starts empty.
    if (auto removed = removeManifest(result.jobFolder); !removed)
        return fail(removed.error());
    if (replacing) {
        qCInfo(lcOffline) << "replacing the finished seed of" << form.importJobName;
        if (auto removed = (*store)->deleteContainer(location.container); !removed)
            return fail(removed.error());
    }

    context.setPhase(Text::tr("Opening the seed's vault"));
    auto opened = openOrCreateVault(location, request, result.jobFolder);
    if (!opened)
        return fail(opened.error());
    Vault::Vault &vault = *opened->vault;
    result.vaultId = vault.config().vaultIdHex();
    result.resumed = !opened->created;
    if (job->vaultId != result.vaultId) {
        job->vaultId = result.vaultId;
        job = services.jobs->update(*job);
        if (!job)
            return fail(job.error());
    }

    Vault::BackupRequest backupRequest;
    backupRequest.paths = request.sources;
    // The seed never backs itself up, when the staging location lies inside a source.
    backupRequest.excludes = request.excludes + QStringList{result.jobFolder};
    backupRequest.tags = {QStringLiteral("offline-seed"), form.importJobName};
    auto snapshot = Vault::backup(vault, backupRequest, context);
    if (!snapshot)
        return fail(snapshot.error());

    // The recovery key is made now, by the run that completes the seed, and shown by it once:
    // whatever stopped earlier runs, the key a person sees is the vault's only recovery key, and
    // it is never written anywhere in clear.
    context.setPhase(Text::tr("Making the recovery key"));
    auto recoveryKey = vault.replaceRecoveryKey(request.vaultOptions.scrypt, &context);
    if (!recoveryKey)
        return fail(recoveryKey.error());

    auto objects = hashSeedObjects(**store, location.container, context);
    if (!objects)
        return fail(objects.error());
    SeedManifest manifest;
    manifest.form = form;
    manifest.sourceHost = QSysInfo::machineHostName();
    manifest.sources = snapshot->paths;
    manifest.excludes = request.excludes;
    manifest.vaultId = result.vaultId;
    manifest.snapshotId = snapshot->id;
    manifest.objects = *objects;
    manifest.protectedBytes = snapshot->totals.bytes;
    manifest.files = snapshot->totals.files;
    manifest.created = QDateTime::currentDateTimeUtc();
    context.setPhase(Text::tr("Signing the seed manifest"));
    if (auto written
        = writeSignedManifest(manifest, *services.identity, result.jobFolder, params->certificate.thumbprint());
        !written)
        return fail(written.error());

    job->state = ImportJobState::Seeded;
    job->protectedBytes = manifest.protectedBytes;
    job->seedBytes = manifest.seedBytes();
    if (auto saved = services.jobs->update(*job); !saved)
        return fail(saved.error());
    context.finish();

    result.snapshotId = snapshot->id;
    result.recoveryKey = *recoveryKey;
    result.protectedBytes = manifest.protectedBytes;
    result.seedBytes = manifest.seedBytes();
    result.files = manifest.files;
    result.objects = manifest.objects.size();
    qCInfo(lcOffline) << "seed of" << form.importJobName << "written:" << result.objects << "objects,"
                      << result.seedBytes << "bytes";
    return result;
}

} // namespace Semina::Offline
