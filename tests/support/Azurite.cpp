#include "Azurite.h"

#include "crypto/Mac.h"

#include <QFile>

namespace Semina::Test {

namespace {
// Published by Microsoft for the storage emulator; not a secret.
constexpr char kDevelopmentAccount[] = "devstoreaccount1";
constexpr char kDevelopmentKey[]
    = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
} // namespace

Result<Azurite> Azurite::fromFixture()
{
    const QString file = qEnvironmentVariable("SEMINA_AZURITE_ENDPOINT_FILE");
    QFile endpoint(file);
    if (file.isEmpty() || !endpoint.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QStringLiteral("The Azurite fixture did not run (no endpoint file \"%1\"): "
                                   "run the tests through ./test.sh or ctest.")
                        .arg(file));
    const QString base = QString::fromUtf8(endpoint.readAll()).trimmed();
    Azurite azurite;
    azurite.accountName = QLatin1String(kDevelopmentAccount);
    azurite.accountKey = kDevelopmentKey;
    azurite.blobEndpoint = QUrl(base + QLatin1Char('/') + azurite.accountName);
    if (!azurite.blobEndpoint.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The Azurite endpoint \"%1\" is not a URL.").arg(base));
    return azurite;
}

QString Azurite::connectionString() const
{
    return QStringLiteral("DefaultEndpointsProtocol=http;AccountName=%1;AccountKey=%2;BlobEndpoint=%3;")
        .arg(accountName, QString::fromLatin1(accountKey), blobEndpoint.toString());
}

Result<QString> Azurite::sasConnectionString(const QByteArray &permissions, const QDateTime &expiry) const
{
    // Account SAS, version 2020-12-06 and later: the fields below, one a line, in this order,
    // the empty ones included (start, IP range, protocol, encryption scope), ending in a newline.
    const QByteArray version = "2021-06-08";
    const QByteArray services = "b";
    const QByteArray resourceTypes = "sco";
    const QByteArray until = expiry.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
    const QByteArray toSign = accountName.toLatin1() + '\n' + permissions + '\n' + services + '\n' + resourceTypes
        + "\n\n" + until + "\n\n\n" + version + "\n\n";
    auto signature = Crypto::hmacSha256(QByteArray::fromBase64(accountKey), toSign);
    if (!signature)
        return fail(signature.error());
    const QByteArray sas = "sv=" + version + "&ss=" + services + "&srt=" + resourceTypes + "&sp=" + permissions
        + "&se=" + until.toPercentEncoding() + "&sig=" + signature->toBase64().toPercentEncoding();
    return QStringLiteral("BlobEndpoint=%1;SharedAccessSignature=%2")
        .arg(blobEndpoint.toString(), QString::fromLatin1(sas));
}

} // namespace Semina::Test
