#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Crypto;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
} // namespace

// The crypto primitives against published vectors, and the properties the vault relies on.
class TestCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // "The Galois/Counter Mode of Operation", test cases 13, 14 and 16 (AES-256).
    void gcmMatchesPublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("associated");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("case 13: empty") << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray() << QByteArray()
                                        << hex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("case 14: one block")
            << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray(16, 0) << QByteArray()
            << hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("case 16: with associated data")
            << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            << hex("cafebabefacedbaddecaf888")
            << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e24"
                   "49a6b525b16aedf5aa0de657ba637b39")
            << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b10"
                   "56828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
    }
    void gcmMatchesPublishedVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, associated);
        QFETCH(QByteArray, expected);
        const auto sealed = Aead::sealWithNonceForTest(key, nonce, plaintext, associated);
        QVERIFY(sealed);
        QCOMPARE(sealed->toHex(), expected.toHex());
        // The same message in the stored layout (nonce first) opens to the plaintext.
        const QByteArray stored = nonce + *sealed;
        const auto opened = Aead::open(key, stored, associated);
        QVERIFY(opened);
        QCOMPARE(*opened, plaintext);
    }

    void sealedMessagesOpenOnlyWithTheirKeyAndAssociatedData()
    {
        const QByteArray key = *randomBytes(32);
        const QByteArray message = QByteArrayLiteral("a chunk of a file");
        const auto sealed = Aead::seal(key, message, "data:abc");
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), message.size() + Aead::kSealOverhead);
        QCOMPARE(*Aead::open(key, *sealed, "data:abc"), message);

        const auto wrongType = Aead::open(key, *sealed, "tree:abc");
        QVERIFY(!wrongType);
        QCOMPARE(wrongType.error().code, ErrorCode::Corruption);
        QVERIFY(!Aead::open(*randomBytes(32), *sealed, "data:abc"));
        for (qsizetype bit : {qsizetype(0), qsizetype(8 * 12 + 3), qsizetype(8 * sealed->size() - 1)}) {
            QByteArray flipped = *sealed;
            flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
            const auto damaged = Aead::open(key, flipped, "data:abc");
            QVERIFY2(!damaged, qPrintable(QString::number(bit)));
            QCOMPARE(damaged.error().code, ErrorCode::Corruption);
        }
        QVERIFY(!Aead::open(key, sealed->first(10), "data:abc"));
    }

    void eachSealUsesAFreshNonce()
    {
        const QByteArray key(32, 'k');
        QCOMPARE_NE(*Aead::seal(key, "same", {}), *Aead::seal(key, "same", {}));
    }

    void aWrongKeyLengthIsRefused() { QVERIFY(!Aead::seal(QByteArray(16, 0), "x", {})); }

    // RFC 5869, test cases 1 and 3.
    void hkdfMatchesRfc5869_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("case 1") << QByteArray(22, 0x0b) << hex("000102030405060708090a0b0c")
                                << hex("f0f1f2f3f4f5f6f7f8f9")
                                << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b88"
                                       "7185865");
        QTest::newRow("case 3: no salt, no info")
            << QByteArray(22, 0x0b) << QByteArray() << QByteArray()
            << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }
    void hkdfMatchesRfc5869()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, expected);
        const auto okm = hkdfSha256(secret, salt, info, expected.size());
        QVERIFY(okm);
        QCOMPARE(okm->toHex(), expected.toHex());
    }

    // RFC 7914 section 12, the two vectors with small parameters.
    void scryptMatchesRfc7914_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                               << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8"
                                      "326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        QTest::newRow("password/NaCl")
            << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8) << quint32(16)
            << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d983"
                   "0dac727afb94a83ee6d8360cbdfa2cc0640");
    }
    void scryptMatchesRfc7914()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        QFETCH(QByteArray, expected);
        const auto key = scrypt(passphrase, salt, {n, r, p}, expected.size());
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->toHex(), expected.toHex());
    }

    // The vault's default (N = 2^17, r = 8) needs 128 MiB, above OpenSSL's default limit.
    void scryptRunsWithTheVaultDefaults()
    {
        const ScryptParameters defaults;
        QVERIFY(defaults.meetsVaultMinimum());
        QVERIFY(!ScryptParameters::forTestsOnly().meetsVaultMinimum());
        const auto key = scrypt("correct horse", "0123456789abcdef", defaults, 32);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->size(), 32);
    }

    void randomBytesDiffer()
    {
        const auto a = randomBytes(32);
        const auto b = randomBytes(32);
        QVERIFY(a && b);
        QCOMPARE(a->size(), 32);
        QCOMPARE_NE(*a, *b);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
