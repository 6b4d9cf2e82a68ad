#include "crypto/ConcurrentDigest.h"
#include "crypto/Digest.h"
#include "crypto/Mac.h"

#include <QTest>

using namespace Semina;

Q_DECLARE_METATYPE(Semina::Crypto::DigestAlgorithm)

// Published test vectors: FIPS 180-2 (SHA-256), RFC 1321 (MD5), RFC 4231 (HMAC-SHA-256).
class TestDigest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // FIPS 180-2 examples for SHA-256; RFC 1321's suite for MD5.
    void digests_data()
    {
        QTest::addColumn<Crypto::DigestAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        const auto sha = Crypto::DigestAlgorithm::Sha256;
        const auto md5 = Crypto::DigestAlgorithm::Md5;
        QTest::newRow("sha256 empty") << sha << QByteArray()
                                      << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("sha256 abc") << sha << QByteArray("abc")
                                    << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha256 448 bits") << sha
                                         << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                         << QByteArray(
                                                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("sha256 a million a")
            << sha << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        QTest::newRow("md5 empty") << md5 << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("md5 abc") << md5 << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
        QTest::newRow("md5 alphabet") << md5 << QByteArray("abcdefghijklmnopqrstuvwxyz")
                                      << QByteArray("c3fcd3d76192e4007dfb496cca67e13b");
        QTest::newRow("md5 eighty digits")
            << md5 << QByteArray("12345678901234567890123456789012345678901234567890123456789012345678901234567890")
            << QByteArray("57edf4a22be3c955ac49da2e2107b67a");
    }
    void digests()
    {
        QFETCH(Crypto::DigestAlgorithm, algorithm);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        const auto oneShot = algorithm == Crypto::DigestAlgorithm::Md5 ? Crypto::md5(message) : Crypto::sha256(message);
        QVERIFY(oneShot.has_value());
        QCOMPARE(oneShot->toHex(), digest);

        // The incremental form agrees, fed in uneven pieces, and is reusable after finish().
        Crypto::Digest incremental(algorithm);
        for (int round = 0; round < 2; ++round) {
            for (qsizetype at = 0; at < message.size(); at += 7777)
                QVERIFY(incremental.add(QByteArrayView(message).sliced(at, qMin<qsizetype>(7777, message.size() - at)))
                            .has_value());
            const auto streamed = incremental.finish();
            QVERIFY(streamed.has_value());
            QCOMPARE(streamed->toHex(), digest);
        }

        // So does the form that hashes on a thread of its own while the caller does other work.
        Crypto::ConcurrentDigest concurrent(algorithm);
        for (qsizetype at = 0; at < message.size(); at += 7777) {
            concurrent.start(QByteArrayView(message).sliced(at, qMin<qsizetype>(7777, message.size() - at)));
            QVERIFY(concurrent.wait().has_value());
        }
        const auto beside = concurrent.finish();
        QVERIFY(beside.has_value());
        QCOMPARE(beside->toHex(), digest);
    }

    void hmacSha256_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                         << QByteArray(
                                                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                         << QByteArray(
                                                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 case 6, key longer than a block")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void hmacSha256()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        const auto result = Crypto::hmacSha256(key, data);
        QVERIFY(result.has_value());
        QCOMPARE(result->toHex(), mac);
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
