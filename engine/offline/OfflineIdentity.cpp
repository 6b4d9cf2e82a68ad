#include "offline/OfflineIdentity.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"
#include "offline/AzureNames.h"
#include "offline/DataFolder.h"
#include "offline/Signature.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUuid>

#include <limits>

namespace Semina::Offline {

namespace {

// The original's ResourceId is a large decimal number; a random 63-bit one keeps names unique.
QString newResourceId()
{
    return QString::number(QRandomGenerator::system()->bounded(Q_INT64_C(1) << 40, std::numeric_limits<qint64>::max()));
}

} // namespace

OfflineIdentity::OfflineIdentity(SecretStore &secrets, QString dataFolder)
    : m_secrets(secrets)
    , m_dataFolder(std::move(dataFolder))
{
}

QString OfflineIdentity::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString OfflineIdentity::paramsPath() const
{
    return QDir(m_dataFolder).filePath(QLatin1String(kParamsFileName));
}

QString OfflineIdentity::keyName(const QString &applicationId)
{
    return QStringLiteral("offline/%1/private-key").arg(applicationId);
}

Result<OfflineApplicationParams> OfflineIdentity::create(const QString &subscriptionId, KeyAlgorithm algorithm)
{
    if (!AzureNames::isGuid(subscriptionId))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineIdentity",
                        "The subscription id \"%1\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy it from "
                        "the publish settings file or the subscription's page.")
                        .arg(subscriptionId));
    // Two processes creating at once would both pass the check below: the lock makes the check
    // and the write one step.
    if (auto folder = ensureFolder(m_dataFolder); !folder)
        return fail(folder.error());
    QLockFile lock(QDir(m_dataFolder).filePath(QStringLiteral(".identity.lock")));
    if (!lock.tryLock(60'000))
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate("Semina::Offline::OfflineIdentity",
                                                "Another Semina process is creating the offline identity: wait for it, "
                                                "then run the command again."));
    if (QFileInfo::exists(paramsPath())) {
        const auto existing = load();
        if (!existing)
            return fail(ErrorCode::Conflict,
                        QCoreApplication::translate(
                            "Semina::Offline::OfflineIdentity",
                            "\"%1\" exists but cannot be read (%2): move it away to make a new offline identity.")
                            .arg(QDir::toNativeSeparators(paramsPath()), existing.error().message));
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineIdentity",
                        "This server already has an offline identity: certificate %1 with thumbprint %2, for "
                        "subscription %3, in \"%4\". Semina does not make a second one. To use it, export the "
                        "certificate with \"semina-cli certgen ExportCertificate out:FILE.cer\", upload FILE.cer, "
                        "and keep the thumbprint %2.")
                        .arg(OfflineApplicationParams::certificateNameFor(existing->resourceId),
                             existing->certificate.thumbprint(), existing->subscriptionId,
                             QDir::toNativeSeparators(paramsPath())));
    }

    OfflineApplicationParams params;
    params.subscriptionId = subscriptionId;
    params.applicationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    params.resourceId = newResourceId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Three years cover a seeding, its shipping and the import with a wide margin.
    auto identity = makeSelfSignedIdentity({OfflineApplicationParams::certificateNameFor(params.resourceId), algorithm,
                                            now.addSecs(-300), now.addYears(3)});
    if (!identity)
        return fail(identity.error());
    params.certificate = identity->certificate;

    // Key first, file second: a crash in between leaves an unreachable keychain entry, never a
    // params file whose key is missing.
    const QString key = keyName(params.applicationId);
    const auto stored = m_secrets.write(key, identity->privateKeyDer);
    identity->privateKeyDer.fill('\0');
    if (!stored)
        return fail(stored.error());
    if (auto written = writeFileAtomically(paramsPath(), params.toXml()); !written) {
        if (auto removed = m_secrets.remove(key); !removed)
            qCWarning(lcOffline) << "could not remove the unused key" << key << removed.error().message;
        return fail(written.error());
    }
    qCDebug(lcOffline) << "created offline identity" << params.applicationId << "thumbprint"
                       << params.certificate.thumbprint();
    return params;
}

Result<OfflineApplicationParams> OfflineIdentity::load() const
{
    if (!QFileInfo::exists(paramsPath()))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineIdentity",
                        "This server has no offline identity yet (no \"%1\"): make one with \"semina-cli certgen "
                        "CreateNewApplication SubscriptionId:GUID\".")
                        .arg(QDir::toNativeSeparators(paramsPath())));
    return OfflineApplicationParams::read(paramsPath());
}

Result<QString> OfflineIdentity::exportCertificate(const QString &cerPath) const
{
    auto params = load();
    if (!params)
        return fail(params.error());
    if (auto folder = ensureFolder(QFileInfo(cerPath).absolutePath()); !folder)
        return fail(folder.error());
    if (auto written = writeFileAtomically(cerPath, params->certificate.der()); !written)
        return fail(written.error());
    return params->certificate.thumbprint();
}

Result<QByteArray> OfflineIdentity::sign(QByteArrayView data)
{
    auto params = load();
    if (!params)
        return fail(params.error());
    auto key = m_secrets.read(keyName(params->applicationId));
    if (!key) {
        if (key.error().code != ErrorCode::NotFound)
            return fail(key.error());
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineIdentity",
                        "The private key of the offline identity %1 is not in this keychain: sign on the server that "
                        "created it, or move \"%2\" away and create a new identity.")
                        .arg(params->applicationId, QDir::toNativeSeparators(paramsPath())));
    }
    auto signature = signBytes(*key, data);
    key->fill('\0');
    return signature;
}

} // namespace Semina::Offline
