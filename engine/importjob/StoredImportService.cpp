#include "importjob/StoredImportService.h"

#include "core/Logging.h"
#include "importjob/ShippingValidator.h"
#include "offline/AzureNames.h"
#include "offline/Signature.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::StoredImportService)
};

// The Import/Export service's limit, kept.
constexpr int kMaxDrives = 10;

bool sameRequest(const JobRequest &a, const JobRequest &b)
{
    if (a.seedManifestSha256 != b.seedManifestSha256 || a.drives.size() != b.drives.size())
        return false;
    for (qsizetype i = 0; i < a.drives.size(); ++i) {
        if (a.drives[i].driveId != b.drives[i].driveId || a.drives[i].manifestSha256 != b.drives[i].manifestSha256)
            return false;
    }
    return true;
}

} // namespace

StoredImportService::StoredImportService(std::unique_ptr<Store::ObjectStore> store, QString container,
                                         ManagementCredential caller, Options options)
    : m_store(std::move(store))
    , m_storage(*m_store, std::move(container))
    , m_caller(std::move(caller))
    , m_options(std::move(options))
{
}

StoredImportService::StoredImportService(std::unique_ptr<Store::ObjectStore> store, QString container,
                                         ManagementCredential caller)
    : StoredImportService(std::move(store), std::move(container), std::move(caller), Options{})
{
}

StoredImportService::~StoredImportService() = default;

QString StoredImportService::describe() const
{
    return m_storage.describe();
}

Result<ServiceDescription> StoredImportService::description()
{
    return m_storage.readDescription();
}

Result<SubscriptionRecord> StoredImportService::registration()
{
    auto record = m_storage.readSubscription(m_caller.subscriptionId);
    if (record || record.error().code != ErrorCode::NotFound)
        return record;
    if (!m_options.registerUnknownSubscriptions)
        return fail(ErrorCode::AccessDenied,
                    Text::tr("The import service does not know subscription %1 (%2): use a publish settings file "
                             "issued for it with \"semina-cli subscription create --service NAME\".")
                        .arg(m_caller.subscriptionId, describe()));
    SubscriptionRecord fresh{m_caller.subscriptionId, {}, {m_caller.certificate.der()}, m_options.clock(), {}};
    auto put = m_storage.putSubscription(fresh, Store::PutCondition::ifAbsent());
    if (!put && put.error().code != ErrorCode::Conflict)
        return fail(put.error());
    // Conflict: another process registered it first; what it wrote decides.
    return m_storage.readSubscription(m_caller.subscriptionId);
}

Result<QByteArray> StoredImportService::authenticate(const QByteArray &data)
{
    auto record = registration();
    if (!record)
        return fail(record.error());
    const QDateTime now = m_options.clock();
    for (const QByteArray &der : record->certificatesDer) {
        auto registered = Certificate::fromDer(der);
        if (!registered || registered->thumbprint() != m_caller.certificate.thumbprint())
            continue;
        if (!registered->isValidAt(now))
            return fail(ErrorCode::AccessDenied,
                        Text::tr("The management certificate %1 of subscription %2 expired on %3 (or is not valid "
                                 "yet): issue new publish settings for the subscription and use them.")
                            .arg(registered->thumbprint(), m_caller.subscriptionId,
                                 registered->notAfter().toString(Qt::ISODate)));
        auto signature = signBytes(m_caller.privateKeyDer, data);
        if (!signature)
            return fail(signature.error());
        if (auto verified = verifySignature(*registered, data, *signature); !verified)
            return fail(ErrorCode::AccessDenied,
                        Text::tr("The publish settings' private key does not match the management certificate %1: "
                                 "download the publish settings file again.")
                            .arg(registered->thumbprint()),
                        verified.error().message);
        return signature;
    }
    return fail(ErrorCode::AccessDenied,
                Text::tr("The import service does not know the management certificate %1 for subscription %2: use "
                         "the latest publish settings file issued for the subscription.")
                    .arg(m_caller.certificate.thumbprint(), m_caller.subscriptionId));
}

Result<> StoredImportService::checkOfflineSignature(const JobRequest &request) const
{
    auto certificate = Certificate::fromDer(request.offlineCertificateDer);
    if (!certificate)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" carries no valid offline certificate: create it again from the server "
                             "that wrote its seed.")
                        .arg(request.name),
                    certificate.error().message);
    if (auto verified = verifySignature(*certificate, request.signedBytes(), request.offlineSignature); !verified)
        return fail(ErrorCode::AccessDenied,
                    Text::tr("The job \"%1\" is not signed by the offline certificate it names: it was changed on the "
                             "way; create it again.")
                        .arg(request.name),
                    verified.error().message);
    return {};
}

Result<ServiceJob> StoredImportService::createJob(const JobRequest &request)
{
    if (!AzureNames::isImportJobName(request.name))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a job name: use 3 to 64 letters, digits, hyphens and underscores.")
                        .arg(request.name));
    if (request.drives.isEmpty() || request.drives.size() > kMaxDrives)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" lists %2 drive(s): a job ships 1 to %3 drives; split a larger seed "
                             "into several jobs.")
                        .arg(request.name)
                        .arg(request.drives.size())
                        .arg(kMaxDrives));
    if (auto checked = checkOfflineSignature(request); !checked)
        return fail(checked.error());
    auto signature = authenticate(request.signedBytes());
    if (!signature)
        return fail(signature.error());

    ServiceJob job;
    job.subscriptionId = m_caller.subscriptionId;
    job.request = request;
    for (ServiceDrive &drive : job.request.drives) {
        drive.state = DriveState::Specified;
        drive.bytesSucceeded = 0;
    }
    job.state = ImportJobState::Creating;
    job.created = job.stateChanged = m_options.clock();
    job.managementThumbprint = m_caller.certificate.thumbprint();
    job.managementSignature = *signature;
    auto created = m_storage.putJob(job, Store::PutCondition::ifAbsent());
    if (created) {
        qCDebug(lcOffline) << "import job created in the service" << request.name;
        return created;
    }
    if (created.error().code != ErrorCode::Conflict)
        return created;
    auto existing = m_storage.readJob(m_caller.subscriptionId, request.name);
    if (!existing)
        return existing;
    if (sameRequest(existing->request, request))
        return existing; // a retry of the request that created it
    return fail(ErrorCode::Conflict,
                Text::tr("The import service already has a job named \"%1\" in subscription %2 (created %3, %4): "
                         "choose another job name.")
                    .arg(request.name, m_caller.subscriptionId, existing->created.toString(Qt::ISODate),
                         stateLabel(existing->state)));
}

Result<ServiceJob> StoredImportService::job(const QString &name)
{
    if (auto signature = authenticate(QByteArray("read job ") + name.toUtf8()); !signature)
        return fail(signature.error());
    return m_storage.readJob(m_caller.subscriptionId, name);
}

Result<QList<ServiceJob>> StoredImportService::jobs()
{
    if (auto signature = authenticate(QByteArray("list jobs")); !signature)
        return fail(signature.error());
    return m_storage.listJobs(m_caller.subscriptionId);
}

Result<bool> StoredImportService::isStale(const TrackingClaim &claim, const QString &trackingNumber)
{
    auto owner = m_storage.readJob(claim.subscriptionId, claim.job);
    if (!owner)
        return owner.error().code == ErrorCode::NotFound ? Result<bool>(true) : fail(owner.error());
    if (owner->state == ImportJobState::Canceled)
        return true;
    // A job that committed another number never ships under this one; one still Creating may
    // be committing this number right now, so its claim stands.
    return owner->shipping
        && ServiceStorage::normalizedTrackingNumber(owner->shipping->package.trackingNumber)
        != ServiceStorage::normalizedTrackingNumber(trackingNumber);
}

Result<bool> StoredImportService::trackingNumberTaken(const QString &name, const QString &trackingNumber)
{
    if (auto signature = authenticate(QByteArray("read tracking number")); !signature)
        return fail(signature.error());
    if (ServiceStorage::normalizedTrackingNumber(trackingNumber).isEmpty())
        return false;
    auto claim = m_storage.readClaim(trackingNumber);
    if (!claim)
        return claim.error().code == ErrorCode::NotFound ? Result<bool>(false) : fail(claim.error());
    if (claim->subscriptionId.compare(m_caller.subscriptionId, Qt::CaseInsensitive) == 0
        && claim->job.compare(name, Qt::CaseInsensitive) == 0)
        return false;
    auto stale = isStale(*claim, trackingNumber);
    if (!stale)
        return fail(stale.error());
    return !*stale;
}

Result<> StoredImportService::claimTrackingNumber(const QString &name, const QString &trackingNumber)
{
    const TrackingClaim ours{m_caller.subscriptionId, name, {}};
    const Error taken{ErrorCode::Conflict,
                      Text::tr("The tracking number %1 is already used by another import job of this service: one "
                               "package and one tracking number per job. Check the number on the package's label.")
                          .arg(trackingNumber)};
    // Two tries: a stale claim taken over by someone else in between is read again once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto put = m_storage.putClaim(trackingNumber, ours, Store::PutCondition::ifAbsent());
        if (put)
            return {};
        if (put.error().code != ErrorCode::Conflict)
            return put;
        auto claim = m_storage.readClaim(trackingNumber);
        if (!claim) {
            if (claim.error().code == ErrorCode::NotFound)
                continue;
            return fail(claim.error());
        }
        if (claim->subscriptionId.compare(ours.subscriptionId, Qt::CaseInsensitive) == 0
            && claim->job.compare(name, Qt::CaseInsensitive) == 0)
            return {}; // ours from an earlier, interrupted commit
        auto stale = isStale(*claim, trackingNumber);
        if (!stale)
            return fail(stale.error());
        if (!*stale)
            return fail(taken);
        auto takenOver = m_storage.putClaim(trackingNumber, ours, Store::PutCondition::ifMatch(claim->etag));
        if (takenOver)
            return {};
        if (takenOver.error().code != ErrorCode::Conflict)
            return takenOver;
    }
    return fail(taken);
}

Result<ServiceJob> StoredImportService::ship(const QString &name, const ShippingDetails &details)
{
    auto signature = authenticate(QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact));
    if (!signature)
        return fail(signature.error());
    auto job = m_storage.readJob(m_caller.subscriptionId, name);
    if (!job)
        return job;
    if (job->state == ImportJobState::Shipping && job->shipping) {
        ShippingDetails asStored = details; // the carrier as the service spells it
        if (asStored.package.carrier.trimmed().compare(job->shipping->package.carrier, Qt::CaseInsensitive) == 0)
            asStored.package.carrier = job->shipping->package.carrier;
        if (job->shipping->toJson() == asStored.toJson())
            return job; // committed already: the answer of an earlier commit was lost
    }
    if (job->state != ImportJobState::Creating)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" is %2: shipping details are entered once, while the job is Creating.")
                        .arg(name, stateLabel(job->state)));
    auto description = m_storage.readDescription();
    if (!description)
        return fail(description.error());
    const ShippingValidator validator(description->carriers, int(job->request.drives.size()), m_options.clock().date());
    const QList<ShippingProblem> problems = validator.validate(details);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const ShippingProblem &problem : problems)
            messages << problem.message;
        return fail(ErrorCode::InvalidInput, messages.join(QLatin1Char('\n')));
    }
    ShippingDetails committed = details;
    committed.package.carrier = validator.supportedCarrier(details.package.carrier);
    if (auto claimed = claimTrackingNumber(name, committed.package.trackingNumber); !claimed)
        return fail(claimed.error());

    // One conditional write: the job is Shipping with every detail, or still Creating.
    ServiceJob shipped = *job;
    shipped.shipping = committed;
    shipped.state = ImportJobState::Shipping;
    shipped.stateChanged = m_options.clock();
    auto written = m_storage.putJob(shipped, Store::PutCondition::ifMatch(job->etag));
    if (!written && written.error().code == ErrorCode::Conflict)
        return fail(ErrorCode::Conflict,
                    Text::tr("The job \"%1\" was changed by someone else while the shipping details were committed: "
                             "run the command again to see it.")
                        .arg(name));
    return written;
}

Result<ServiceJob> StoredImportService::cancel(const QString &name)
{
    if (auto signature = authenticate(QByteArray("cancel job ") + name.toUtf8()); !signature)
        return fail(signature.error());
    auto job = m_storage.readJob(m_caller.subscriptionId, name);
    if (!job)
        return job;
    if (job->state == ImportJobState::Canceled)
        return job;
    if (!canMove(job->state, ImportJobState::Canceled))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The job \"%1\" is %2: a job can be cancelled only while Creating or Shipping, before "
                             "the station receives its drives.")
                        .arg(name, stateLabel(job->state)));
    ServiceJob canceled = *job;
    canceled.state = ImportJobState::Canceled;
    canceled.stateChanged = m_options.clock();
    auto written = m_storage.putJob(canceled, Store::PutCondition::ifMatch(job->etag));
    if (!written && written.error().code == ErrorCode::Conflict)
        return fail(ErrorCode::Conflict,
                    Text::tr("The job \"%1\" changed while it was being cancelled: run the command again.").arg(name));
    return written;
}

} // namespace Semina::Offline
