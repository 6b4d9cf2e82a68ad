#include "crypto/Random.h"
#include "importjob/KeyWrap.h"
#include "offline/Certificate.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Offline;

// Drive keys wrapped to the station: only its private key opens them, and only for the drive
// they were wrapped for; with an EC and with an RSA station key.
class TestKeyWrap : public QObject {
    Q_OBJECT

    static SelfSignedIdentity station(KeyAlgorithm algorithm)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return makeSelfSignedIdentity({QStringLiteral("station"), algorithm, now.addSecs(-60), now.addYears(1)})
            .value();
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::newRow("ec p-256") << KeyAlgorithm::EcP256;
        QTest::newRow("rsa 3072") << KeyAlgorithm::Rsa3072;
    }
    void roundTrip()
    {
        QFETCH(KeyAlgorithm, algorithm);
        const SelfSignedIdentity ours = station(algorithm);
        const SelfSignedIdentity other = station(algorithm);
        const QByteArray key = Crypto::randomBytes(32).value();
        const QByteArray wrapped = wrapToStation(ours.certificate.der(), key, "job\ndrive-1").value();
        QVERIFY(!wrapped.contains(key));
        QCOMPARE(unwrapAtStation(ours.privateKeyDer, wrapped, "job\ndrive-1").value(), key);
        // Each wrap is fresh: the same key never gives the same envelope twice.
        QVERIFY(wrapToStation(ours.certificate.der(), key, "job\ndrive-1").value() != wrapped);

        QCOMPARE(unwrapAtStation(ours.privateKeyDer, wrapped, "job\ndrive-2").error().code, ErrorCode::Corruption);
        QCOMPARE(unwrapAtStation(other.privateKeyDer, wrapped, "job\ndrive-1").error().code, ErrorCode::Corruption);
        for (const qsizetype at : {qsizetype(5), qsizetype(20), wrapped.size() - 1}) {
            QByteArray flipped = wrapped;
            flipped[at] = char(flipped[at] ^ 0x01);
            QCOMPARE(unwrapAtStation(ours.privateKeyDer, flipped, "job\ndrive-1").error().code, ErrorCode::Corruption);
        }
        QCOMPARE(unwrapAtStation(ours.privateKeyDer, wrapped.left(10), "job\ndrive-1").error().code,
                 ErrorCode::Corruption);
    }

    void aKeyOfTheOtherKindIsRefused()
    {
        const SelfSignedIdentity ec = station(KeyAlgorithm::EcP256);
        const SelfSignedIdentity rsa = station(KeyAlgorithm::Rsa3072);
        const QByteArray wrapped = wrapToStation(ec.certificate.der(), "secret", "a").value();
        QCOMPARE(unwrapAtStation(rsa.privateKeyDer, wrapped, "a").error().code, ErrorCode::Corruption);
    }
};

QTEST_GUILESS_MAIN(TestKeyWrap)
#include "tst_keywrap.moc"
