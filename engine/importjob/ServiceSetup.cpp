#include "importjob/ServiceSetup.h"

#include "core/Logging.h"
#include "importjob/StoredImportService.h"
#include "offline/DataFolder.h"
#include "offline/PublishSettings.h"
#include "secrets/SecretStore.h"
#include "store/AccountRegistry.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::ServiceSetup)
};

bool isEmbedded(const QString &url)
{
    return url.compare(QLatin1String(kLocalServiceManagementUrl), Qt::CaseInsensitive) == 0;
}

PostalAddress placeholderAddress()
{
    return {Text::tr("Semina receiving station"),
            Text::tr("(set the address: semina-cli service set --address ...)"),
            {},
            Text::tr("City"),
            {},
            QStringLiteral("00000"),
            Text::tr("Country"),
            {},
            {}};
}

} // namespace

QString serviceUrlFor(const QString &accountName)
{
    return QLatin1String(kServiceUrlScheme) + accountName;
}

QStringList defaultCarriers()
{
    return {QStringLiteral("DHL"), QStringLiteral("FedEx"), QStringLiteral("TNT"), QStringLiteral("UPS")};
}

QString stationKeyName(const ServiceDescription &description)
{
    auto certificate = Certificate::fromDer(description.stationCertificateDer);
    return QStringLiteral("import-service/%1/station-key/%2")
        .arg(description.name, certificate ? certificate->thumbprint() : QString());
}

Result<ServiceDescription> initService(ServiceStorage &storage, SecretStore &secrets,
                                       const ServiceSetupRequest &request)
{
    if (request.carriers.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The import service needs at least one carrier: give them with --carriers "
                             "DHL,FedEx,UPS."));
    if (auto existing = storage.readDescription(); existing)
        return fail(ErrorCode::Conflict,
                    Text::tr("%1 exists already (\"%2\", created %3): change its address or carriers with "
                             "\"semina-cli service set\".")
                        .arg(storage.describe(), existing->name, existing->created.toString(Qt::ISODate)));
    else if (existing.error().code != ErrorCode::NotFound)
        return fail(existing.error());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The station keeps its key for years of jobs; ten years, as a station certificate.
    auto identity = makeSelfSignedIdentity({QStringLiteral("Semina receiving station ") + request.name.left(38),
                                            KeyAlgorithm::EcP256, now.addSecs(-300), now.addYears(10)});
    if (!identity)
        return fail(identity.error());
    ServiceDescription description{request.name, request.shipTo, request.carriers, identity->certificate.der(), now};
    // Key first, record second: a crash in between leaves an unused keychain entry, never a
    // service whose station cannot open the drive keys.
    const QString keyName = stationKeyName(description);
    const auto stored = secrets.write(keyName, identity->privateKeyDer);
    identity->privateKeyDer.fill('\0');
    if (!stored)
        return fail(stored.error());
    if (auto put = storage.putDescription(description, Store::PutCondition::ifAbsent()); !put) {
        if (auto removed = secrets.remove(keyName); !removed)
            qCWarning(lcOffline) << "could not remove the unused station key" << removed.error().message;
        if (put.error().code == ErrorCode::Conflict)
            return fail(ErrorCode::Conflict,
                        Text::tr("%1 was created by someone else just now: see it with \"semina-cli service show\".")
                            .arg(storage.describe()));
        return fail(put.error());
    }
    return description;
}

Result<ServiceDescription> editService(ServiceStorage &storage, const std::optional<PostalAddress> &shipTo,
                                       const std::optional<QStringList> &carriers)
{
    QByteArray etag;
    auto description = storage.readDescription(&etag);
    if (!description)
        return description;
    if (shipTo)
        description->shipTo = *shipTo;
    if (carriers) {
        if (carriers->isEmpty())
            return fail(ErrorCode::InvalidInput, Text::tr("The import service needs at least one carrier."));
        description->carriers = *carriers;
    }
    if (auto put = storage.putDescription(*description, Store::PutCondition::ifMatch(etag)); !put)
        return fail(put.error());
    return description;
}

Result<LocalSubscription> issueServiceSubscription(ServiceStorage &storage, const QString &serviceUrl,
                                                   const QString &name, const QString &id, const QDateTime &now)
{
    if (auto description = storage.readDescription(); !description)
        return fail(description.error());
    auto issued = issueSubscription(name, id, serviceUrl, now);
    if (!issued)
        return issued;
    auto settings = PublishSettings::parse(issued->publishSettingsXml, name, now);
    if (!settings)
        return fail(settings.error());
    const QByteArray certificate = settings->subscriptions.first().managementCertificate.der();
    // Two tries: a registration changed by someone else in between is read again once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto record = storage.readSubscription(issued->id);
        if (!record && record.error().code != ErrorCode::NotFound)
            return fail(record.error());
        const bool fresh = !record;
        SubscriptionRecord next = fresh ? SubscriptionRecord{issued->id, name, {}, now, {}} : *record;
        next.certificatesDer.append(certificate);
        auto put = storage.putSubscription(
            next, fresh ? Store::PutCondition::ifAbsent() : Store::PutCondition::ifMatch(record->etag));
        if (put)
            return issued;
        if (put.error().code != ErrorCode::Conflict)
            return fail(put.error());
    }
    return fail(ErrorCode::Conflict,
                Text::tr("The subscription %1 kept changing while its certificate was registered: run the command "
                         "again.")
                    .arg(issued->id));
}

QString embeddedServiceFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("import-service"));
}

Result<std::unique_ptr<Store::ObjectStore>> openEmbeddedStore()
{
    if (auto folder = ensureFolder(embeddedServiceFolder()); !folder)
        return fail(folder.error());
    return Store::openFolderStore(embeddedServiceFolder());
}

Result<ServiceDescription> ensureEmbeddedService(ServiceStorage &storage, SecretStore &secrets)
{
    auto description = storage.readDescription();
    if (description || description.error().code != ErrorCode::NotFound)
        return description;
    auto made = initService(storage, secrets, {QStringLiteral("embedded"), placeholderAddress(), defaultCarriers()});
    if (!made && made.error().code == ErrorCode::Conflict)
        return storage.readDescription(); // another process made it first
    return made;
}

Result<std::unique_ptr<Store::ObjectStore>> openServiceStore(const QString &serviceUrl, SecretStore &secrets)
{
    if (serviceUrl.isEmpty() || isEmbedded(serviceUrl))
        return openEmbeddedStore();
    if (!serviceUrl.startsWith(QLatin1String(kServiceUrlScheme), Qt::CaseInsensitive))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The publish settings name the service \"%1\", which Semina cannot reach: it reaches "
                             "semina-local://embedded and semina-service://ACCOUNT. Use publish settings issued by "
                             "\"semina-cli subscription create\".")
                        .arg(serviceUrl));
    const QString account = serviceUrl.mid(qsizetype(std::char_traits<char>::length(kServiceUrlScheme)));
    Store::AccountRegistry registry(secrets);
    auto definition = registry.find(account);
    if (!definition)
        return fail(ErrorCode::NotFound,
                    Text::tr("The import service lives in the storage account \"%1\", which this computer does not "
                             "know: add it with \"semina-cli account add %1 ...\" as on the computer that created "
                             "the service.")
                        .arg(account),
                    definition.error().message);
    return registry.open(*definition);
}

Result<std::unique_ptr<ImportService>> openImportService(const QString &publishSettingsFile,
                                                         const QString &subscriptionId, SecretStore &secrets)
{
    auto settings = PublishSettings::read(publishSettingsFile);
    if (!settings)
        return fail(settings.error());
    if (subscriptionId.isEmpty() && settings->subscriptions.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" holds several subscriptions (%2): name one with --subscription.")
                        .arg(publishSettingsFile, settings->subscriptionIds().join(QStringLiteral(", "))));
    auto subscription = subscriptionId.isEmpty() ? Result<PublishSubscription>(settings->subscriptions.first())
                                                 : settings->subscription(subscriptionId);
    if (!subscription)
        return fail(subscription.error());
    auto identity = identityFromPkcs12(subscription->managementPkcs12, publishSettingsFile);
    if (!identity)
        return fail(identity.error());
    if (identity->privateKeyDer.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The management certificate in \"%1\" holds no private key, so it cannot speak for the "
                             "subscription: download the publish settings file again.")
                        .arg(publishSettingsFile));
    ManagementCredential caller(subscription->id, identity->certificate, identity->privateKeyDer);
    identity->privateKeyDer.fill('\0');

    auto store = openServiceStore(subscription->serviceManagementUrl, secrets);
    if (!store)
        return fail(store.error());
    StoredImportService::Options options;
    const bool embedded
        = subscription->serviceManagementUrl.isEmpty() || isEmbedded(subscription->serviceManagementUrl);
    if (embedded) {
        ServiceStorage storage(**store);
        if (auto made = ensureEmbeddedService(storage, secrets); !made)
            return fail(made.error());
        options.registerUnknownSubscriptions = true;
    }
    return std::unique_ptr<ImportService>(std::make_unique<StoredImportService>(
        std::move(*store), QLatin1String(ServiceStorage::kContainer), std::move(caller), std::move(options)));
}

} // namespace Semina::Offline
