#include "Fixtures.h"
#include "TestEnvironment.h"

#include "offline/PublishSettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>
#include <QUuid>

using namespace Semina;
using namespace Semina::Offline;
using namespace Semina::Test::Offline;

namespace {

const QString kFirst = QStringLiteral("1b2c3d4e-0000-4000-8000-00000000000a");
const QString kSecond = QStringLiteral("1B2C3D4E-0000-4000-8000-00000000000B");
const QString kThird = QStringLiteral("1b2c3d4e-0000-4000-8000-00000000000c");

QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

// Publish settings files of both schemas, good and bad, made here with OpenSSL.
class TestPublishSettings : public QObject {
    Q_OBJECT

    QByteArray m_valid; // base64 PKCS#12, valid now
    QByteArray m_other; // another valid one
    QByteArray m_expired;
    QByteArray m_notYetValid;
    QByteArray m_openssl; // made by the openssl command (AES-256, PBKDF2)
    QByteArray m_opensslLegacy; // RC2/3DES, as older Azure files
    QByteArray m_opensslWithPassword;

private Q_SLOTS:
    void initTestCase()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_valid = managementCertificate(now.addDays(-1), now.addYears(1));
        m_other = managementCertificate(now.addDays(-1), now.addYears(1));
        m_expired = managementCertificate(now.addYears(-2), now.addYears(-1));
        m_notYetValid = managementCertificate(now.addYears(1), now.addYears(2));
        m_openssl = opensslManagementCertificate(false);
        m_opensslLegacy = opensslManagementCertificate(true);
        m_opensslWithPassword = opensslManagementCertificate(false, QStringLiteral("secret"));
        QVERIFY(!m_valid.isEmpty() && !m_other.isEmpty() && !m_expired.isEmpty() && !m_notYetValid.isEmpty());
        QVERIFY2(!m_openssl.isEmpty() && !m_opensslWithPassword.isEmpty(), "the openssl command is needed");
    }

    void readsGoodFiles_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("schema");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("schema 1, one subscription")
            << schema1(m_valid, {{kFirst, QStringLiteral("Production"), {}}}) << 1 << QStringList{kFirst};
        QTest::newRow("schema 1, several subscriptions sharing the profile's certificate")
            << schema1(m_valid, {{kFirst, QStringLiteral("Production"), {}}, {kSecond, QStringLiteral("Test"), {}}})
            << 1 << QStringList{kFirst, kSecond};
        QTest::newRow("schema 2, one subscription")
            << schema2({{kFirst, QStringLiteral("Production"), QString::fromLatin1(m_valid)}}) << 2
            << QStringList{kFirst};
        QTest::newRow("schema 2, three subscriptions with their own certificates")
            << schema2({{kFirst, QStringLiteral("A"), QString::fromLatin1(m_valid)},
                        {kSecond, QStringLiteral("B"), QString::fromLatin1(m_other)},
                        {kThird, QStringLiteral("C"), QString::fromLatin1(m_openssl)}})
            << 2 << QStringList{kFirst, kSecond, kThird};
        QTest::newRow("schema 2, certificate made by the openssl command")
            << schema2({{kFirst, QStringLiteral("A"), QString::fromLatin1(m_openssl)}}) << 2 << QStringList{kFirst};
        // Base64 folded over lines, as some tools write it.
        QByteArray folded = m_valid;
        for (qsizetype at = 76; at < folded.size(); at += 78)
            folded.insert(at, "\r\n");
        QTest::newRow("schema 1, base64 folded over lines")
            << schema1(folded, {{kFirst, QStringLiteral("A"), {}}}) << 1 << QStringList{kFirst};
    }
    void readsGoodFiles()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, schema);
        QFETCH(QStringList, ids);
        const auto settings = PublishSettings::parse(xml, QStringLiteral("good.publishsettings"));
        QVERIFY2(settings.has_value(), qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->schemaVersion, schema);
        QCOMPARE(settings->subscriptionIds(), ids);
        for (const PublishSubscription &subscription : settings->subscriptions) {
            QVERIFY(!subscription.serviceManagementUrl.isEmpty());
            QCOMPARE(subscription.managementCertificate.thumbprint().size(), 40);
        }
    }

    // A publish settings file of an account with many subscriptions (3,000 took 56 s to read
    // when every subscription looked up the ones before it): all are read, in order, each with
    // its certificate. The bound is far above the linear time (well under a second here) and far
    // below the quadratic one, so a busy machine does not make it fail.
    void readsThousandsOfSubscriptions_data()
    {
        QTest::addColumn<int>("schema");
        QTest::newRow("schema 1, the profile's certificate shared") << 1;
        QTest::newRow("schema 2, a certificate in every subscription") << 2;
    }
    void readsThousandsOfSubscriptions()
    {
        QFETCH(int, schema);
        constexpr int kCount = 3000;
        QList<FixtureSubscription> subscriptions;
        QStringList ids;
        for (int i = 0; i < kCount; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            ids << id;
            subscriptions.append({id, QStringLiteral("Subscription %1").arg(i), QString::fromLatin1(m_valid)});
        }
        const QByteArray xml = schema == 1 ? schema1(m_valid, subscriptions) : schema2(subscriptions);
        QElapsedTimer clock;
        clock.start();
        const auto settings = PublishSettings::parse(xml, QStringLiteral("many.publishsettings"));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(settings.has_value(), qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->subscriptions.size(), kCount);
        QCOMPARE(settings->subscriptionIds(), ids);
        QCOMPARE(settings->subscriptions.last().name, QStringLiteral("Subscription %1").arg(kCount - 1));
        QCOMPARE(settings->subscriptions.last().managementCertificate.thumbprint(),
                 settings->subscriptions.first().managementCertificate.thumbprint());
        QVERIFY2(elapsed < 15'000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        // The last one is found as quickly as the first, and a duplicate at the very end is seen.
        QCOMPARE(settings->subscription(ids.last()).value().name, QStringLiteral("Subscription %1").arg(kCount - 1));
        subscriptions.append({ids.first().toUpper(), QStringLiteral("again"), QString::fromLatin1(m_valid)});
        const auto twice
            = PublishSettings::parse(schema == 1 ? schema1(m_valid, subscriptions) : schema2(subscriptions),
                                     QStringLiteral("many.publishsettings"));
        QVERIFY(!twice.has_value());
        QVERIFY2(twice.error().message.contains(QStringLiteral("twice")), qPrintable(twice.error().message));
    }

    void legacyCertificatesOpen()
    {
        if (m_opensslLegacy.isEmpty())
            QSKIP("this openssl cannot write legacy PKCS#12 files");
        const auto settings = PublishSettings::parse(
            schema2({{kFirst, QStringLiteral("Old"), QString::fromLatin1(m_opensslLegacy)}}), QStringLiteral("old"));
        QVERIFY2(settings.has_value(), qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->subscriptions.first().managementCertificate.commonName(), QStringLiteral("openssl fixture"));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        const auto v2 = [](const QString &id, const QByteArray &certificate) {
            return schema2({{id, QStringLiteral("Sub"), QString::fromLatin1(certificate)}});
        };
        QTest::newRow("not XML") << QByteArray("{\"this\": \"is json\"}") << QStringLiteral("is not an XML file");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is not an XML file");
        QTest::newRow("XML cut short") << v2(kFirst, m_valid).left(200)
                                       << QStringLiteral("is not a well-formed XML file");
        QTest::newRow("XML of something else") << QByteArray("<html><body>hello</body></html>")
                                               << QStringLiteral("is XML but not a publish settings file");
        QTest::newRow("PublishData without a profile")
            << QByteArray("<PublishData></PublishData>") << QStringLiteral("is XML but not a publish settings file");
        QTest::newRow("Web Deploy profile") << webDeployProfile() << QStringLiteral("Web Deploy publishing profile");
        QTest::newRow("MSDeploy profile in PublishData")
            << QByteArray("<PublishData><PublishProfile publishMethod=\"MSDeploy\"/></PublishData>")
            << QStringLiteral("Web Deploy publishing profile");
        QTest::newRow("no subscription, schema 1") << schema1(m_valid, {}) << QStringLiteral("lists no subscription");
        QTest::newRow("no subscription, schema 2") << schema2({}) << QStringLiteral("lists no subscription");
        QTest::newRow("id is not a GUID")
            << v2(QStringLiteral("my-subscription"), m_valid) << QStringLiteral("which is not a GUID");
        QTest::newRow("id with braces") << v2(QLatin1Char('{') + kFirst + QLatin1Char('}'), m_valid)
                                        << QStringLiteral("which is not a GUID");
        QTest::newRow("no certificate") << v2(kFirst, QByteArray()) << QStringLiteral("has no ManagementCertificate");
        QTest::newRow("bad base64") << v2(kFirst, QByteArray("MIIK!!notbase64$$"))
                                    << QStringLiteral("is not valid base64");
        QTest::newRow("base64 of something else") << v2(kFirst, QByteArray("not a certificate at all").toBase64())
                                                  << QStringLiteral("is not a PKCS#12 certificate");
        QTest::newRow("certificate with a password")
            << v2(kFirst, m_opensslWithPassword) << QStringLiteral("cannot be opened with an empty password");
        QTest::newRow("expired certificate") << v2(kFirst, m_expired) << QStringLiteral("expired on");
        QTest::newRow("expired certificate, schema 1")
            << schema1(m_expired, {{kFirst, QStringLiteral("A"), {}}}) << QStringLiteral("expired on");
        QTest::newRow("certificate not valid yet") << v2(kFirst, m_notYetValid) << QStringLiteral("is valid only from");
        QTest::newRow("the same subscription twice")
            << schema1(m_valid, {{kFirst, QStringLiteral("A"), {}}, {kFirst.toUpper(), QStringLiteral("B"), {}}})
            << QStringLiteral("twice");
        QByteArray schema3 = v2(kFirst, m_valid);
        schema3.replace("SchemaVersion=\"2.0\"", "SchemaVersion=\"3.0\"");
        QTest::newRow("unknown schema") << schema3 << QStringLiteral("schema version 3.0");
    }
    void rejectsBadFiles()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        const auto settings = PublishSettings::parse(xml, QStringLiteral("bad.publishsettings"));
        QVERIFY(!settings.has_value());
        QCOMPARE(settings.error().code, ErrorCode::InvalidInput);
        QVERIFY2(settings.error().message.contains(message), qPrintable(settings.error().message));
        QVERIFY2(settings.error().message.contains(QStringLiteral("bad.publishsettings")),
                 qPrintable(settings.error().message));
    }

    void findsTheSubscriptionAskedFor()
    {
        const auto settings = PublishSettings::parse(
            schema1(m_valid, {{kFirst, QStringLiteral("A"), {}}, {kSecond, QStringLiteral("B"), {}}}),
            QStringLiteral("two.publishsettings"));
        QVERIFY(settings.has_value());
        // GUIDs compare ignoring case.
        QCOMPARE(settings->subscription(kSecond.toLower()).value().name, QStringLiteral("B"));
        const auto missing = settings->subscription(kThird);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(kThird));
        QVERIFY2(missing.error().message.contains(kFirst) && missing.error().message.contains(kSecond),
                 qPrintable(missing.error().message));
        QCOMPARE(settings->subscription(QStringLiteral("not-a-guid")).error().code, ErrorCode::NotFound);
    }

    void readsFromDiskAndNamesAMissingFile()
    {
        Test::TemporaryFolder folder(QStringLiteral("publishsettings"));
        const QString path = folder.filePath(QStringLiteral("mine.publishsettings"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(schema2({{kFirst, QStringLiteral("Mine"), QString::fromLatin1(m_valid)}}));
        file.close();
        const auto settings = PublishSettings::read(path);
        QVERIFY(settings.has_value());
        QCOMPARE(settings->subscriptions.first().name, QStringLiteral("Mine"));

        const auto missing = PublishSettings::read(folder.filePath(QStringLiteral("nope.publishsettings")));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.publishsettings")));
    }

    void certificatesNeverReachTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("semina.*=true"));
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const QByteArray xml = schema2({{kFirst, QStringLiteral("A"), QString::fromLatin1(m_valid)}});
        const auto good = PublishSettings::parse(xml, QStringLiteral("log.publishsettings"));
        const auto bad
            = PublishSettings::parse(schema2({{kFirst, QStringLiteral("A"), QString::fromLatin1(m_expired)}}),
                                     QStringLiteral("log.publishsettings"));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(good.has_value());
        QVERIFY(!bad.has_value());
        QVERIFY2(!capturedLog.isEmpty(), "the parser logs what it read (without certificates)");
        const QString logged = capturedLog.join(QLatin1Char('\n')) + bad.error().message + bad.error().details;
        QVERIFY(!logged.contains(QString::fromLatin1(m_valid.left(24))));
        QVERIFY(!logged.contains(QString::fromLatin1(m_expired.left(24))));
        QVERIFY(!logged.contains(QString::fromLatin1(m_valid.mid(m_valid.size() / 2, 24))));
    }
};

QTEST_GUILESS_MAIN(TestPublishSettings)
#include "tst_publishsettings.moc"
