#include "secrets/KeychainThread.h"
#include "secrets/SecretStore.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Semina;

// Against the real OS keychain: ./test.sh runs the tests under dbus-run-session with an
// unlocked gnome-keyring. Nothing here is mocked.
class TestSecretStore : public QObject {
    Q_OBJECT

    static QString uniqueName(const char *what)
    {
        return QStringLiteral("test/%1/%2").arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128));
    }

    // The raw keychain entries behind a secret, seen without SecretStore (but on the one
    // keychain thread, as every QtKeychain use in a process must be).
    static QKeychain::Error rawRead(const QString &key)
    {
        return KeychainThread::instance()
            .call(
                [key]() {
                    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("Semina"));
                    job->setKey(key);
                    return job;
                },
                std::chrono::seconds(30))
            .error;
    }
    static bool rawWrite(const QString &key, const QByteArray &value)
    {
        return KeychainThread::instance()
                   .call(
                       [key, value]() {
                           auto *job = new QKeychain::WritePasswordJob(QStringLiteral("Semina"));
                           job->setKey(key);
                           job->setBinaryData(value);
                           return job;
                       },
                       std::chrono::seconds(30))
                   .error
            == QKeychain::NoError;
    }

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("binary with NUL bytes") << QByteArray("\0\x01\xff\0key", 7);
        QTest::newRow("exactly one chunk") << randomBytes(SecretStore::kChunkSize);
        QTest::newRow("one chunk and a byte") << randomBytes(SecretStore::kChunkSize + 1);
        QTest::newRow("a long PEM-sized secret") << randomBytes(10 * 1024);
    }
    void roundTrip()
    {
        QFETCH(QByteArray, secret);
        SecretStore store;
        const QString name = uniqueName("roundtrip");
        const auto written = store.write(name, secret);
        QVERIFY2(written.has_value(),
                 qPrintable(written ? QString() : written.error().message + written.error().details));
        const auto back = store.read(name);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, secret);
        QVERIFY(store.remove(name).has_value());
        const auto gone = store.read(name);
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    void overwritingWithAShorterSecretDropsOldChunks()
    {
        SecretStore store;
        const QString name = uniqueName("overwrite");
        QVERIFY(store.write(name, randomBytes(5 * SecretStore::kChunkSize)).has_value());
        QCOMPARE(rawRead(name + QStringLiteral("#4")), QKeychain::NoError);
        QVERIFY(store.write(name, QByteArray("short")).has_value());
        QCOMPARE(rawRead(name + QStringLiteral("#1")), QKeychain::EntryNotFound);
        QCOMPARE(rawRead(name + QStringLiteral("#4")), QKeychain::EntryNotFound);
        const auto back = store.read(name);
        QVERIFY(back.has_value());
        QCOMPARE(*back, QByteArray("short"));
        QVERIFY(store.remove(name).has_value());
        QCOMPARE(rawRead(name), QKeychain::EntryNotFound);
        QCOMPARE(rawRead(name + QStringLiteral("#0")), QKeychain::EntryNotFound);
    }

    void secretsPersistAcrossStoreInstances()
    {
        const QString name = uniqueName("persist");
        {
            SecretStore writer;
            QVERIFY(writer.write(name, QByteArray("kept")).has_value());
        }
        SecretStore reader;
        QCOMPARE(reader.read(name).value_or(QByteArray()), QByteArray("kept"));
        QVERIFY(reader.remove(name).has_value());
    }

    void namespacesDoNotMix()
    {
        const QString name = uniqueName("namespace");
        SecretStore semina;
        SecretStore other(QStringLiteral("Semina-test-other"));
        QVERIFY(semina.write(name, QByteArray("mine")).has_value());
        QCOMPARE(other.read(name).error().code, ErrorCode::NotFound);
        QVERIFY(semina.remove(name).has_value());
    }

    void removingAMissingSecretSucceeds()
    {
        SecretStore store;
        QVERIFY(store.remove(uniqueName("never-written")).has_value());
    }

    void aTornEntryReadsAsDamage()
    {
        // A header whose chunk is missing, as a crash between writes would leave.
        SecretStore store;
        const QString name = uniqueName("torn");
        QVERIFY(store.write(name, randomBytes(3 * SecretStore::kChunkSize)).has_value());
        QVERIFY(rawWrite(name + QStringLiteral("#1"), QByteArray("tampered")));
        const auto back = store.read(name);
        QVERIFY(!back.has_value());
        QCOMPARE(back.error().code, ErrorCode::Corruption);
        QVERIFY(back.error().message.contains(name));
        QVERIFY(store.remove(name).has_value());
        QCOMPARE(rawRead(name + QStringLiteral("#1")), QKeychain::EntryNotFound);
    }

    void usableFromSeveralThreads()
    {
        SecretStore store;
        QList<QThread *> threads;
        std::atomic<int> good{0};
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&store, &good, i]() {
                const QString name = uniqueName("threads") + QString::number(i);
                const QByteArray value = QByteArray::number(i);
                if (store.write(name, value) && store.read(name).value_or(QByteArray()) == value && store.remove(name))
                    ++good;
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
        QCOMPARE(good.load(), 4);
    }

    void probeSucceedsOnAWorkingKeychain()
    {
        SecretStore store;
        const auto probed = store.probe();
        QVERIFY2(probed.has_value(), qPrintable(probed ? QString() : probed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
