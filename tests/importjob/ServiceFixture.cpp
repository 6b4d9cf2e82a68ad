#include "ServiceFixture.h"

#include "Azurite.h"
#include "crypto/Random.h"
#include "offline/PublishSettings.h"
#include "store/StoreFactory.h"

#include <QUuid>

namespace Semina::Test {

namespace {
const QString kOfflineSubscription = QStringLiteral("0f0e0d0c-1111-4222-8333-444455556666");
}

ServiceFixture::ServiceFixture(Backend backend)
    : m_folder(std::make_unique<TemporaryFolder>(QStringLiteral("import-service")))
{
    if (backend == Backend::Folder) {
        auto store = Store::openFolderStore(m_folder->path());
        if (!store) {
            m_problem = store.error().message;
            return;
        }
        m_store = std::move(*store);
        m_storage = std::make_unique<Offline::ServiceStorage>(*m_store);
    } else {
        auto azurite = Azurite::fromFixture();
        if (!azurite) {
            m_problem = azurite.error().message;
            return;
        }
        auto store = Store::openAzureStore(azurite->connectionString());
        if (!store) {
            m_problem = store.error().message;
            return;
        }
        m_store = std::move(*store);
        m_azureContainer = QStringLiteral("import-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_storage = std::make_unique<Offline::ServiceStorage>(*m_store, m_azureContainer);
    }
    const Offline::PostalAddress shipTo{QStringLiteral("Semina Receiving Station"),
                                        QStringLiteral("Via dei Dischi 12"),
                                        QStringLiteral("Dock 3"),
                                        QStringLiteral("Milano"),
                                        QStringLiteral("MI"),
                                        QStringLiteral("20121"),
                                        QStringLiteral("Italia"),
                                        {},
                                        {}};
    auto description = Offline::initService(
        *m_storage, m_secrets, {QStringLiteral("lab"), shipTo, {QStringLiteral("DHL"), QStringLiteral("UPS")}});
    if (!description) {
        m_problem = description.error().message;
        return;
    }
    m_description = *description;
    m_serviceUrl = Offline::serviceUrlFor(QStringLiteral("lab"));
    m_identity = std::make_unique<Offline::OfflineIdentity>(m_secrets, m_folder->filePath(QStringLiteral("identity")));
    if (auto made = m_identity->create(kOfflineSubscription); !made)
        m_problem = made.error().message;
}

ServiceFixture::~ServiceFixture()
{
    if (!m_description.name.isEmpty())
        (void)m_secrets.remove(Offline::stationKeyName(m_description));
    if (m_identity) {
        if (auto params = m_identity->load())
            (void)m_secrets.remove(Offline::OfflineIdentity::keyName(params->applicationId));
    }
    if (m_store && !m_azureContainer.isEmpty())
        (void)m_store->deleteContainer(m_azureContainer);
}

Result<Offline::ManagementCredential> ServiceFixture::subscribe(const QString &name)
{
    auto issued = Offline::issueServiceSubscription(*m_storage, m_serviceUrl, name);
    if (!issued)
        return fail(issued.error());
    auto settings = Offline::PublishSettings::parse(issued->publishSettingsXml, name);
    if (!settings)
        return fail(settings.error());
    auto identity = Offline::identityFromPkcs12(settings->subscriptions.first().managementPkcs12, name);
    if (!identity)
        return fail(identity.error());
    return Offline::ManagementCredential(issued->id, identity->certificate, identity->privateKeyDer);
}

std::unique_ptr<Offline::StoredImportService> ServiceFixture::serviceFor(const Offline::ManagementCredential &caller,
                                                                         std::function<QDateTime()> clock)
{
    // A second store object on the same account, as another computer would have.
    std::unique_ptr<Store::ObjectStore> store;
    if (m_azureContainer.isEmpty()) {
        store = std::move(Store::openFolderStore(m_folder->path()).value());
    } else {
        store = std::move(Store::openAzureStore(Azurite::fromFixture()->connectionString()).value());
    }
    Offline::StoredImportService::Options options;
    options.clock = std::move(clock);
    return std::make_unique<Offline::StoredImportService>(std::move(store), m_storage->container(), caller,
                                                          std::move(options));
}

Offline::ImportJobCreation ServiceFixture::creation(const QString &job, int drives, QList<QByteArray> *keys) const
{
    Offline::ImportJobCreation creation;
    creation.jobName = job;
    creation.storageAccount = QStringLiteral("labaccount");
    creation.container = QStringLiteral("seed");
    creation.writeCredential = QByteArray("sv=2024-01-01&sig=SECRETSASSIGNATURE");
    creation.seedManifestSha256 = Crypto::randomBytes(32).value();
    for (int i = 1; i <= drives; ++i) {
        Offline::DriveForImport drive;
        drive.driveId = QStringLiteral("%1-drive-%2").arg(job).arg(i);
        drive.serial = QStringLiteral("WD-SERIAL-%1").arg(i);
        drive.sequence = i;
        drive.count = drives;
        drive.bytes = qint64(i) * 1'000'000'000'000;
        drive.manifestSha256 = Crypto::randomBytes(32).value();
        drive.driveKey = Crypto::randomBytes(32).value();
        if (keys)
            keys->append(drive.driveKey);
        creation.drives.append(drive);
    }
    return creation;
}

} // namespace Semina::Test
