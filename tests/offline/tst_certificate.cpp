#include "Fixtures.h"

#include "offline/Certificate.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Offline;

// Semina's certificates: what it makes is what it reads back, and nothing else reads as one.
class TestCertificate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selfSignedRoundTrip_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::newRow("EC P-256") << KeyAlgorithm::EcP256;
        QTest::newRow("RSA 3072") << KeyAlgorithm::Rsa3072;
    }
    void selfSignedRoundTrip()
    {
        QFETCH(KeyAlgorithm, algorithm);
        const QDateTime from = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QDateTime until = from.addYears(3);
        const auto identity
            = makeSelfSignedIdentity({QStringLiteral("CB_AzureADCertforOfflineSeeding_42"), algorithm, from, until});
        QVERIFY2(identity.has_value(), qPrintable(identity ? QString() : identity.error().details));
        const Certificate &certificate = identity->certificate;
        QCOMPARE(certificate.commonName(), QStringLiteral("CB_AzureADCertforOfflineSeeding_42"));
        QCOMPARE(certificate.notBefore(), from);
        QCOMPARE(certificate.notAfter(), until);
        QVERIFY(certificate.isValidAt(from.addDays(1)));
        QVERIFY(!certificate.isValidAt(until.addSecs(1)));
        QVERIFY(!certificate.isValidAt(from.addSecs(-1)));
        QCOMPARE(certificate.thumbprint().size(), 40);
        QVERIFY(!identity->privateKeyDer.isEmpty());
        // The DER does not hold the private key.
        const QByteArray secret = Test::Offline::privateComponent(identity->privateKeyDer);
        QVERIFY(secret.size() >= 30);
        QVERIFY(!certificate.der().contains(secret));

        const auto pkcs12 = makePkcs12(*identity, QStringLiteral("name"));
        QVERIFY(pkcs12.has_value());
        const auto back = certificateFromPkcs12(*pkcs12, QStringLiteral("test"));
        QVERIFY(back.has_value());
        QCOMPARE(back->der(), certificate.der());
        QCOMPARE(back->thumbprint(), certificate.thumbprint());
    }

    void twoCertificatesDiffer()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto a = makeSelfSignedIdentity({QStringLiteral("same"), KeyAlgorithm::EcP256, now, now.addDays(1)});
        const auto b = makeSelfSignedIdentity({QStringLiteral("same"), KeyAlgorithm::EcP256, now, now.addDays(1)});
        QVERIFY(a && b);
        QVERIFY(a->certificate.thumbprint() != b->certificate.thumbprint());
        QVERIFY(a->privateKeyDer != b->privateKeyDer);
    }

    void notACertificate_data()
    {
        QTest::addColumn<QByteArray>("der");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray good = makeSelfSignedIdentity({QStringLiteral("x"), KeyAlgorithm::EcP256, now, now.addDays(1)})
                                    ->certificate.der();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("-----BEGIN CERTIFICATE-----");
        QTest::newRow("cut short") << good.left(good.size() - 10);
        QTest::newRow("trailing bytes") << good + QByteArray("extra");
    }
    void notACertificate()
    {
        QFETCH(QByteArray, der);
        const auto certificate = Certificate::fromDer(der);
        QVERIFY(!certificate.has_value());
        QCOMPARE(certificate.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
