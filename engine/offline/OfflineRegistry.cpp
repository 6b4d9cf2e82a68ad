#include "offline/OfflineRegistry.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"
#include "offline/AzureNames.h"
#include "offline/DataFolder.h"
#include "offline/OfflineApplicationParams.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QUuid>

namespace Semina::Offline {

namespace {

const QString kGroup = QStringLiteral("offline/storageAccounts");

} // namespace

OfflineRegistry::OfflineRegistry(QSettings &settings, QString dataFolder)
    : m_settings(settings)
    , m_dataFolder(std::move(dataFolder))
{
}

Result<OfflineApplicationParams> OfflineRegistry::checkEntries(const QString &subscriptionId,
                                                               const QString &paramsXmlPath,
                                                               const QString &storageAccount) const
{
    if (!AzureNames::isGuid(subscriptionId))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineRegistry",
                        "The subscription id \"%1\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give the id "
                        "used with CreateNewApplication.")
                        .arg(subscriptionId));
    if (!AzureNames::isStorageAccountName(storageAccount))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineRegistry",
                        "\"%1\" is not a storage account name: use 3 to 24 lower-case letters and digits.")
                        .arg(storageAccount));
    auto params = OfflineApplicationParams::read(paramsXmlPath);
    if (!params)
        return fail(params.error());
    if (QUuid::fromString(params->subscriptionId) != QUuid::fromString(subscriptionId))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineRegistry",
                        "\"%1\" is for subscription %2, not %3: give the subscription the identity was created for, "
                        "or create one for %3.")
                        .arg(QDir::toNativeSeparators(paramsXmlPath), params->subscriptionId, subscriptionId));
    return params;
}

Result<QString> OfflineRegistry::addRegistryEntries(const QString &subscriptionId, const QString &paramsXmlPath,
                                                    const QString &storageAccount)
{
    auto params = checkEntries(subscriptionId, paramsXmlPath, storageAccount);
    if (!params)
        return fail(params.error());
    params->storageAccountName = storageAccount;
    const QString path = QDir(m_dataFolder).filePath(paramsFileNameFor(storageAccount));
    if (auto folder = ensureFolder(m_dataFolder); !folder)
        return fail(folder.error());
    if (auto written = writeFileAtomically(path, params->toXml()); !written)
        return fail(written.error());

    m_settings.beginGroup(kGroup);
    m_settings.beginGroup(storageAccount);
    m_settings.setValue(QStringLiteral("subscriptionId"), params->subscriptionId);
    m_settings.setValue(QStringLiteral("applicationId"), params->applicationId);
    m_settings.setValue(QStringLiteral("thumbprint"), params->certificate.thumbprint());
    m_settings.setValue(QStringLiteral("paramsFile"), path);
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("Semina::Offline::OfflineRegistry",
                                        "Cannot save Semina's settings in \"%1\": check that the folder is writable.")
                .arg(QDir::toNativeSeparators(m_settings.fileName())));
    qCDebug(lcOffline) << "registered storage account" << storageAccount << "for offline backup";
    return path;
}

QStringList OfflineRegistry::registeredStorageAccounts() const
{
    m_settings.beginGroup(kGroup);
    QStringList accounts = m_settings.childGroups();
    m_settings.endGroup();
    accounts.sort();
    return accounts;
}

Result<QString> OfflineRegistry::paramsPathFor(const QString &storageAccount) const
{
    const QString path
        = m_settings.value(kGroup + QLatin1Char('/') + storageAccount + QStringLiteral("/paramsFile")).toString();
    if (path.isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineRegistry",
                        "The storage account \"%1\" is not registered for offline backup: register it with "
                        "\"semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE "
                        "storageaccountname:%1\".")
                        .arg(storageAccount));
    return path;
}

} // namespace Semina::Offline
