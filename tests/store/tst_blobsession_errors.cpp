#include "store/azure/BlobSession.h"
#include "store/azure/ConnectionString.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Azure;

// How answers the emulator never gives (firewalls, SAS restrictions, races between uploads,
// Azure's limits) become errors: each names its own cause and fix, with the exit code a script
// can act on, and none carries the account key or the SAS signature.
class TestBlobSessionErrors : public QObject {
    Q_OBJECT

    static constexpr char kKey[] = "a2V5IGZvciB0ZXN0cyBvbmx5LCBub3QgYSByZWFsIG9uZQ==";

    static HttpResponse answer(int status, const QByteArray &code, bool inBody)
    {
        HttpResponse response;
        response.status = status;
        if (inBody)
            response.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code
                + "</Code><Message>details</Message></Error>";
        else
            response.headers.append({"x-ms-error-code", code});
        return response;
    }

private Q_SLOTS:
    void answersNameTheirCause_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong key") << 403 << QByteArray("AuthenticationFailed") << ErrorCode::AccessDenied
                                   << QStringLiteral("the account key is wrong");
        QTest::newRow("firewall or key") << 403 << QByteArray("AuthorizationFailure") << ErrorCode::AccessDenied
                                         << QStringLiteral("firewall and virtual network rules");
        QTest::newRow("SAS for other addresses")
            << 403 << QByteArray("AuthorizationSourceIPMismatch") << ErrorCode::AccessDenied
            << QStringLiteral("limited to other IP addresses");
        QTest::newRow("SAS for HTTPS only") << 403 << QByteArray("AuthorizationProtocolMismatch")
                                            << ErrorCode::AccessDenied << QStringLiteral("HTTPS only");
        QTest::newRow("keys not allowed") << 403 << QByteArray("KeyBasedAuthenticationNotPermitted")
                                          << ErrorCode::AccessDenied << QStringLiteral("user delegation SAS");
        QTest::newRow("SAS lacks a permission") << 403 << QByteArray("AuthorizationPermissionMismatch")
                                                << ErrorCode::AccessDenied << QStringLiteral("lacks a permission");
        QTest::newRow("another upload committed first")
            << 400 << QByteArray("InvalidBlockList") << ErrorCode::Conflict << QStringLiteral("finished first");
        QTest::newRow("too many uncommitted blocks")
            << 409 << QByteArray("BlockCountExceedsLimit") << ErrorCode::Conflict << QStringLiteral("100,000");
        QTest::newRow("someone else's write")
            << 412 << QByteArray("ConditionNotMet") << ErrorCode::Conflict << QStringLiteral("someone else");
        QTest::newRow("damaged on the way")
            << 400 << QByteArray("Md5Mismatch") << ErrorCode::Corruption << QStringLiteral("damaged on its way");
        QTest::newRow("missing container") << 404 << QByteArray("ContainerNotFound") << ErrorCode::NotFound
                                           << QStringLiteral("container \"vault\" does not exist");
    }
    void answersNameTheirCause()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, said);
        auto account = parseConnectionString(
            QStringLiteral(
                "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=%1;EndpointSuffix=core.windows.net")
                .arg(QLatin1String(kKey)));
        QVERIFY(account);
        const BlobSession session(*account, {});
        for (const bool inBody : {false, true}) { // Azure sends the code in a header and in the body
            const Error error = session.errorFor(answer(status, code, inBody),
                                                 {QStringLiteral("vault"), QStringLiteral("packs/ab/cd")});
            QCOMPARE(error.code, expected);
            QVERIFY2(error.message.contains(said), qPrintable(error.message));
            QVERIFY(error.details.contains(QString::fromLatin1(code)));
            QVERIFY(!error.message.contains(QLatin1String(kKey).left(16)));
            QVERIFY(!error.details.contains(QLatin1String(kKey).left(16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBlobSessionErrors)
#include "tst_blobsession_errors.moc"
