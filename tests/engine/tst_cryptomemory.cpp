// OpenSSL running on Semina's allocator (installed before OpenSSL's first allocation, as the
// applications do): small, large (huge-page mapped) and resized blocks, and scrypt on both.
#include "crypto/Kdf.h"
#include "crypto/Memory.h"

#include <QTest>

#include <openssl/crypto.h>

#include <cstring>

using namespace Semina::Crypto;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// Fills a block with a pattern that depends on the size, so a lost or shifted byte shows.
void fill(void *block, size_t size)
{
    auto *bytes = static_cast<unsigned char *>(block);
    for (size_t i = 0; i < size; i += 4093)
        bytes[i] = static_cast<unsigned char>(i * 31 + size);
    bytes[size - 1] = 0xA5;
}

bool holds(const void *block, size_t size, size_t filled)
{
    const auto *bytes = static_cast<const unsigned char *>(block);
    for (size_t i = 0; i < size && i < filled; i += 4093) {
        if (bytes[i] != static_cast<unsigned char>(i * 31 + filled))
            return false;
    }
    return true;
}
} // namespace

class TestCryptoMemory : public QObject {
    Q_OBJECT

private slots:
    // Growing and shrinking across the boundary between malloc'd and mapped blocks keeps the
    // contents.
    void reallocKeepsContents_data()
    {
        QTest::addColumn<qulonglong>("from");
        QTest::addColumn<qulonglong>("to");
        QTest::newRow("small to small") << 100ULL << 5000ULL;
        QTest::newRow("small to large") << 70000ULL << (40ULL << 20);
        QTest::newRow("large to larger") << (20ULL << 20) << (48ULL << 20);
        QTest::newRow("large to small") << (24ULL << 20) << 3000ULL;
    }
    void reallocKeepsContents()
    {
        QFETCH(qulonglong, from);
        QFETCH(qulonglong, to);
        void *block = OPENSSL_malloc(size_t(from));
        QVERIFY(block);
        fill(block, size_t(from));
        void *moved = OPENSSL_realloc(block, size_t(to));
        QVERIFY(moved);
        QVERIFY(holds(moved, size_t(std::min(from, to)), size_t(from)));
        std::memset(moved, 0x5A, size_t(to)); // the whole new size is writable
        OPENSSL_free(moved);
    }

    // A large block is faulted in from the back by a second thread while its owner writes it
    // from the front: every byte written stays written, and freeing waits for that thread.
    void writesIntoABlockBeingFaultedInStay_data()
    {
        QTest::addColumn<qulonglong>("size");
        QTest::newRow("16 MiB, the smallest mapped") << (16ULL << 20);
        QTest::newRow("128 MiB, scrypt's") << (128ULL << 20);
        QTest::newRow("odd size") << ((64ULL << 20) + 12345);
    }

    void writesIntoABlockBeingFaultedInStay()
    {
        QFETCH(qulonglong, size);
        for (int round = 0; round < 3; ++round) {
            auto *block = static_cast<unsigned char *>(OPENSSL_malloc(size_t(size)));
            QVERIFY(block);
            for (size_t i = 0; i < size; i += 512) // every page, front to back, as scrypt does
                block[i] = static_cast<unsigned char>(i / 512 + round);
            block[size - 1] = 0x5A;
            bool same = block[size - 1] == 0x5A;
            for (size_t i = 0; same && i < size; i += 512)
                same = block[i] == static_cast<unsigned char>(i / 512 + round);
            OPENSSL_free(block);
            QVERIFY(same);
        }
    }

    void zeroSizedAndNullBlocks()
    {
        void *block = OPENSSL_zalloc(0);
        OPENSSL_free(block);
        OPENSSL_free(nullptr);
        void *grown = OPENSSL_realloc(nullptr, 64);
        QVERIFY(grown);
        OPENSSL_free(grown);
    }

    // RFC 7914's third vector needs 16 MiB: the mapped path, checked bit for bit.
    void scryptOnMappedMemoryMatchesRfc7914()
    {
        const auto key = scrypt("pleaseletmein", "SodiumChloride", {16384, 8, 1}, 64);
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));
        QCOMPARE(key->toHex(),
                 hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d4"
                     "9705242a9af9e61e85dc0d651e40dfcf017b45575887")
                     .toHex());
    }
};

int main(int argc, char *argv[])
{
    // As the applications do, before anything touches OpenSSL.
    if (!installMemoryFunctions()) {
        qCritical("OpenSSL had allocated before main(): the memory functions were not installed.");
        return 1;
    }
    TestCryptoMemory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cryptomemory.moc"
