#include "TestEnvironment.h"
#include "core/AtomicFile.h"
#include "store/local/LocalFolderStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Semina;
using namespace Semina::Store;

namespace {
// Run as a child process: one writer of the cross-process race. Exit 0 when its conditional
// put won, the error's exit code otherwise.
int raceWriter(const QStringList &args)
{
    Local::LocalFolderStore store(args.at(2));
    const auto put = store.put(args.at(3), args.at(4), args.at(5).toUtf8(), PutCondition::ifAbsent());
    return put ? 0 : exitCodeFor(put.error().code);
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}
} // namespace

// What only the local folder backend promises: its files stay inside the container, damage
// on disk is reported as Corruption, writes are atomic, and conditional puts hold between
// processes.
class TestLocalStore : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_folder;
    std::unique_ptr<Local::LocalFolderStore> m_store;
    const QString m_container = QStringLiteral("vault");

    QString objectFileOf(const QString &relative) const { return m_folder->filePath(m_container + u'/' + relative); }

    // Damages a stored record ("records/NAME") on disk: 0 flips a bit of its data byte 500, 1
    // cuts its end off, 2 breaks its header.
    bool damageRecord(int damage, const QString &name = QStringLiteral("r1")) const
    {
        QFile file(objectFileOf(QStringLiteral("records%2F/") + name));
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = file.readAll();
        if (damage == 0)
            bytes[64 + 500] = char(bytes[64 + 500] ^ 0x10);
        else if (damage == 1)
            bytes.chop(10);
        else
            bytes[0] = 'X';
        return file.resize(0) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("localstore"));
        m_store = std::make_unique<Local::LocalFolderStore>(m_folder->path());
        QVERIFY(m_store->createContainer(m_container));
    }
    void cleanup()
    {
        m_store.reset();
        m_folder.reset();
    }

    void everyNameStaysInsideItsContainer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << QStringLiteral("chunk") << QStringLiteral("chunk");
        QTest::newRow("folders") << QStringLiteral("a/b/c") << QStringLiteral("a%2F/b%2F/c");
        QTest::newRow("dots inside") << QStringLiteral("..a/.b") << QStringLiteral("%2E.a%2F/%2Eb");
        QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("100%25");
        QTest::newRow("unicode") << QStringLiteral("città") << QStringLiteral("città");
        QTest::newRow("lock file name") << QStringLiteral(".lock") << QStringLiteral("%2Elock");
    }
    void everyNameStaysInsideItsContainer()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QVERIFY(m_store->put(m_container, name, "x"));
        QVERIFY2(QFile::exists(objectFileOf(file)), qPrintable(filesUnder(m_folder->path()).join(u' ')));
        QStringList expected{QStringLiteral("vault/.lock"), QStringLiteral("vault/") + file};
        expected.sort();
        QCOMPARE(filesUnder(m_folder->path()), expected); // no temporary file is left behind
    }

    void aPartLongerThanAFileNameIsRefused()
    {
        const auto put = m_store->put(m_container, QString(300, u'x'), "x");
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::InvalidInput);
        QVERIFY(put.error().message.contains(QStringLiteral("255")));
    }

    void damageOnDiskIsCorruption_data()
    {
        QTest::addColumn<int>("damage"); // 0 flip a data bit, 1 truncate, 2 wreck the header
        QTest::newRow("bit flip") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("header") << 2;
    }
    void damageOnDiskIsCorruption()
    {
        QFETCH(int, damage);
        QVERIFY(m_store->put(m_container, QStringLiteral("records/r1"), QByteArray(1000, 'r')));
        QVERIFY(damageRecord(damage));
        const auto get = m_store->get(m_container, QStringLiteral("records/r1"));
        QVERIFY(!get);
        QCOMPARE(get.error().code, ErrorCode::Corruption);
        QVERIFY(get.error().message.contains(QStringLiteral("records/r1")));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const auto getTo = m_store->getTo(m_container, QStringLiteral("records/r1"), sink);
        QVERIFY(!getTo);
        QCOMPARE(getTo.error().code, ErrorCode::Corruption);
    }

    // A caller that authenticates the content itself (the vault) may skip the MD5: a flipped
    // bit then reaches it to judge, but a short object is still Corruption.
    void withoutTheMd5CheckOnlyTheSizeIsChecked_data() { damageOnDiskIsCorruption_data(); }
    void withoutTheMd5CheckOnlyTheSizeIsChecked()
    {
        QFETCH(int, damage);
        const QByteArray original(1000, 'r');
        QVERIFY(m_store->put(m_container, QStringLiteral("records/r1"), original));
        QVERIFY(damageRecord(damage));
        const auto options = ReadOptions::authenticatedByCaller();
        const auto get = m_store->get(m_container, QStringLiteral("records/r1"), 0, -1, nullptr, options);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const auto getTo = m_store->getTo(m_container, QStringLiteral("records/r1"), sink, nullptr, options);
        if (damage == 0) {
            QByteArray flipped = original; // damageRecord flipped data byte 500
            flipped[500] = char(flipped[500] ^ 0x10);
            QVERIFY(get);
            QCOMPARE(*get, flipped);
            QVERIFY(*get != original);
            QVERIFY(getTo);
            QCOMPARE(sink.data(), flipped);
        } else {
            QVERIFY(!get);
            QCOMPARE(get.error().code, ErrorCode::Corruption);
            QVERIFY(!getTo);
            QCOMPARE(getTo.error().code, ErrorCode::Corruption);
        }
    }

    // One damaged object file must not hide the others: the listing names it, and reading it
    // reports the damage.
    void aDamagedObjectIsStillListed_data() { damageOnDiskIsCorruption_data(); }
    // An object replaced again and again (a lock refreshed, a record updated) while others read
    // it: every read sees one whole version, never a header of one and the bytes of another,
    // which would pass for damage.
    void readsBesideReplacementsSeeWholeVersions()
    {
        const QByteArray large(100'000, 'L');
        const QByteArray small(10, 's');
        const QString name = QStringLiteral("records/busy");
        QVERIFY(m_store->put(m_container, name, large));
        QVERIFY(m_store->createContainer(QStringLiteral("copies")));
        std::atomic<bool> stop{false};
        std::atomic<int> writes{0};
        std::thread writer([&] {
            Local::LocalFolderStore own(m_folder->path()); // as another process would
            for (int i = 0; !stop; ++i) {
                if (own.put(m_container, name, i % 2 ? large : small))
                    ++writes;
            }
        });
        int reads = 0;
        QString failure;
        for (int i = 0; i < 600 && failure.isEmpty(); ++i) {
            const auto whole = m_store->get(m_container, name);
            const auto part = m_store->get(m_container, name, 2, 5);
            QByteArray streamed;
            QBuffer target(&streamed);
            target.open(QIODevice::WriteOnly);
            const auto written = m_store->getTo(m_container, name, target);
            const auto copied = m_store->copy(m_container, name, QStringLiteral("copies"), QStringLiteral("c"));
            if (!whole || (*whole != large && *whole != small))
                failure = whole ? QStringLiteral("a mixed version") : whole.error().message;
            else if (!part || (*part != large.mid(2, 5) && *part != small.mid(2, 5)))
                failure = part ? QStringLiteral("a mixed range") : part.error().message;
            else if (!written || (streamed != large && streamed != small))
                failure = written ? QStringLiteral("a mixed stream") : written.error().message;
            else if (!copied)
                failure = copied.error().message;
            ++reads;
        }
        stop = true;
        writer.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(writes > 10);
        QCOMPARE(reads, 600);
    }

    void aDamagedObjectIsStillListed()
    {
        QFETCH(int, damage);
        QVERIFY(m_store->put(m_container, QStringLiteral("records/a"), QByteArray(100, 'a')));
        QVERIFY(m_store->put(m_container, QStringLiteral("records/b"), QByteArray(1000, 'b')));
        QVERIFY(m_store->put(m_container, QStringLiteral("records/c"), QByteArray(100, 'c')));
        QVERIFY(damageRecord(damage, QStringLiteral("b")));

        const auto page = m_store->list(m_container, QStringLiteral("records/"));
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QStringList names;
        for (const ObjectInfo &info : page->objects)
            names << info.name;
        QCOMPARE(names,
                 QStringList({QStringLiteral("records/a"), QStringLiteral("records/b"), QStringLiteral("records/c")}));
        QCOMPARE(page->objects.at(0).size, 100);
        QCOMPARE(page->objects.at(2).size, 100);
        const auto head = m_store->head(m_container, QStringLiteral("records/b"));
        if (damage == 0) {
            QVERIFY(head); // the header is intact; only reading the bytes finds the flip
            QVERIFY(!m_store->get(m_container, QStringLiteral("records/b")));
        } else {
            QVERIFY(!head);
            QCOMPARE(head.error().code, ErrorCode::Corruption);
        }
        const auto get = m_store->get(m_container, QStringLiteral("records/b"));
        QVERIFY(!get);
        QCOMPARE(get.error().code, ErrorCode::Corruption);
    }

    void conditionalPutsHoldBetweenProcesses()
    {
        for (int round = 0; round < 10; ++round) {
            const QString name = QStringLiteral("jobs/claim-%1").arg(round);
            QProcess first;
            QProcess second;
            const QString self = QCoreApplication::applicationFilePath();
            first.start(
                self, {QStringLiteral("--race-writer"), m_folder->path(), m_container, name, QStringLiteral("first")});
            second.start(
                self, {QStringLiteral("--race-writer"), m_folder->path(), m_container, name, QStringLiteral("second")});
            QVERIFY(first.waitForFinished(30'000));
            QVERIFY(second.waitForFinished(30'000));
            const QList<int> codes{first.exitCode(), second.exitCode()};
            QCOMPARE(codes.count(0), 1);
            QCOMPARE(codes.count(exitCodeFor(ErrorCode::Conflict)), 1);
            const QByteArray winner = first.exitCode() == 0 ? "first" : "second";
            QCOMPARE(m_store->get(m_container, name).value_or(QByteArray()), winner);
        }
    }

    void atomicFileReplacesWholeOrNotAtAll()
    {
        const QString path = m_folder->filePath(QStringLiteral("settings.json"));
        QVERIFY(writeFileAtomically(path, "old"));
        {
            AtomicFile file(path);
            QVERIFY(file.open());
            QVERIFY(file.write("half-written new"));
            // Dropped without commit(), as a crash or an error would.
        }
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old"));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(writeFileAtomically(path, "new"));
        check.seek(0);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("new"));
    }

    void aFullOrMissingFolderIsAClearIoError()
    {
        const auto result = writeFileAtomically(m_folder->filePath(QStringLiteral("no/such/folder/file")), "x");
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY(result.error().message.contains(QStringLiteral("no/such/folder/file")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--race-writer"))
        return raceWriter(app.arguments());
    TestLocalStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localstore.moc"
