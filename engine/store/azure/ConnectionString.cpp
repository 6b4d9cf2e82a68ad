#include "store/azure/ConnectionString.h"

#include <QCoreApplication>
#include <QMap>

namespace Semina::Azure {

namespace {
// Published by Microsoft for the storage emulator; not a secret.
constexpr char kDevelopmentAccount[] = "devstoreaccount1";
constexpr char kDevelopmentKey[]
    = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Azure::ConnectionString)
};

bool isSecretKey(const QString &key)
{
    return key.compare(QLatin1String("AccountKey"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("SharedAccessSignature"), Qt::CaseInsensitive) == 0;
}

// Pairs in order; a value may itself contain '=' (base64 padding, SAS parameters).
QList<std::pair<QString, QString>> pairsOf(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            pairs.append({part.trimmed(), QString()});
        else
            pairs.append({part.left(equals).trimmed(), part.mid(equals + 1).trimmed()});
    }
    return pairs;
}
} // namespace

QString AzureAccount::describe() const
{
    return Text::tr("Azure account %1 at %2")
        .arg(accountName,
             blobEndpoint.host() + (blobEndpoint.port() > 0 ? u':' + QString::number(blobEndpoint.port()) : QString()));
}

Result<AzureAccount> parseConnectionString(const QString &connectionString)
{
    QMap<QString, QString> values; // lower-case keys
    for (const auto &[key, value] : pairsOf(connectionString)) {
        if (value.isEmpty() && !isSecretKey(key)) {
            // Named only when it is a key Azure's connection strings have: a stray piece of a
            // secret must not be echoed.
            static const QStringList known{QStringLiteral("defaultendpointsprotocol"),
                                           QStringLiteral("accountname"),
                                           QStringLiteral("blobendpoint"),
                                           QStringLiteral("queueendpoint"),
                                           QStringLiteral("tableendpoint"),
                                           QStringLiteral("fileendpoint"),
                                           QStringLiteral("endpointsuffix"),
                                           QStringLiteral("usedevelopmentstorage"),
                                           QStringLiteral("developmentstorageproxyuri")};
            if (!known.contains(key.toLower()))
                return fail(ErrorCode::InvalidInput,
                            Text::tr("The connection string has a part without a name and a value: write every part "
                                     "as Name=value, separated by ';'."));
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The connection string's part \"%1\" has no value: write it as %1=value.").arg(key));
        }
        values.insert(key.toLower(), value);
    }
    if (values.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The connection string is empty: copy it from the storage account's \"Access keys\" page."));

    AzureAccount account;
    if (values.value(QStringLiteral("usedevelopmentstorage")).compare(QLatin1String("true"), Qt::CaseInsensitive)
        == 0) {
        QUrl proxy(values.value(QStringLiteral("developmentstorageproxyuri"), QStringLiteral("http://127.0.0.1")));
        account.accountName = QLatin1String(kDevelopmentAccount);
        account.accountKey = kDevelopmentKey;
        account.blobEndpoint = QUrl(proxy.scheme() + QStringLiteral("://") + proxy.host() + QStringLiteral(":10000/")
                                    + account.accountName);
        return account;
    }

    account.accountName = values.value(QStringLiteral("accountname"));
    account.accountKey = values.value(QStringLiteral("accountkey")).toLatin1();
    account.sharedAccessSignature = values.value(QStringLiteral("sharedaccesssignature"));
    if (account.sharedAccessSignature.startsWith(u'?'))
        account.sharedAccessSignature.remove(0, 1);

    const QString endpoint = values.value(QStringLiteral("blobendpoint"));
    // Only the address before any query is ever shown: a SAS URL pasted as the endpoint
    // carries its signature there.
    const QString shown = endpoint.section(u'?', 0, 0).left(200);
    if (endpoint.contains(u'?'))
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The connection string's BlobEndpoint \"%1\" carries a query (a SAS?): give the "
                     "address alone as BlobEndpoint, and the SAS (what follows the '?') as SharedAccessSignature.")
                .arg(shown));
    if (!endpoint.isEmpty()) {
        QString cleaned = endpoint;
        while (cleaned.endsWith(u'/'))
            cleaned.chop(1);
        account.blobEndpoint = QUrl(cleaned, QUrl::StrictMode);
        if (!account.blobEndpoint.isValid() || account.blobEndpoint.host().isEmpty()
            || (account.blobEndpoint.scheme() != QLatin1String("https")
                && account.blobEndpoint.scheme() != QLatin1String("http")))
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("The connection string's BlobEndpoint \"%1\" is not an http or https address.").arg(shown));
        if (account.accountName.isEmpty()) {
            // https://NAME.blob.core.windows.net, or an emulator's http://HOST:PORT/NAME.
            const QString path = account.blobEndpoint.path().section(u'/', 1, 1);
            account.accountName = path.isEmpty() ? account.blobEndpoint.host().section(u'.', 0, 0) : path;
        }
    } else {
        if (account.accountName.isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                Text::tr("The connection string names no AccountName and no BlobEndpoint: copy the whole string "
                         "from the storage account's \"Access keys\" page."));
        const QString protocol = values.value(QStringLiteral("defaultendpointsprotocol"), QStringLiteral("https"));
        if (protocol != QLatin1String("https") && protocol != QLatin1String("http"))
            return fail(ErrorCode::InvalidInput,
                        Text::tr("The connection string's DefaultEndpointsProtocol is \"%1\": use https (or http for "
                                 "an emulator).")
                            .arg(protocol.left(40)));
        const QString suffix = values.value(QStringLiteral("endpointsuffix"), QStringLiteral("core.windows.net"));
        account.blobEndpoint
            = QUrl(protocol + QStringLiteral("://") + account.accountName + QStringLiteral(".blob.") + suffix);
    }

    if (account.accountKey.isEmpty() && account.sharedAccessSignature.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The connection string has neither an AccountKey nor a SharedAccessSignature: Semina needs "
                     "one of them to reach %1.")
                .arg(account.accountName));
    if (!account.accountKey.isEmpty()
        && !QByteArray::fromBase64Encoding(account.accountKey, QByteArray::AbortOnBase64DecodingErrors))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The connection string's AccountKey is not valid base64: copy it again from the storage "
                             "account's \"Access keys\" page."));
    return account;
}

Result<AzureAccount> accountFromEnvironment()
{
    const QString value = qEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
    if (value.isEmpty())
        return fail(ErrorCode::NotFound, Text::tr("AZURE_STORAGE_CONNECTION_STRING is not set."));
    auto account = parseConnectionString(value);
    if (!account)
        return fail(account.error().prefixed(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING")));
    return account;
}

SplitConnectionString splitConnectionString(const QString &connectionString)
{
    QStringList settings;
    QStringList secret;
    for (const auto &[key, value] : pairsOf(connectionString))
        (isSecretKey(key) ? secret : settings).append(key + u'=' + value);
    return {settings.join(u';'), secret.join(u';').toUtf8()};
}

} // namespace Semina::Azure
