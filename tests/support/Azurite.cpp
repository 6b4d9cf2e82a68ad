#include "Azurite.h"

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

} // namespace Semina::Test
