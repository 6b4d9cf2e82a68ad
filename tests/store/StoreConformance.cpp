#include "StoreConformance.h"

#include "TestEnvironment.h"

#include "core/JobContext.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSet>
#include <QTest>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

#include <atomic>

using namespace Semina;
using namespace Semina::Store;

using Semina::Test::randomBytes;

namespace {
QString freshContainer(const char *purpose)
{
    return QString::fromLatin1(purpose) + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

template <typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}
} // namespace

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.has_value(), why(result_).constData());                                                       \
    } while (false)

#define VERIFY_ERROR(expr, errorCode)                                                                                  \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(!result_.has_value(), "the call succeeded but should have failed");                                   \
        QCOMPARE(int(result_.error().code), int(errorCode));                                                           \
    } while (false)

StoreConformance::StoreConformance(QString backend, Factory factory, qint64 blockSize)
    : m_backend(std::move(backend))
    , m_factory(std::move(factory))
    , m_blockSize(blockSize)
{
    setObjectName(m_backend);
}

void StoreConformance::initTestCase()
{
    auto store = m_factory();
    QVERIFY2(store.has_value(), why(store).constData());
    m_store = std::move(*store);
    QVERIFY(!m_store->describe().isEmpty());
}

void StoreConformance::init()
{
    m_container = freshContainer("conf");
    m_other = freshContainer("other");
    VERIFY_OK(m_store->createContainer(m_container));
    VERIFY_OK(m_store->createContainer(m_other));
}

void StoreConformance::cleanup()
{
    if (m_store) {
        (void)m_store->deleteContainer(m_container);
        (void)m_store->deleteContainer(m_other);
    }
}

void StoreConformance::containersAreCreatedOnceAndDeletedOnce()
{
    const QString name = freshContainer("life");
    QCOMPARE(m_store->containerExists(name).value_or(true), false);
    VERIFY_OK(m_store->createContainer(name));
    QCOMPARE(m_store->containerExists(name).value_or(false), true);
    VERIFY_OK(m_store->createContainer(name)); // again: nothing changes
    VERIFY_OK(m_store->put(name, QStringLiteral("kept"), "bytes"));
    VERIFY_OK(m_store->createContainer(name));
    QCOMPARE(m_store->get(name, QStringLiteral("kept")).value_or(QByteArray()), QByteArray("bytes"));
    VERIFY_OK(m_store->deleteContainer(name));
    QCOMPARE(m_store->containerExists(name).value_or(true), false);
    VERIFY_OK(m_store->deleteContainer(name)); // a missing container is already deleted
}

void StoreConformance::invalidContainerNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("too short") << QStringLiteral("ab");
    QTest::newRow("upper case") << QStringLiteral("Vault");
    QTest::newRow("double hyphen") << QStringLiteral("my--vault");
    QTest::newRow("leading hyphen") << QStringLiteral("-vault");
    QTest::newRow("slash") << QStringLiteral("a/b/c");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("too long") << QString(64, u'a');
}

void StoreConformance::invalidContainerNamesAreRefused()
{
    QFETCH(QString, name);
    VERIFY_ERROR(m_store->createContainer(name), ErrorCode::InvalidInput);
    VERIFY_ERROR(m_store->put(name, QStringLiteral("x"), "x"), ErrorCode::InvalidInput);
}

void StoreConformance::objectsRoundTripWhole_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("streamed");
    const QList<std::pair<const char *, qint64>> sizes{{"empty", 0},
                                                       {"one byte", 1},
                                                       {"one block", m_blockSize},
                                                       {"one block + 1", m_blockSize + 1},
                                                       {"several blocks", 5 * m_blockSize + 7}};
    for (const auto &[label, size] : sizes) {
        QTest::addRow("%s, put", label) << size << false;
        QTest::addRow("%s, putFrom", label) << size << true;
    }
}

void StoreConformance::objectsRoundTripWhole()
{
    QFETCH(qint64, size);
    QFETCH(bool, streamed);
    const QString name = QStringLiteral("round/trip.bin");
    const QByteArray data = randomBytes(size);
    Result<ObjectInfo> put = [&] {
        if (!streamed)
            return m_store->put(m_container, name, data);
        QBuffer source;
        source.setData(data);
        source.open(QIODevice::ReadOnly);
        return m_store->putFrom(m_container, name, source, size);
    }();
    VERIFY_OK(put);
    QCOMPARE(put->size, size);
    QVERIFY(!put->etag.isEmpty());

    const auto info = m_store->head(m_container, name);
    VERIFY_OK(info);
    QCOMPARE(info->name, name);
    QCOMPARE(info->size, size);
    QCOMPARE(info->etag, put->etag);
    QCOMPARE(info->contentMd5, md5(data));
    QVERIFY(info->lastModified.isValid());
    QVERIFY(qAbs(info->lastModified.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    // The store's own clock comes with the answer (the vault's locks age by it).
    QVERIFY(info->storeTime.isValid());
    QVERIFY(qAbs(info->storeTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY(info->lastModified.secsTo(info->storeTime) >= -1);

    const auto whole = m_store->get(m_container, name);
    VERIFY_OK(whole);
    QCOMPARE(whole->size(), size);
    QVERIFY(*whole == data);

    QBuffer target;
    target.open(QIODevice::WriteOnly);
    const auto written = m_store->getTo(m_container, name, target);
    VERIFY_OK(written);
    QCOMPARE(*written, size);
    QVERIFY(target.data() == data);
}

void StoreConformance::namesKeepSpacesUnicodeAndSlashes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("plain");
    QTest::newRow("spaces") << QStringLiteral("with some spaces.txt");
    QTest::newRow("slashes") << QStringLiteral("vault/chunks/ab/cdef");
    QTest::newRow("unicode") << QStringLiteral("caffè/日本語/ß 😀");
    QTest::newRow("url characters") << QStringLiteral("q?a=1&b=2#frag+plus%20percent;semi");
    QTest::newRow("leading dot") << QStringLiteral(".hidden/.dot");
    QTest::newRow("trailing dot") << QStringLiteral("name.");
    QTest::newRow("lock-like") << QStringLiteral(".lock");
    QTest::newRow("a part of 255 bytes") << QStringLiteral("deep/") + QString(255, u'p'); // a file name's most
    QTest::newRow("1024 bytes") << QStringLiteral("long/") + QString(200, u'x') + u'/' + QString(200, u'y') + u'/'
            + QString(200, u'z') + u'/' + QString(200, u'w') + u'/' + QString(1024 - 5 - 4 * 201, u'v');
}

void StoreConformance::namesKeepSpacesUnicodeAndSlashes()
{
    QFETCH(QString, name);
    const QByteArray data = name.toUtf8();
    VERIFY_OK(m_store->put(m_container, name, data));
    QCOMPARE(m_store->get(m_container, name).value_or(QByteArray()), data);
    const auto page = m_store->list(m_container, {});
    VERIFY_OK(page);
    QCOMPARE(page->objects.size(), 1);
    QCOMPARE(page->objects.first().name, name);
    QCOMPARE(page->objects.first().size, data.size());
    // The name without its last character (two UTF-16 units for the emoji) is a prefix of it.
    const auto byPrefix = m_store->list(m_container, name.left(name.size() - (name.back().isLowSurrogate() ? 2 : 1)));
    VERIFY_OK(byPrefix);
    QCOMPARE(byPrefix->objects.size(), 1);
    VERIFY_OK(m_store->remove(m_container, name));
    VERIFY_ERROR(m_store->head(m_container, name), ErrorCode::NotFound);
}

void StoreConformance::namesThatCouldEscapeAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("climbing") << QStringLiteral("a/../../etc/passwd");
    QTest::newRow("dot") << QStringLiteral("a/./b");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("empty part") << QStringLiteral("a//b");
    QTest::newRow("trailing slash") << QStringLiteral("folder/");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    QTest::newRow("control") << QStringLiteral("line\nbreak");
    QTest::newRow("backslash") << QStringLiteral("..\\windows");
    QTest::newRow("1025 bytes") << QString(1025, u'n');
    QTest::newRow("over-long in UTF-8") << QString(513, QChar(0xe9)); // 1026 bytes
}

void StoreConformance::namesThatCouldEscapeAreRefused()
{
    QFETCH(QString, name);
    VERIFY_ERROR(m_store->put(m_container, name, "escape"), ErrorCode::InvalidInput);
    VERIFY_ERROR(m_store->get(m_container, name), ErrorCode::InvalidInput);
    VERIFY_ERROR(m_store->head(m_container, name), ErrorCode::InvalidInput);
    VERIFY_ERROR(m_store->remove(m_container, name), ErrorCode::InvalidInput);
    const auto put = m_store->put(m_container, name, "escape");
    QVERIFY(!put.has_value() && !put.error().message.isEmpty());
}

void StoreConformance::rangesReadExactlyTheirBytes_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("valid");
    QTest::newRow("first byte") << qint64(0) << qint64(1) << true;
    QTest::newRow("middle") << qint64(1000) << qint64(5000) << true;
    QTest::newRow("to the end") << qint64(9000) << qint64(-1) << true;
    QTest::newRow("last byte") << qint64(9999) << qint64(1) << true;
    QTest::newRow("empty at end") << qint64(10000) << qint64(0) << true;
    QTest::newRow("zero length") << qint64(10) << qint64(0) << true;
    QTest::newRow("past the end") << qint64(10001) << qint64(-1) << false;
    QTest::newRow("longer than the object") << qint64(9990) << qint64(11) << false;
    QTest::newRow("negative offset") << qint64(-1) << qint64(1) << false;
}

void StoreConformance::rangesReadExactlyTheirBytes()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    QFETCH(bool, valid);
    const QByteArray data = randomBytes(10000);
    VERIFY_OK(m_store->put(m_container, QStringLiteral("ranged"), data));
    const auto part = m_store->get(m_container, QStringLiteral("ranged"), offset, length);
    // The same range into a buffer that holds more already (a reader reusing its memory).
    QByteArray into(20000, 'z');
    const auto intoRead = m_store->getInto(m_container, QStringLiteral("ranged"), offset, length, into);
    if (!valid) {
        VERIFY_ERROR(part, ErrorCode::InvalidInput);
        VERIFY_ERROR(intoRead, ErrorCode::InvalidInput);
        return;
    }
    VERIFY_OK(part);
    QVERIFY(*part == data.mid(offset, length));
    VERIFY_OK(intoRead);
    QVERIFY(into == data.mid(offset, length));
}

void StoreConformance::etagChangesOnEveryWrite()
{
    const auto first = m_store->put(m_container, QStringLiteral("record"), "same");
    const auto second = m_store->put(m_container, QStringLiteral("record"), "same");
    VERIFY_OK(first);
    VERIFY_OK(second);
    QVERIFY(first->etag != second->etag);
    QCOMPARE(m_store->head(m_container, QStringLiteral("record"))->etag, second->etag);
    const auto copied
        = m_store->copy(m_container, QStringLiteral("record"), m_container, QStringLiteral("record-copy"));
    VERIFY_OK(copied);
    QVERIFY(copied->etag != second->etag);
}

void StoreConformance::conditionalPutsFollowTheirCondition()
{
    const QString name = QStringLiteral("jobs/job-1.json");
    const auto created = m_store->put(m_container, name, "v1", PutCondition::ifAbsent());
    VERIFY_OK(created);
    VERIFY_ERROR(m_store->put(m_container, name, "v1 again", PutCondition::ifAbsent()), ErrorCode::Conflict);
    const auto updated = m_store->put(m_container, name, "v2", PutCondition::ifMatch(created->etag));
    VERIFY_OK(updated);
    // The first ETag is stale now.
    const auto stale = m_store->put(m_container, name, "v3", PutCondition::ifMatch(created->etag));
    VERIFY_ERROR(stale, ErrorCode::Conflict);
    QVERIFY(stale.error().message.contains(name));
    QCOMPARE(m_store->get(m_container, name).value_or(QByteArray()), QByteArray("v2"));
    VERIFY_ERROR(m_store->put(m_container, QStringLiteral("jobs/absent"), "x", PutCondition::ifMatch(updated->etag)),
                 ErrorCode::Conflict);
    VERIFY_ERROR(m_store->head(m_container, QStringLiteral("jobs/absent")), ErrorCode::NotFound);
}

void StoreConformance::missingThingsAreNamedInNotFound()
{
    const auto object = m_store->get(m_container, QStringLiteral("no/such object"));
    VERIFY_ERROR(object, ErrorCode::NotFound);
    QVERIFY2(object.error().message.contains(QStringLiteral("no/such object")), qPrintable(object.error().message));
    VERIFY_ERROR(m_store->head(m_container, QStringLiteral("no/such object")), ErrorCode::NotFound);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    VERIFY_ERROR(m_store->getTo(m_container, QStringLiteral("no/such object"), sink), ErrorCode::NotFound);
    VERIFY_ERROR(m_store->copy(m_container, QStringLiteral("nothing"), m_other, QStringLiteral("x")),
                 ErrorCode::NotFound);

    const QString missing = freshContainer("missing");
    const auto put = m_store->put(missing, QStringLiteral("x"), "x");
    VERIFY_ERROR(put, ErrorCode::NotFound);
    QVERIFY2(put.error().message.contains(missing), qPrintable(put.error().message));
    VERIFY_ERROR(m_store->list(missing, {}), ErrorCode::NotFound);
    VERIFY_ERROR(m_store->get(missing, QStringLiteral("x")), ErrorCode::NotFound);
}

void StoreConformance::listingFiltersByPrefixAndPages()
{
    const QStringList names{QStringLiteral("a/1"), QStringLiteral("a/2"), QStringLiteral("a/sub/3"),
                            QStringLiteral("ab"),  QStringLiteral("b/1"), QStringLiteral("a")};
    for (const QString &name : names)
        VERIFY_OK(m_store->put(m_container, name, name.toUtf8()));

    const auto names_of = [](const ListPage &page) {
        QStringList out;
        for (const ObjectInfo &info : page.objects)
            out << info.name;
        return out;
    };
    const auto all = m_store->list(m_container, {});
    VERIFY_OK(all);
    QCOMPARE(names_of(*all),
             (QStringList{QStringLiteral("a"), QStringLiteral("a/1"), QStringLiteral("a/2"), QStringLiteral("a/sub/3"),
                          QStringLiteral("ab"), QStringLiteral("b/1")}));
    QVERIFY(all->nextMarker.isEmpty());
    QCOMPARE(names_of(*m_store->list(m_container, QStringLiteral("a/"))),
             (QStringList{QStringLiteral("a/1"), QStringLiteral("a/2"), QStringLiteral("a/sub/3")}));
    QCOMPARE(names_of(*m_store->list(m_container, QStringLiteral("a/s"))), QStringList{QStringLiteral("a/sub/3")});
    QCOMPARE(names_of(*m_store->list(m_container, QStringLiteral("zzz"))), QStringList{});

    // Pages of two, in order, with a marker on all but the last.
    QStringList paged;
    QString marker;
    int pages = 0;
    do {
        const auto page = m_store->list(m_container, {}, marker, 2);
        VERIFY_OK(page);
        QVERIFY(page->objects.size() <= 2);
        paged << names_of(*page);
        marker = page->nextMarker;
        ++pages;
    } while (!marker.isEmpty() && pages < 10);
    QCOMPARE(paged, names_of(*all));
    QCOMPARE(pages, 3);
    const auto sizes = all->objects.first();
    QCOMPARE(sizes.size, qint64(1));
    QCOMPARE(sizes.contentMd5, md5("a"));
}

void StoreConformance::tenThousandObjectsAreListedAcrossPages()
{
    constexpr int kCount = 10'000;
    QList<int> indexes(kCount);
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(32); // requests in flight against Azurite; the local store needs none
    std::atomic<int> failures{0};
    QString firstFailure;
    QMutex failureLock;
    QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
        const auto put = m_store->put(m_container, QStringLiteral("many/%1").arg(i, 5, 10, QLatin1Char('0')),
                                      QByteArray::number(i));
        if (!put) {
            if (failures.fetch_add(1) == 0) {
                QMutexLocker lock(&failureLock);
                firstFailure = put.error().message;
            }
        }
    });
    QVERIFY2(failures == 0, qPrintable(firstFailure));

    QStringList seen;
    QString marker;
    int pages = 0;
    do {
        const auto page = m_store->list(m_container, QStringLiteral("many/"), marker);
        VERIFY_OK(page);
        for (const ObjectInfo &info : page->objects)
            seen << info.name;
        marker = page->nextMarker;
        ++pages;
    } while (!marker.isEmpty() && pages < 100);
    QCOMPARE(seen.size(), kCount);
    QCOMPARE(pages, 2); // 5,000 a page by default
    QCOMPARE(seen.first(), QStringLiteral("many/00000"));
    QCOMPARE(seen.last(), QStringLiteral("many/09999"));
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), kCount);
}

void StoreConformance::copyBetweenContainersKeepsTheBytes()
{
    const QByteArray data = randomBytes(3 * m_blockSize + 11);
    const auto source = m_store->put(m_container, QStringLiteral("seed/part 1"), data);
    VERIFY_OK(source);
    const auto copied
        = m_store->copy(m_container, QStringLiteral("seed/part 1"), m_other, QStringLiteral("imported/1"));
    VERIFY_OK(copied);
    QCOMPARE(copied->name, QStringLiteral("imported/1"));
    QCOMPARE(copied->size, data.size());
    QVERIFY(m_store->get(m_other, QStringLiteral("imported/1")).value_or(QByteArray()) == data);
    QCOMPARE(m_store->head(m_other, QStringLiteral("imported/1"))->contentMd5, md5(data));
    // The source is untouched.
    QCOMPARE(m_store->head(m_container, QStringLiteral("seed/part 1"))->etag, source->etag);
    VERIFY_ERROR(m_store->copy(m_container, QStringLiteral("seed/part 1"), freshContainer("gone"), QStringLiteral("x")),
                 ErrorCode::NotFound);
}

void StoreConformance::removeMakesAnObjectGoneAndIsIdempotent()
{
    VERIFY_OK(m_store->put(m_container, QStringLiteral("a/b"), "x"));
    VERIFY_OK(m_store->put(m_container, QStringLiteral("a"), "y"));
    VERIFY_OK(m_store->remove(m_container, QStringLiteral("a/b")));
    VERIFY_ERROR(m_store->get(m_container, QStringLiteral("a/b")), ErrorCode::NotFound);
    VERIFY_OK(m_store->remove(m_container, QStringLiteral("a/b")));
    QCOMPARE(m_store->list(m_container, {})->objects.size(), 1);
    QCOMPARE(m_store->get(m_container, QStringLiteral("a")).value_or(QByteArray()), QByteArray("y"));
}

void StoreConformance::twoWritersRacingIfAbsentExactlyOneWins()
{
    for (int round = 0; round < 10; ++round) {
        const QString name = QStringLiteral("race/absent-%1").arg(round);
        QList<int> writers{0, 1};
        std::atomic<int> wins{0};
        std::atomic<int> conflicts{0};
        std::atomic<int> winner{-1};
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QtConcurrent::blockingMap(&pool, writers, [&](int writer) {
            const auto put = m_store->put(m_container, name, QByteArray::number(writer), PutCondition::ifAbsent());
            if (put) {
                ++wins;
                winner = writer;
            } else if (put.error().code == ErrorCode::Conflict) {
                ++conflicts;
            }
        });
        QCOMPARE(wins.load(), 1);
        QCOMPARE(conflicts.load(), 1);
        QCOMPARE(m_store->get(m_container, name).value_or(QByteArray()), QByteArray::number(winner.load()));
    }
}

void StoreConformance::twoWritersRacingIfMatchExactlyOneWins()
{
    const QString name = QStringLiteral("race/record");
    for (int round = 0; round < 10; ++round) {
        const auto base = m_store->put(m_container, name, "base");
        VERIFY_OK(base);
        QList<int> writers{0, 1};
        std::atomic<int> wins{0};
        std::atomic<int> conflicts{0};
        std::atomic<int> winner{-1};
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QtConcurrent::blockingMap(&pool, writers, [&](int writer) {
            const auto put
                = m_store->put(m_container, name, QByteArray::number(writer), PutCondition::ifMatch(base->etag));
            if (put) {
                ++wins;
                winner = writer;
            } else if (put.error().code == ErrorCode::Conflict) {
                ++conflicts;
            }
        });
        QCOMPARE(wins.load(), 1);
        QCOMPARE(conflicts.load(), 1);
        QCOMPARE(m_store->get(m_container, name).value_or(QByteArray()), QByteArray::number(winner.load()));
    }
}

void StoreConformance::cancelledUploadLeavesNothing()
{
    const QByteArray data = randomBytes(4 * m_blockSize);
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    JobContext context;
    // Cancels once the first block is on its way, as a user pressing Cancel would.
    context.setProgressListener(
        [&context](const Progress &progress) {
            if (progress.bytesDone > 0)
                context.cancel();
        },
        0);
    const auto put = m_store->putFrom(m_container, QStringLiteral("cancelled"), source, data.size(), &context);
    VERIFY_ERROR(put, ErrorCode::Cancelled);
    VERIFY_ERROR(m_store->head(m_container, QStringLiteral("cancelled")), ErrorCode::NotFound);
    QCOMPARE(m_store->list(m_container, {})->objects.size(), 0);
}

void StoreConformance::largeTransfersReportProgress()
{
    const QByteArray data = randomBytes(3 * m_blockSize + 1);
    QBuffer source;
    source.setData(data);
    source.open(QIODevice::ReadOnly);
    JobContext up;
    VERIFY_OK(m_store->putFrom(m_container, QStringLiteral("progress"), source, data.size(), &up));
    QCOMPARE(up.progress().bytesDone, data.size());
    JobContext down;
    QBuffer target;
    target.open(QIODevice::WriteOnly);
    VERIFY_OK(m_store->getTo(m_container, QStringLiteral("progress"), target, &down));
    QCOMPARE(down.progress().bytesDone, data.size());
}
