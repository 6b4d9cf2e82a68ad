#include "store/azure/ConnectionString.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Azure;

// Connection strings as the Azure portal, Azure Storage Explorer and the emulator give them;
// malformed ones are refused naming the part and the fix, and never echo a secret.
class TestConnectionString : public QObject {
    Q_OBJECT

    static constexpr char kKey[] = "a2V5IGZvciB0ZXN0cyBvbmx5LCBub3QgYSByZWFsIG9uZQ==";
    static constexpr char kSignature[] = "SECRETSIGNATURE123%3D";

private Q_SLOTS:
    void acceptedForms_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("sas");
        const QString key = QString::fromLatin1(kKey);
        QTest::newRow("portal access key")
            << QStringLiteral(
                   "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=%1;EndpointSuffix=core.windows.net")
                   .arg(key)
            << QStringLiteral("https://acme.blob.core.windows.net") << QStringLiteral("acme") << true << QString();
        QTest::newRow("another cloud's suffix, keys in any case and order")
            << QStringLiteral("accountkey=%1; ENDPOINTSUFFIX=core.chinacloudapi.cn ;accountname=acme").arg(key)
            << QStringLiteral("https://acme.blob.core.chinacloudapi.cn") << QStringLiteral("acme") << true << QString();
        QTest::newRow("blob endpoint and SAS")
            << QStringLiteral(
                   "BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=b&"
                   "srt=sco&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=abc%3D")
            << QStringLiteral("https://acme.blob.core.windows.net") << QStringLiteral("acme") << false
            << QStringLiteral("sv=2021-06-08&ss=b&srt=sco&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=abc%3D");
        QTest::newRow("SAS given with its question mark")
            << QStringLiteral("BlobEndpoint=https://acme.blob.core.windows.net;SharedAccessSignature=?sv=1&sig=x")
            << QStringLiteral("https://acme.blob.core.windows.net") << QStringLiteral("acme") << false
            << QStringLiteral("sv=1&sig=x");
        QTest::newRow("emulator endpoint names the account in its path")
            << QStringLiteral(
                   "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%1;BlobEndpoint=http://"
                   "127.0.0.1:10000/devstoreaccount1;")
                   .arg(key)
            << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1") << QStringLiteral("devstoreaccount1") << true
            << QString();
        QTest::newRow("UseDevelopmentStorage")
            << QStringLiteral("UseDevelopmentStorage=true") << QStringLiteral("http://127.0.0.1:10000/devstoreaccount1")
            << QStringLiteral("devstoreaccount1") << true << QString();
    }
    void acceptedForms()
    {
        QFETCH(QString, connection);
        QFETCH(QString, endpoint);
        QFETCH(QString, account);
        QFETCH(bool, withKey);
        QFETCH(QString, sas);
        const auto parsed = parseConnectionString(connection);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->blobEndpoint.toString(), endpoint);
        QCOMPARE(parsed->accountName, account);
        QCOMPARE(!parsed->accountKey.isEmpty(), withKey);
        QCOMPARE(parsed->sharedAccessSignature, sas);
        QVERIFY(!parsed->describe().contains(QString::fromLatin1(kKey)));

        // Split for the settings file and the keychain, then joined, it reads the same.
        const SplitConnectionString split = splitConnectionString(connection);
        QVERIFY(!split.settings.contains(QString::fromLatin1(kKey)));
        QVERIFY(sas.isEmpty() || !split.settings.contains(QStringLiteral("sig=")));
        const auto joined = parseConnectionString(split.settings + u';' + QString::fromUtf8(split.secret));
        QVERIFY(joined);
        QCOMPARE(joined->blobEndpoint, parsed->blobEndpoint);
        QCOMPARE(joined->accountKey, parsed->accountKey);
        QCOMPARE(joined->sharedAccessSignature, parsed->sharedAccessSignature);
    }

    void refusedFormsNameThePartAndNoSecret_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("named");
        const QString key = QString::fromLatin1(kKey);
        const QString signature = QString::fromLatin1(kSignature);
        QTest::newRow("empty") << QString() << QStringLiteral("Access keys");
        QTest::newRow("no credentials") << QStringLiteral("AccountName=acme")
                                        << QStringLiteral("neither an AccountKey");
        QTest::newRow("no account") << QStringLiteral("AccountKey=%1").arg(key) << QStringLiteral("no AccountName");
        QTest::newRow("key not base64") << QStringLiteral("AccountName=acme;AccountKey=not*base64")
                                        << QStringLiteral("not valid base64");
        QTest::newRow("protocol")
            << QStringLiteral("DefaultEndpointsProtocol=ftp;AccountName=acme;AccountKey=%1").arg(key)
            << QStringLiteral("DefaultEndpointsProtocol");
        QTest::newRow("part without value") << QStringLiteral("AccountName=acme;AccountKey=%1;EndpointSuffix").arg(key)
                                            << QStringLiteral("\"EndpointSuffix\" has no value");
        QTest::newRow("a stray piece of a signature")
            << QStringLiteral("AccountName=acme;AccountKey=%1;%2").arg(key, signature.left(15))
            << QStringLiteral("without a name");
        QTest::newRow("SAS URL pasted as the endpoint")
            << QStringLiteral("BlobEndpoint=https://acme.blob.core.windows.net/?sv=2021-06-08&sig=%1").arg(signature)
            << QStringLiteral("carries a query");
        QTest::newRow("endpoint not http, with a query")
            << QStringLiteral("BlobEndpoint=acme.blob.core.windows.net/?sv=1&sig=%1").arg(signature)
            << QStringLiteral("carries a query");
        QTest::newRow("endpoint not http") << QStringLiteral("BlobEndpoint=ftp://acme.example;AccountKey=%1").arg(key)
                                           << QStringLiteral("not an http or https address");
    }
    void refusedFormsNameThePartAndNoSecret()
    {
        QFETCH(QString, connection);
        QFETCH(QString, named);
        const auto parsed = parseConnectionString(connection);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
        for (const QString &secret : {QString::fromLatin1(kKey), QString::fromLatin1(kSignature).left(15)}) {
            QVERIFY2(!parsed.error().message.contains(secret), qPrintable(parsed.error().message));
            QVERIFY(!parsed.error().details.contains(secret));
        }
    }

    void theEnvironmentVariableIsRead()
    {
        qputenv("AZURE_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true");
        const auto account = accountFromEnvironment();
        QVERIFY(account);
        QCOMPARE(account->accountName, QStringLiteral("devstoreaccount1"));
        qputenv("AZURE_STORAGE_CONNECTION_STRING", "AccountName=acme");
        const auto bad = accountFromEnvironment();
        QVERIFY(!bad);
        QVERIFY(bad.error().message.startsWith(QStringLiteral("AZURE_STORAGE_CONNECTION_STRING")));
        qunsetenv("AZURE_STORAGE_CONNECTION_STRING");
        QCOMPARE(accountFromEnvironment().error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connectionstring.moc"
