#include "Azurite.h"
#include "TestEnvironment.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "store/StoreFactory.h"

#include <QBuffer>
#include <QTest>
#include <QUrlQuery>

using namespace Semina;
using namespace Semina::Store;

// Shared Access Signatures against Azurite, which checks them as Azure does: an account SAS
// with every permission works for every operation the store has; a read-only one reads and
// lists, and each write is refused as AccessDenied with the fix named; an expired one is refused.
// No error ever carries the signature.
class TestStoreSas : public QObject {
    Q_OBJECT

    std::optional<Test::Azurite> m_azurite;
    std::unique_ptr<ObjectStore> m_keyStore; // the account key: sets up what the SAS stores see
    QString m_container;
    QByteArray m_small;
    QByteArray m_large;

    static constexpr qint64 kBlock = 64 * 1024;

    static QByteArray bytes(qint64 size)
    {
        auto random = Crypto::randomBytes(size);
        return random ? *random : QByteArray();
    }

    // A store on this Azurite authorized by an account SAS, and the SAS's signature.
    std::pair<std::unique_ptr<ObjectStore>, QString> sasStore(const QByteArray &permissions, const QDateTime &expiry)
    {
        auto connection = m_azurite->sasConnectionString(permissions, expiry);
        if (!connection)
            return {};
        const QString sas = connection->section(QStringLiteral("SharedAccessSignature="), 1);
        const QString signature = QUrlQuery(sas).queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded);
        StoreOptions options;
        options.blockSize = kBlock;
        auto store = openStore(*connection, options);
        return {store ? std::move(*store) : nullptr, signature};
    }

    static void verifyRefused(const Error &error, const QString &signature)
    {
        QCOMPARE(error.code, ErrorCode::AccessDenied);
        QVERIFY2(error.message.contains(QStringLiteral("SAS")), qPrintable(error.message));
        QVERIFY(!signature.isEmpty());
        QVERIFY2(!error.message.contains(signature) && !error.details.contains(signature), "the signature leaked");
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(signature));
        QVERIFY2(!error.message.contains(encoded) && !error.details.contains(encoded), "the signature leaked");
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        m_azurite = *azurite;
        auto store = openStore(m_azurite->connectionString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_keyStore = std::move(*store);
        m_container = QStringLiteral("sas-") + QString::fromLatin1(Crypto::randomBytes(6)->toHex());
        QVERIFY(m_keyStore->createContainer(m_container));
        m_small = bytes(1000);
        m_large = bytes(3 * kBlock + 1);
        QVERIFY(m_keyStore->put(m_container, QStringLiteral("kept/small"), m_small));
        QVERIFY(m_keyStore->put(m_container, QStringLiteral("kept/large"), m_large));
    }

    void cleanupTestCase()
    {
        if (m_keyStore)
            QVERIFY(m_keyStore->deleteContainer(m_container));
    }

    void aFullSasDoesEveryOperation()
    {
        auto [store, signature] = sasStore("rwdlac", QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(store);
        QVERIFY(!store->describe().contains(signature));
        const QString other = m_container + QStringLiteral("-copy");
        QVERIFY(store->createContainer(other));
        QCOMPARE(store->containerExists(other).value_or(false), true);

        const auto put = store->put(other, QStringLiteral("a b/ü.bin"), m_small, PutCondition::ifAbsent());
        QVERIFY2(put, put ? "" : qPrintable(put.error().message));
        const auto again = store->put(other, QStringLiteral("a b/ü.bin"), m_small, PutCondition::ifAbsent());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(store->put(other, QStringLiteral("a b/ü.bin"), m_large, PutCondition::ifMatch(put->etag)));

        QBuffer source(&m_large);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const auto streamed = store->putFrom(other, QStringLiteral("blocks.bin"), source, m_large.size());
        QVERIFY2(streamed, streamed ? "" : qPrintable(streamed.error().message));
        const auto head = store->head(other, QStringLiteral("blocks.bin"));
        QVERIFY(head);
        QCOMPARE(head->size, m_large.size());
        QCOMPARE(head->contentMd5, Crypto::md5(m_large).value_or(QByteArray()));
        QCOMPARE(store->get(other, QStringLiteral("blocks.bin"), kBlock, 10).value_or(QByteArray()),
                 m_large.mid(kBlock, 10));
        QByteArray downloaded;
        QBuffer target(&downloaded);
        QVERIFY(target.open(QIODevice::WriteOnly));
        QCOMPARE(store->getTo(other, QStringLiteral("blocks.bin"), target).value_or(-1), m_large.size());
        QVERIFY(downloaded == m_large);

        // The copy's source is authorized by the same SAS.
        const auto copied = store->copy(m_container, QStringLiteral("kept/small"), other, QStringLiteral("copied"));
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        QVERIFY(store->get(other, QStringLiteral("copied")).value_or(QByteArray()) == m_small);

        const auto listed = store->list(other, {});
        QVERIFY(listed);
        QCOMPARE(listed->objects.size(), 3);
        QVERIFY(store->remove(other, QStringLiteral("copied")));
        QCOMPARE(store->head(other, QStringLiteral("copied")).error().code, ErrorCode::NotFound);
        QVERIFY(store->deleteContainer(other));
    }

    void aReadOnlySasReads()
    {
        auto [store, signature] = sasStore("rl", QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(store);
        QVERIFY(store->get(m_container, QStringLiteral("kept/small")).value_or(QByteArray()) == m_small);
        QByteArray downloaded;
        QBuffer target(&downloaded);
        QVERIFY(target.open(QIODevice::WriteOnly));
        QCOMPARE(store->getTo(m_container, QStringLiteral("kept/large"), target).value_or(-1), m_large.size());
        QVERIFY(downloaded == m_large);
        QCOMPARE(store->head(m_container, QStringLiteral("kept/large")).value_or(ObjectInfo()).size, m_large.size());
        const auto listed = store->list(m_container, QStringLiteral("kept/"));
        QVERIFY(listed);
        QCOMPARE(listed->objects.size(), 2);
    }

    void aReadOnlySasRefusesEachWrite_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation :
             {"put", "put if absent", "put in blocks", "remove", "copy", "create container", "delete container"})
            QTest::newRow(operation) << QString::fromLatin1(operation);
    }

    void aReadOnlySasRefusesEachWrite()
    {
        QFETCH(QString, operation);
        auto [store, signature] = sasStore("rl", QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(store);
        QBuffer source(&m_large);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString name = QStringLiteral("kept/small");
        const Result<> outcome = [&]() -> Result<> {
            const auto plain = [](const auto &result) { return result ? Result<>() : fail(result.error()); };
            if (operation == QLatin1String("put"))
                return plain(store->put(m_container, name, m_large));
            if (operation == QLatin1String("put if absent"))
                return plain(store->put(m_container, QStringLiteral("new"), m_small, PutCondition::ifAbsent()));
            if (operation == QLatin1String("put in blocks"))
                return plain(store->putFrom(m_container, QStringLiteral("new"), source, m_large.size()));
            if (operation == QLatin1String("remove"))
                return store->remove(m_container, name);
            if (operation == QLatin1String("copy"))
                return plain(store->copy(m_container, name, m_container, QStringLiteral("copied")));
            if (operation == QLatin1String("create container"))
                return store->createContainer(m_container + QStringLiteral("-new"));
            return store->deleteContainer(m_container);
        }();
        QVERIFY(!outcome);
        verifyRefused(outcome.error(), signature);
        // Nothing changed.
        QVERIFY(m_keyStore->get(m_container, name).value_or(QByteArray()) == m_small);
        QCOMPARE(m_keyStore->head(m_container, QStringLiteral("new")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_keyStore->containerExists(m_container + QStringLiteral("-new")).value_or(true), false);
    }

    void anExpiredSasIsRefused()
    {
        auto [store, signature] = sasStore("rwdlac", QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(store);
        const auto read = store->get(m_container, QStringLiteral("kept/small"));
        QVERIFY(!read);
        verifyRefused(read.error(), signature);
    }

    // A refusal names its cause and its fix: a wrong key, or a SAS whose signature is bad or
    // expired, is told to check the key or make a new SAS; a valid SAS without a permission the
    // operation needs is told so, with the permissions Semina needs.
    void aRefusalNamesItsCause_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("doesNotSay");
        const QString credentials = QStringLiteral("check the account key or SAS");
        const QString permission = QStringLiteral("lacks a permission");
        QTest::newRow("wrong key") << QStringLiteral("wrong key") << credentials << permission;
        QTest::newRow("bad signature") << QStringLiteral("bad signature") << credentials << permission;
        QTest::newRow("expired SAS") << QStringLiteral("expired") << credentials << permission;
        QTest::newRow("read-only SAS writing") << QStringLiteral("read-only") << permission << credentials;
    }
    void aRefusalNamesItsCause()
    {
        QFETCH(QString, cause);
        QFETCH(QString, says);
        QFETCH(QString, doesNotSay);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        std::unique_ptr<ObjectStore> store;
        QString signature;
        if (cause == QLatin1String("wrong key")) {
            Test::Azurite other = *m_azurite;
            other.accountKey = bytes(64).toBase64();
            auto opened = openStore(other.connectionString());
            QVERIFY(opened);
            store = std::move(*opened);
        } else if (cause == QLatin1String("bad signature")) {
            auto connection = m_azurite->sasConnectionString("rwdlac", later);
            QVERIFY(connection);
            signature = QUrlQuery(connection->section(QStringLiteral("SharedAccessSignature="), 1))
                            .queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded);
            const QString forged = QString::fromLatin1(bytes(32).toBase64());
            QString changed = *connection;
            changed.replace(QString::fromLatin1(QUrl::toPercentEncoding(signature)),
                            QString::fromLatin1(QUrl::toPercentEncoding(forged)));
            QVERIFY(changed != *connection);
            signature = forged;
            auto opened = openStore(changed);
            QVERIFY(opened);
            store = std::move(*opened);
        } else {
            std::tie(store, signature) = sasStore(cause == QLatin1String("expired") ? "rwdlac" : "rl",
                                                  cause == QLatin1String("expired") ? later.addSecs(-7200) : later);
            QVERIFY(store);
        }
        const auto put = store->put(m_container, QStringLiteral("refused"), m_small);
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::AccessDenied);
        QVERIFY2(put.error().message.contains(says), qPrintable(put.error().message));
        QVERIFY2(!put.error().message.contains(doesNotSay), qPrintable(put.error().message));
        if (!signature.isEmpty())
            verifyRefused(put.error(), signature);
        if (cause == QLatin1String("read-only"))
            QVERIFY2(put.error().message.contains(QStringLiteral("read, add, create, write, delete and list")),
                     qPrintable(put.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStoreSas)
#include "tst_store_sas.moc"
