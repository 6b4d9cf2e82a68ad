#include "offline/LocalSubscription.h"

#include "core/AtomicFile.h"
#include "offline/AzureNames.h"
#include "offline/Certificate.h"
#include "offline/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Semina::Offline {

Result<LocalSubscription> issueLocalSubscription(const QString &name, const QString &id, const QDateTime &now)
{
    return issueSubscription(name, id, QLatin1String(kLocalServiceManagementUrl), now);
}

Result<LocalSubscription> issueSubscription(const QString &name, const QString &id, const QString &serviceManagementUrl,
                                            const QDateTime &now)
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Offline::LocalSubscription",
                                                "The subscription needs a name: give one with --name."));
    const QString subscriptionId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    if (!AzureNames::isGuid(subscriptionId))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::LocalSubscription",
                        "The subscription id \"%1\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): give a GUID "
                        "with --id, or leave --id out to get a new one.")
                        .arg(subscriptionId));

    // Azure issued management certificates for a year; two spare a renewal in a long seeding.
    // A common name holds at most 64 characters: 21 + 36 here.
    const CertificateRequest request{QStringLiteral("Semina local service ") + subscriptionId, KeyAlgorithm::EcP256,
                                     now.addSecs(-300), now.addYears(2)};
    auto identity = makeSelfSignedIdentity(request);
    if (!identity)
        return fail(identity.error());
    auto pkcs12 = makePkcs12(*identity, request.commonName);
    identity->privateKeyDer.fill('\0');
    if (!pkcs12)
        return fail(pkcs12.error());

    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("PublishData"));
    writer.writeStartElement(QStringLiteral("PublishProfile"));
    writer.writeAttribute(QStringLiteral("SchemaVersion"), QStringLiteral("2.0"));
    writer.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    writer.writeStartElement(QStringLiteral("Subscription"));
    writer.writeAttribute(QStringLiteral("ServiceManagementUrl"), serviceManagementUrl);
    writer.writeAttribute(QStringLiteral("Id"), subscriptionId);
    writer.writeAttribute(QStringLiteral("Name"), name);
    writer.writeAttribute(QStringLiteral("ManagementCertificate"), QString::fromLatin1(pkcs12->toBase64()));
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return LocalSubscription{subscriptionId, name, xml};
}

Result<LocalSubscription> writeLocalSubscription(const QString &path, const QString &name, const QString &id)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate("Semina::Offline::LocalSubscription",
                                                "\"%1\" already exists: choose another --out file, or remove it first.")
                        .arg(shown));
    auto subscription = issueLocalSubscription(name, id);
    if (!subscription)
        return subscription;
    if (auto folder = ensureFolder(QFileInfo(path).absolutePath()); !folder)
        return fail(folder.error());
    if (auto written = writeFileAtomically(path, subscription->publishSettingsXml); !written)
        return fail(written.error());
    return subscription;
}

} // namespace Semina::Offline
