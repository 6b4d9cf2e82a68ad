#include "Fixtures.h"

#include "offline/Certificate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace Semina::Test::Offline {

QByteArray managementCertificate(const QDateTime &from, const QDateTime &until)
{
    using namespace Semina::Offline;
    const auto identity
        = makeSelfSignedIdentity({QStringLiteral("fixture management"), KeyAlgorithm::EcP256, from, until});
    if (!identity)
        return {};
    const auto pkcs12 = makePkcs12(*identity, QStringLiteral("fixture"));
    return pkcs12 ? pkcs12->toBase64() : QByteArray();
}

QByteArray privateComponent(const QByteArray &pkcs8Der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(pkcs8Der.constData());
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &in, long(pkcs8Der.size()));
    if (!key)
        return {};
    BIGNUM *secret = nullptr;
    const char *name = EVP_PKEY_is_a(key, "RSA") ? OSSL_PKEY_PARAM_RSA_D : OSSL_PKEY_PARAM_PRIV_KEY;
    QByteArray bytes;
    if (EVP_PKEY_get_bn_param(key, name, &secret) == 1) {
        bytes.resize(BN_num_bytes(secret));
        BN_bn2bin(secret, reinterpret_cast<unsigned char *>(bytes.data()));
    }
    BN_clear_free(secret);
    EVP_PKEY_free(key);
    return bytes;
}

QByteArray runTool(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QByteArray opensslManagementCertificate(bool legacy, const QString &password)
{
    QTemporaryDir folder;
    const QString key = folder.filePath(QStringLiteral("key.pem"));
    const QString certificate = folder.filePath(QStringLiteral("cert.pem"));
    const QString pkcs12 = folder.filePath(QStringLiteral("cert.pfx"));
    const QString openssl = QStringLiteral("openssl");
    if (runTool(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=openssl fixture"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                 certificate})
            .isNull()
        && !QFile::exists(certificate))
        return {};
    QStringList arguments{QStringLiteral("pkcs12"),   QStringLiteral("-export"),
                          QStringLiteral("-inkey"),   key,
                          QStringLiteral("-in"),      certificate,
                          QStringLiteral("-out"),     pkcs12,
                          QStringLiteral("-passout"), QStringLiteral("pass:") + password};
    if (legacy)
        arguments.append(QStringLiteral("-legacy"));
    runTool(openssl, arguments);
    QFile file(pkcs12);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toBase64();
}

QByteArray schema1(const QByteArray &certificateBase64, const QList<FixtureSubscription> &subscriptions)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("PublishData"));
    writer.writeStartElement(QStringLiteral("PublishProfile"));
    writer.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    writer.writeAttribute(QStringLiteral("Url"), QStringLiteral("https://management.core.windows.net/"));
    writer.writeAttribute(QStringLiteral("ManagementCertificate"), QString::fromLatin1(certificateBase64));
    for (const FixtureSubscription &subscription : subscriptions) {
        writer.writeEmptyElement(QStringLiteral("Subscription"));
        writer.writeAttribute(QStringLiteral("Id"), subscription.id);
        writer.writeAttribute(QStringLiteral("Name"), subscription.name);
    }
    writer.writeEndDocument();
    return xml;
}

QByteArray schema2(const QList<FixtureSubscription> &subscriptions)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("PublishData"));
    writer.writeStartElement(QStringLiteral("PublishProfile"));
    writer.writeAttribute(QStringLiteral("SchemaVersion"), QStringLiteral("2.0"));
    writer.writeAttribute(QStringLiteral("PublishMethod"), QStringLiteral("AzureServiceManagementAPI"));
    for (const FixtureSubscription &subscription : subscriptions) {
        writer.writeEmptyElement(QStringLiteral("Subscription"));
        writer.writeAttribute(QStringLiteral("ServiceManagementUrl"),
                              QStringLiteral("https://management.core.windows.net"));
        writer.writeAttribute(QStringLiteral("Id"), subscription.id);
        writer.writeAttribute(QStringLiteral("Name"), subscription.name);
        writer.writeAttribute(QStringLiteral("ManagementCertificate"), subscription.certificateBase64);
    }
    writer.writeEndDocument();
    return xml;
}

QByteArray webDeployProfile()
{
    return QByteArrayLiteral(
        "<publishData><publishProfile profileName=\"myapp - Web Deploy\" publishMethod=\"MSDeploy\" "
        "publishUrl=\"myapp.scm.azurewebsites.net:443\" msdeploySite=\"myapp\" userName=\"$myapp\" "
        "userPWD=\"x\" destinationAppUrl=\"https://myapp.azurewebsites.net\" /></publishData>");
}

} // namespace Semina::Test::Offline
