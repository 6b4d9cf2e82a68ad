#include "Azurite.h"
#include "ReplyLosingProxy.h"
#include "TestEnvironment.h"
#include "core/JobContext.h"
#include "store/RetryPolicy.h"
#include "store/azure/BlobStore.h"

#include <QBuffer>
#include <QTest>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

using namespace Semina;
using namespace Semina::Store;
using Semina::Test::randomBytes;

// Azure writes that several parties make at once: a conditional put whose answer was lost is
// recognised as our own when it was (and only then), and two uploads of one name never mix
// their blocks.
class TestStoreRaces : public QObject {
    Q_OBJECT

    // The fixture's Azurite reached directly and through a ReplyLosingProxy, with a container
    // of its own.
    struct ProxiedAzurite {
        std::unique_ptr<Test::ReplyLosingProxy> proxy;
        std::unique_ptr<Azure::BlobStore> direct;
        std::unique_ptr<Azure::BlobStore> proxied;
        QString container;
        qint64 blockSize = 64 * 1024;

        ProxiedAzurite()
        {
            auto azurite = Test::Azurite::fromFixture();
            if (!azurite) {
                qWarning("%s", qPrintable(azurite.error().message));
                return;
            }
            auto account = Azure::parseConnectionString(azurite->connectionString());
            if (!account) {
                qWarning("%s", qPrintable(account.error().message));
                return;
            }
            StoreOptions options;
            options.blockSize = blockSize;
            options.retry = {3, std::chrono::milliseconds(10), std::chrono::milliseconds(100)};
            proxy = std::make_unique<Test::ReplyLosingProxy>(quint16(account->blobEndpoint.port()));
            direct = std::make_unique<Azure::BlobStore>(*account, options);
            Azure::AzureAccount throughProxy = *account;
            throughProxy.blobEndpoint.setPort(proxy->port());
            proxied = std::make_unique<Azure::BlobStore>(throughProxy, options);
            container = QStringLiteral("lost-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
            if (!direct->createContainer(container))
                direct.reset();
        }
        ~ProxiedAzurite()
        {
            if (direct)
                (void)direct->deleteContainer(container);
        }
        [[nodiscard]] bool ready() const { return direct && proxied && proxy->port() != 0; }
        // The head of the request that makes a put of `size` bytes visible: the Put Blob, or the
        // Put Block List of an upload in blocks.
        [[nodiscard]] QByteArray putMarker(const QString &name, qint64 size) const
        {
            return "PUT /devstoreaccount1/" + container.toUtf8() + '/' + name.toUtf8()
                + (size > blockSize ? QByteArray("?comp=blocklist") : QByteArray(" HTTP/1.1"));
        }
    };

    // Rows for both conditions and both ways of putting; with `flag`, each once with it set and
    // once without (a bool column of that name, the row named `flagRow` when set).
    static void conditionalPutRows(const char *flag = nullptr, const char *flagRow = nullptr)
    {
        QTest::addColumn<bool>("ifMatch");
        QTest::addColumn<int>("size");
        if (flag)
            QTest::addColumn<bool>(flag);
        for (const bool set : {false, true}) {
            if (set && !flag)
                break;
            for (const bool ifMatch : {false, true}) {
                for (const int size : {1000, 200'000}) {
                    auto &row
                        = QTest::addRow("%s, %s%s%s", ifMatch ? "if match" : "if absent",
                                        size > 1000 ? "in blocks" : "one piece", set ? ", " : "", set ? flagRow : "")
                        << ifMatch << size;
                    if (flag)
                        row << set;
                }
            }
        }
    }

private Q_SLOTS:
    void aConditionalPutWhoseAnswerWasLostIsStillOurs_data()
    {
        conditionalPutRows("headUnanswered", "HEAD unanswered");
    }
    // The put reached the service and was stored, but its answer was lost; the put sent again is
    // refused (409 BlobAlreadyExists, 412 ConditionNotMet) by the very write it repeats. That
    // is our own write, not someone else's: the put succeeds with the object's real ETag. When
    // the HEAD that tells whose write it is gets no answer either, the outcome is unknown: a
    // network error to retry later, not "someone else changed it" (a lock holder would give up
    // a lock that is its own).
    void aConditionalPutWhoseAnswerWasLostIsStillOurs()
    {
        QFETCH(bool, ifMatch);
        QFETCH(int, size);
        QFETCH(bool, headUnanswered);
        ProxiedAzurite azurite;
        QVERIFY(azurite.ready());
        const QString name = QStringLiteral("lost/answer");
        PutCondition condition = PutCondition::ifAbsent();
        if (ifMatch) {
            const auto earlier = azurite.direct->put(azurite.container, name, "earlier");
            QVERIFY(earlier);
            condition = PutCondition::ifMatch(earlier->etag);
        }
        const QByteArray data = randomBytes(size);
        azurite.proxy->loseNextReplyTo(azurite.putMarker(name, size));
        if (headUnanswered)
            azurite.proxy->loseNextReplyTo(
                "HEAD /devstoreaccount1/" + azurite.container.toUtf8() + '/' + name.toUtf8() + " HTTP/1.1", 1000);
        const auto put = azurite.proxied->put(azurite.container, name, data, condition);
        QVERIFY(azurite.direct->get(azurite.container, name).value_or(QByteArray()) == data); // it was ours
        if (headUnanswered) {
            QVERIFY(!put);
            QVERIFY2(azurite.proxy->lost() >= 2, qPrintable(QString::number(azurite.proxy->lost())));
            QCOMPARE(put.error().code, ErrorCode::Network);
            return;
        }
        QCOMPARE(azurite.proxy->lost(), 1);
        QVERIFY2(put, put ? "" : qPrintable(put.error().message));
        const auto head = azurite.direct->head(azurite.container, name);
        QVERIFY(head);
        QCOMPARE(put->etag, head->etag);
        QCOMPARE(put->size, qint64(size));
        QCOMPARE(put->contentMd5, head->contentMd5);
    }

    void aConditionalPutAgainstSomeoneElsesWriteIsAConflict_data() { conditionalPutRows(); }
    // Someone else's write (with a nonce of its own) is still a conflict, answer lost or not.
    void aConditionalPutAgainstSomeoneElsesWriteIsAConflict()
    {
        QFETCH(bool, ifMatch);
        QFETCH(int, size);
        ProxiedAzurite azurite;
        QVERIFY(azurite.ready());
        const QString name = QStringLiteral("someone/else");
        const QByteArray theirs = randomBytes(size);
        PutCondition condition = PutCondition::ifAbsent();
        if (ifMatch) {
            const auto earlier = azurite.direct->put(azurite.container, name, "earlier");
            QVERIFY(earlier);
            condition = PutCondition::ifMatch(earlier->etag);
        }
        QVERIFY(azurite.direct->put(azurite.container, name, theirs, condition));
        for (const bool loseTheAnswer : {false, true}) {
            if (loseTheAnswer)
                azurite.proxy->loseNextReplyTo(azurite.putMarker(name, size));
            const auto put = azurite.proxied->put(azurite.container, name, randomBytes(size), condition);
            QVERIFY(!put);
            QCOMPARE(put.error().code, ErrorCode::Conflict);
            QCOMPARE(azurite.proxy->lost(), loseTheAnswer ? 1 : 0);
            QVERIFY(azurite.direct->get(azurite.container, name).value_or(QByteArray()) == theirs);
        }
    }

    // Two uploads of one large name at once (two machines, or a retry beside a stale run): the
    // one stopped half-way must not leave its blocks in the other's object. The complete one
    // commits once all its blocks are up, right after the other staged half of its own.
    void twoUploadsOfOneNameNeverMixTheirBlocks()
    {
        auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite.has_value(), azurite ? "" : qPrintable(azurite.error().message));
        auto account = Azure::parseConnectionString(azurite->connectionString());
        QVERIFY(account);
        StoreOptions options;
        options.blockSize = 64 * 1024;
        options.parallelism = 1;
        Azure::BlobStore complete(*account, options);
        Azure::BlobStore stopped(*account, options);
        const QString container = QStringLiteral("mixed-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QVERIFY(complete.createContainer(container));
        const QString name = QStringLiteral("seed/part-1");
        const QByteArray ours = randomBytes(8 * options.blockSize);
        const QByteArray theirs = randomBytes(8 * options.blockSize);

        JobContext stopping;
        stopping.setProgressListener(
            [&](const Progress &progress) {
                if (progress.bytesDone >= 4 * options.blockSize)
                    stopping.cancel();
            },
            0);
        std::optional<Result<ObjectInfo>> interrupted;
        JobContext completing;
        completing.setProgressListener(
            [&](const Progress &progress) {
                if (progress.bytesDone < ours.size() || interrupted)
                    return;
                // All our blocks are up, the block list not yet sent: the other upload runs now.
                QBuffer source;
                source.setData(theirs);
                source.open(QIODevice::ReadOnly);
                interrupted = stopped.putFrom(container, name, source, theirs.size(), &stopping);
            },
            0);
        QBuffer source;
        source.setData(ours);
        source.open(QIODevice::ReadOnly);
        const auto put = complete.putFrom(container, name, source, ours.size(), &completing);
        QVERIFY2(put, put ? "" : qPrintable(put.error().message));
        QVERIFY(interrupted.has_value());
        QVERIFY(!*interrupted);
        QCOMPARE(interrupted->error().code, ErrorCode::Cancelled);

        const auto got = complete.get(container, name); // checked against the recorded MD5
        QVERIFY2(got, got ? "" : qPrintable(got.error().message));
        QVERIFY(*got == ours);
        QVERIFY(complete.deleteContainer(container));
    }
};

QTEST_GUILESS_MAIN(TestStoreRaces)
#include "tst_store_races.moc"
