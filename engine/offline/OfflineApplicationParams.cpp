#include "offline/OfflineApplicationParams.h"

#include "offline/AzureNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Semina::Offline {

QByteArray OfflineApplicationParams::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("OfflineApplicationParams"));
    writer.writeAttribute(QStringLiteral("Version"), QStringLiteral("1"));
    writer.writeTextElement(QStringLiteral("SubscriptionId"), subscriptionId);
    writer.writeTextElement(QStringLiteral("ApplicationId"), applicationId);
    writer.writeTextElement(QStringLiteral("ResourceId"), resourceId);
    writer.writeTextElement(QStringLiteral("CertificateName"), certificateNameFor(resourceId));
    writer.writeTextElement(QStringLiteral("CertificateThumbprint"), certificate.thumbprint());
    writer.writeTextElement(QStringLiteral("Certificate"), QString::fromLatin1(certificate.der().toBase64()));
    if (!storageAccountName.isEmpty())
        writer.writeTextElement(QStringLiteral("StorageAccountName"), storageAccountName);
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

Result<OfflineApplicationParams> OfflineApplicationParams::fromXml(const QByteArray &xml, const QString &fileName)
{
    const Error notParams{ErrorCode::InvalidInput,
                          QCoreApplication::translate(
                              "Semina::Offline::OfflineApplicationParams",
                              "\"%1\" is not an OfflineApplicationParams file: give the file that semina-cli certgen "
                              "CreateNewApplication wrote.")
                              .arg(fileName)};
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("OfflineApplicationParams"))
        return fail(notParams);
    QHash<QString, QString> fields;
    while (reader.readNextStartElement())
        fields.insert(reader.name().toString(), reader.readElementText().trimmed());
    if (reader.hasError())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineApplicationParams",
                        "\"%1\" is damaged (not well-formed XML): create or register the offline identity again.")
                        .arg(fileName),
                    reader.errorString());

    OfflineApplicationParams params;
    params.subscriptionId = fields.value(QStringLiteral("SubscriptionId"));
    params.applicationId = fields.value(QStringLiteral("ApplicationId"));
    params.resourceId = fields.value(QStringLiteral("ResourceId"));
    params.storageAccountName = fields.value(QStringLiteral("StorageAccountName"));
    if (!AzureNames::isGuid(params.subscriptionId) || !AzureNames::isGuid(params.applicationId)
        || params.resourceId.isEmpty())
        return fail(notParams);
    const auto der = QByteArray::fromBase64Encoding(fields.value(QStringLiteral("Certificate")).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    auto certificate = der ? Certificate::fromDer(der.decoded) : Result<Certificate>(fail(notParams));
    if (!certificate)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineApplicationParams",
                        "The certificate in \"%1\" is damaged: create or register the offline identity again.")
                        .arg(fileName),
                    certificate.error().details);
    if (certificate->thumbprint().compare(fields.value(QStringLiteral("CertificateThumbprint")), Qt::CaseInsensitive)
        != 0)
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate(
                        "Semina::Offline::OfflineApplicationParams",
                        "The thumbprint in \"%1\" does not match its certificate: the file was edited; create or "
                        "register the offline identity again.")
                        .arg(fileName));
    params.certificate = std::move(*certificate);
    return params;
}

Result<OfflineApplicationParams> OfflineApplicationParams::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Semina::Offline::OfflineApplicationParams",
                                                "\"%1\" does not exist: check the path.")
                        .arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Offline::OfflineApplicationParams",
                                                "Cannot read \"%1\": check its permissions.")
                        .arg(shown),
                    file.errorString());
    return fromXml(file.read(4 * 1024 * 1024), shown);
}

} // namespace Semina::Offline
