#include "importjob/JobCreation.h"

#include "crypto/Digest.h"
#include "importjob/ImportJobStore.h"
#include "importjob/KeyWrap.h"
#include "offline/OfflineIdentity.h"
#include "offline/SeedManifest.h"
#include "secrets/SecretStore.h"
#include "store/AccountRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::JobCreation)
};

Result<> checkDrives(const ImportJobCreation &creation)
{
    for (const DriveForImport &drive : creation.drives) {
        if (drive.driveId.isEmpty() || drive.driveKey.isEmpty() || drive.manifestSha256.size() != 32
            || drive.sequence < 1 || drive.sequence > drive.count || drive.count != creation.drives.size())
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The drive \"%1\" of job \"%2\" is not fully prepared (id, key, manifest hash, "
                                 "\"%3 of %4\"): prepare it again.")
                            .arg(drive.driveId, creation.jobName)
                            .arg(drive.sequence)
                            .arg(drive.count));
    }
    return {};
}

} // namespace

Result<QByteArray> writeCredentialFor(const QString &storageAccount, SecretStore &secrets)
{
    Store::AccountRegistry registry(secrets);
    auto definition = registry.find(storageAccount);
    if (!definition)
        return fail(definition.error());
    if (definition->kind == Store::AccountDefinition::Kind::Folder)
        return definition->folder.toUtf8();
    // The registry keeps an Azure account's secret under this name (AccountRegistry.cpp).
    return secrets.read(QStringLiteral("storage-account/") + storageAccount);
}

QString driveKeyName(const QString &driveId)
{
    return QStringLiteral("drive/%1/key").arg(driveId);
}

QByteArray driveKeyBinding(const QString &job, const QString &driveId)
{
    return QByteArray("semina-drive-key/1\n") + job.toLower().toUtf8() + '\n' + driveId.toUtf8();
}

QByteArray writeCredentialBinding(const QString &job)
{
    return QByteArray("semina-write-credential/1\n") + job.toLower().toUtf8();
}

Result<ServiceJob> createImportJob(ImportService &service, OfflineIdentity &identity, const ImportJobCreation &creation,
                                   ImportJobStore *localJobs)
{
    if (auto checked = checkDrives(creation); !checked)
        return fail(checked.error());
    auto description = service.description();
    if (!description)
        return fail(description.error());
    auto params = identity.load();
    if (!params)
        return fail(params.error());

    JobRequest request;
    request.name = creation.jobName;
    request.storageAccount = creation.storageAccount;
    request.container = creation.container;
    request.seedManifestSha256 = creation.seedManifestSha256;
    auto credential = wrapToStation(description->stationCertificateDer, creation.writeCredential,
                                    writeCredentialBinding(creation.jobName));
    if (!credential)
        return fail(credential.error());
    request.wrappedWriteCredential = *credential;
    for (const DriveForImport &drive : creation.drives) {
        auto wrapped = wrapToStation(description->stationCertificateDer, drive.driveKey,
                                     driveKeyBinding(creation.jobName, drive.driveId));
        if (!wrapped)
            return fail(wrapped.error());
        request.drives.append({drive.driveId,
                               drive.serial,
                               drive.sequence,
                               drive.count,
                               drive.bytes,
                               drive.manifestSha256,
                               *wrapped,
                               DriveState::Specified,
                               0,
                               {},
                               {}});
    }
    request.offlineCertificateDer = params->certificate.der();
    auto signature = identity.sign(request.signedBytes());
    if (!signature)
        return fail(signature.error());
    request.offlineSignature = *signature;

    auto job = service.createJob(request);
    if (!job)
        return job;
    if (localJobs) {
        if (auto mirrored = mirrorLocalState(*localJobs, *job); !mirrored)
            return fail(mirrored.error());
    }
    return job;
}

Result<QByteArray> seedManifestHash(const QString &jobFolder)
{
    const QString path = QDir(jobFolder).filePath(QLatin1String(SeedLayout::kManifestFile));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Text::tr("The seed manifest \"%1\" cannot be read (%2): name the staging location and job of a "
                             "written seed.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Crypto::sha256(file.readAll());
}

QStringList shipToLines(const ServiceDescription &description)
{
    QStringList lines{Text::tr("Ship the drives to:")};
    for (const QString &line : description.shipTo.lines())
        lines << QStringLiteral("    ") + line;
    lines << Text::tr("Supported carriers: %1").arg(description.carriers.join(QStringLiteral(", ")));
    return lines;
}

Result<> mirrorLocalState(ImportJobStore &localJobs, const ServiceJob &job)
{
    auto local = localJobs.find(job.name());
    if (!local)
        return local.error().code == ErrorCode::NotFound ? Result<>() : fail(local.error());
    if (local->state == job.state)
        return {};
    local->state = job.state;
    auto updated = localJobs.update(*local);
    if (!updated)
        return fail(updated.error());
    return {};
}

} // namespace Semina::Offline
