#include "offline/PublishSettings.h"

#include "core/Logging.h"
#include "offline/AzureNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

namespace Semina::Offline {

namespace {

// What a PublishProfile element says, before its subscriptions are checked.
struct Profile {
    QString url; // schema 1
    QString managementCertificate; // schema 1
};

struct RawSubscription {
    QString id;
    QString name;
    QString url;
    QString managementCertificate;
};

Error webDeployProfile(const QString &file)
{
    return {ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Semina::Offline::PublishSettings",
                "\"%1\" is a Web Deploy publishing profile (publishData/publishProfile with publishMethod "
                "\"MSDeploy\"), not the publish settings of a subscription: download the subscription's "
                ".publishsettings file (its root element is PublishData) and choose that one.")
                .arg(file)};
}

Result<Certificate> readCertificate(const QString &base64, const QString &file, const QString &subscription,
                                    const QDateTime &now, QByteArray *pkcs12)
{
    const QString where
        = QCoreApplication::translate("Semina::Offline::PublishSettings", "\"%1\" (subscription \"%2\")")
              .arg(file, subscription);
    if (base64.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Semina::Offline::PublishSettings",
                                        "%1 has no ManagementCertificate: download the publish settings file again.")
                .arg(where));
    QByteArray text = base64.toLatin1();
    text.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray()).replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "The ManagementCertificate of %1 is not valid base64: the file was damaged or cut short; "
                        "download the publish settings file again.")
                        .arg(where));
    auto certificate = certificateFromPkcs12(decoded.decoded, where);
    if (!certificate)
        return certificate;
    *pkcs12 = decoded.decoded;
    if (now > certificate->notAfter())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "The management certificate of %1 expired on %2: download a new publish settings file, "
                        "which carries a new certificate.")
                        .arg(where, certificate->notAfter().toString(Qt::ISODate)));
    if (now < certificate->notBefore())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "The management certificate of %1 is valid only from %2: check this computer's clock.")
                        .arg(where, certificate->notBefore().toString(Qt::ISODate)));
    return certificate;
}

} // namespace

QStringList PublishSettings::subscriptionIds() const
{
    QStringList ids;
    for (const PublishSubscription &subscription : subscriptions)
        ids.append(subscription.id);
    return ids;
}

Result<PublishSubscription> PublishSettings::subscription(const QString &id) const
{
    const QUuid wanted = QUuid::fromString(id);
    for (const PublishSubscription &candidate : subscriptions) {
        if (!wanted.isNull() && QUuid::fromString(candidate.id) == wanted)
            return candidate;
    }
    return fail(ErrorCode::NotFound,
                QCoreApplication::translate(
                    "Semina::Offline::PublishSettings",
                    "The publish settings file \"%1\" holds no subscription \"%2\"; it holds %3: choose one of "
                    "these, or the publish settings file of that subscription.")
                    .arg(fileName, id, subscriptionIds().join(QStringLiteral(", "))));
}

Result<PublishSettings> PublishSettings::read(const QString &path, const QDateTime &now)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Semina::Offline::PublishSettings",
                                                "The publish settings file \"%1\" does not exist: check the path.")
                        .arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Offline::PublishSettings",
                                                "Cannot read the publish settings file \"%1\": check its permissions.")
                        .arg(shown),
                    file.errorString());
    // A real file is a few KiB per subscription; a huge one is something else.
    constexpr qint64 kLimit = 16 * 1024 * 1024;
    if (file.size() > kLimit)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "\"%1\" is far too large for a publish settings file: choose the .publishsettings file.")
                        .arg(shown));
    return parse(file.readAll(), shown, now);
}

Result<PublishSettings> PublishSettings::parse(const QByteArray &xml, const QString &fileName, const QDateTime &now)
{
    PublishSettings settings;
    settings.fileName = fileName;
    QXmlStreamReader reader(xml);
    const Error notPublishSettings{
        ErrorCode::InvalidInput,
        QCoreApplication::translate(
            "Semina::Offline::PublishSettings",
            "\"%1\" is XML but not a publish settings file (no PublishData/PublishProfile): choose the "
            ".publishsettings file downloaded for your subscription.")
            .arg(fileName)};

    if (!reader.readNextStartElement()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "\"%1\" is not an XML file: choose the .publishsettings file downloaded for your "
                        "subscription.")
                        .arg(fileName),
                    reader.errorString());
    }
    if (reader.name() == QLatin1String("publishData"))
        return fail(webDeployProfile(fileName));
    if (reader.name() != QLatin1String("PublishData"))
        return fail(notPublishSettings);

    QList<RawSubscription> raw;
    bool sawProfile = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("publishProfile"))
            return fail(webDeployProfile(fileName));
        if (reader.name() != QLatin1String("PublishProfile")) {
            reader.skipCurrentElement();
            continue;
        }
        sawProfile = true;
        const QXmlStreamAttributes profileAttributes = reader.attributes();
        if (profileAttributes.value(QLatin1String("publishMethod")) == QLatin1String("MSDeploy")
            || profileAttributes.value(QLatin1String("PublishMethod")) == QLatin1String("MSDeploy"))
            return fail(webDeployProfile(fileName));
        const QString schema = profileAttributes.value(QLatin1String("SchemaVersion")).toString();
        if (schema.isEmpty()) {
            settings.schemaVersion = 1;
        } else if (schema == QLatin1String("2.0") || schema == QLatin1String("2")) {
            settings.schemaVersion = 2;
        } else {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "Semina::Offline::PublishSettings",
                            "\"%1\" uses publish settings schema version %2, which Semina does not know (it reads 1 "
                            "and 2.0): download the file again.")
                            .arg(fileName, schema));
        }
        const Profile profile{profileAttributes.value(QLatin1String("Url")).toString(),
                              profileAttributes.value(QLatin1String("ManagementCertificate")).toString()};
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1String("Subscription")) {
                const QXmlStreamAttributes a = reader.attributes();
                const QString url = a.value(QLatin1String("ServiceManagementUrl")).toString();
                const QString certificate = a.value(QLatin1String("ManagementCertificate")).toString();
                raw.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Name")).toString(),
                            url.isEmpty() ? profile.url : url,
                            certificate.isEmpty() ? profile.managementCertificate : certificate});
            }
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "\"%1\" is not a well-formed XML file (line %2): it was damaged or cut short; download the "
                        "publish settings file again.")
                        .arg(fileName)
                        .arg(reader.lineNumber()),
                    reader.errorString());
    }
    if (!sawProfile)
        return fail(notPublishSettings);
    if (raw.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::PublishSettings",
                        "\"%1\" lists no subscription: sign in with an account that has a subscription and "
                        "download the file again.")
                        .arg(fileName));

    // Both checks below see every subscription once: a file of 3,000 subscriptions took 56 s
    // when each looked the ids before it up (and built the message listing them) and opened
    // the certificate the subscriptions share again.
    QSet<QUuid> seen;
    QHash<QString, std::pair<Certificate, QByteArray>> opened; // by the certificate's base64 text: it and its PKCS#12
    for (const RawSubscription &entry : raw) {
        const QString label = entry.name.isEmpty() ? entry.id : entry.name;
        if (!AzureNames::isGuid(entry.id))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "Semina::Offline::PublishSettings",
                            "The subscription \"%1\" in \"%2\" has the id \"%3\", which is not a GUID "
                            "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): the file was edited or damaged; download it "
                            "again.")
                            .arg(label, fileName, entry.id));
        const QUuid id = QUuid::fromString(entry.id);
        if (seen.contains(id))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "Semina::Offline::PublishSettings",
                            "\"%1\" lists the subscription %2 twice: the file was edited or damaged; download it "
                            "again.")
                            .arg(fileName, entry.id));
        seen.insert(id);
        auto known = opened.constFind(entry.managementCertificate);
        if (known == opened.constEnd()) {
            QByteArray pkcs12;
            auto certificate = readCertificate(entry.managementCertificate, fileName, label, now, &pkcs12);
            if (!certificate)
                return fail(certificate.error());
            known = opened.insert(entry.managementCertificate, {std::move(*certificate), std::move(pkcs12)});
        }
        settings.subscriptions.append({entry.id, entry.name, entry.url, known->first, known->second});
    }
    // Counts only: the certificates stay out of logs.
    qCDebug(lcOffline) << "read publish settings" << fileName << "schema" << settings.schemaVersion << "with"
                       << settings.subscriptions.size() << "subscription(s)";
    return settings;
}

} // namespace Semina::Offline
