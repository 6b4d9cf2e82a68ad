#include "TestEnvironment.h"

#include "importjob/ImportJobStore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Semina;
using namespace Semina::Offline;

namespace {
ImportJob newJob(const QString &name)
{
    ImportJob job;
    job.name = name;
    job.subscriptionId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    job.storageAccount = QStringLiteral("seedaccount1");
    job.container = QStringLiteral("seed");
    job.stagingLocation = QStringLiteral("\\\\copyhost\\staging");
    job.publishSettingsFile = QStringLiteral("/home/op/sub.publishsettings");
    job.sources = {QStringLiteral("/srv/files"), QStringLiteral("/srv/mail")};
    job.protectedBytes = Q_INT64_C(5'000'000'000'000); // past 2^32 and 2^53 / 1000
    return job;
}
} // namespace

// The server's job store: durable records, one per job, across store instances (processes).
class TestImportJobStore : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_folder;
    QString jobsFolder() const { return m_folder->filePath(QStringLiteral("jobs")); }

private Q_SLOTS:
    void init() { m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("jobs")); }
    void cleanup() { m_folder.reset(); }

    void aJobSurvivesTheStore()
    {
        {
            ImportJobStore store(jobsFolder());
            const auto added = store.add(newJob(QStringLiteral("fileserver-2026")));
            QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message));
            QCOMPARE(added->revision, 1);
            QVERIFY(added->created.isValid());
        }
        const ImportJobStore reopened(jobsFolder());
        const auto job = reopened.find(QStringLiteral("fileserver-2026"));
        QVERIFY(job.has_value());
        const ImportJob expected = newJob(QStringLiteral("fileserver-2026"));
        QCOMPARE(job->sources, expected.sources);
        QCOMPARE(job->stagingLocation, expected.stagingLocation);
        QCOMPARE(job->protectedBytes, expected.protectedBytes);
        QCOMPARE(job->state, ImportJobState::Seeding);
        QCOMPARE(reopened.list().value().size(), 1);
    }

    void namesAreUniqueIgnoringCase()
    {
        ImportJobStore store(jobsFolder());
        QVERIFY(store.add(newJob(QStringLiteral("Mail_Seed"))).has_value());
        const auto again = store.add(newJob(QStringLiteral("mail_seed")));
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(again.error().message.contains(QStringLiteral("mail_seed")));
        QCOMPARE(store.find(QStringLiteral("MAIL_SEED")).value().name, QStringLiteral("Mail_Seed"));
        QCOMPARE(store.names().value(), QStringList{QStringLiteral("Mail_Seed")});
    }

    void aStaleUpdateIsRefused()
    {
        ImportJobStore store(jobsFolder());
        const ImportJob added = store.add(newJob(QStringLiteral("job-1"))).value();
        ImportJob mine = added;
        ImportJob theirs = added;
        mine.seedBytes = 10;
        const auto saved = store.update(mine);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->revision, 2);
        theirs.seedBytes = 20;
        QCOMPARE(store.update(theirs).error().code, ErrorCode::Conflict);
        QCOMPARE(store.find(QStringLiteral("job-1")).value().seedBytes, 10);
    }

    void stateChanges_data()
    {
        QTest::addColumn<QList<ImportJobState>>("path");
        QTest::addColumn<ImportJobState>("next");
        QTest::addColumn<bool>("allowed");
        using S = ImportJobState;
        QTest::newRow("seed written") << QList<S>{} << S::Seeded << true;
        QTest::newRow("the whole way") << QList<S>{S::Seeded,   S::Creating,     S::Shipping,
                                                   S::Received, S::Transferring, S::Packaging}
                                       << S::Completed << true;
        QTest::newRow("cancel while creating") << QList<S>{S::Seeded, S::Creating} << S::Canceled << true;
        QTest::newRow("cancel while shipping") << QList<S>{S::Seeded, S::Creating, S::Shipping} << S::Canceled << true;
        QTest::newRow("no cancel once received")
            << QList<S>{S::Seeded, S::Creating, S::Shipping, S::Received} << S::Canceled << false;
        QTest::newRow("no cancel while transferring")
            << QList<S>{S::Seeded, S::Creating, S::Shipping, S::Received, S::Transferring} << S::Canceled << false;
        QTest::newRow("closed with errors while transferring")
            << QList<S>{S::Seeded, S::Creating, S::Shipping, S::Received, S::Transferring} << S::Closed << true;
        QTest::newRow("drives prepared after the seed") << QList<S>{S::Seeded} << S::DrivesPrepared << true;
        QTest::newRow("creating after the drives") << QList<S>{S::Seeded, S::DrivesPrepared} << S::Creating << true;
        QTest::newRow("never backwards") << QList<S>{S::Seeded, S::Creating, S::Shipping} << S::Creating << false;
        QTest::newRow("nothing after completed")
            << QList<S>{S::Seeded, S::Creating, S::Shipping, S::Received, S::Transferring, S::Completed} << S::Packaging
            << false;
        QTest::newRow("not completed before transferring") << QList<S>{S::Seeded, S::Creating} << S::Completed << false;
    }
    void stateChanges()
    {
        QFETCH(QList<ImportJobState>, path);
        QFETCH(ImportJobState, next);
        QFETCH(bool, allowed);
        ImportJobStore store(jobsFolder());
        QVERIFY(store.add(newJob(QStringLiteral("states"))).has_value());
        for (ImportJobState state : path)
            QVERIFY(store.setState(QStringLiteral("states"), state).has_value());
        const auto moved = store.setState(QStringLiteral("states"), next);
        QCOMPARE(moved.has_value(), allowed);
        const ImportJobState expected = allowed ? next : (path.isEmpty() ? ImportJobState::Seeding : path.last());
        QCOMPARE(store.find(QStringLiteral("states")).value().state, expected);
        if (!allowed) {
            QCOMPARE(moved.error().code, ErrorCode::InvalidInput);
            QVERIFY(moved.error().message.contains(stateLabel(next)));
        }
    }

    void stateNamesRoundTrip()
    {
        for (int i = int(ImportJobState::Seeding); i <= int(ImportJobState::Canceled); ++i) {
            const auto state = ImportJobState(i);
            QCOMPARE(stateFromName(stateName(state)), std::optional(state));
            QVERIFY(!stateLabel(state).isEmpty());
        }
        QCOMPARE(stateName(ImportJobState::Transferring), QStringLiteral("Transferring"));
        QCOMPARE(stateFromName(QStringLiteral("Frobbing")), std::nullopt);
    }

    void aDamagedRecordDoesNotHideTheOthers()
    {
        ImportJobStore store(jobsFolder());
        QVERIFY(store.add(newJob(QStringLiteral("good-one"))).has_value());
        QVERIFY(store.add(newJob(QStringLiteral("torn-one"))).has_value());
        QFile torn(QDir(jobsFolder()).filePath(QStringLiteral("torn-one.json")));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write("{\"format\": \"semina-import-job/1\", \"name\": ");
        torn.close();
        // A temporary file left by a save interrupted before its rename.
        QFile leftover(QDir(jobsFolder()).filePath(QStringLiteral(".good-one.json.1234abcd.tmp")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("{");
        leftover.close();

        QList<Warning> damaged;
        const auto jobs = store.list(&damaged);
        QVERIFY(jobs.has_value());
        QCOMPARE(jobs->size(), 1);
        QCOMPARE(jobs->first().name, QStringLiteral("good-one"));
        QCOMPARE(damaged.size(), 1);
        QVERIFY(damaged.first().message.contains(QStringLiteral("torn-one.json")));
        QCOMPARE(store.find(QStringLiteral("torn-one")).error().code, ErrorCode::Corruption);
        // Its name stays taken.
        QVERIFY(store.names().value().contains(QStringLiteral("torn-one")));
        QCOMPARE(store.add(newJob(QStringLiteral("torn-one"))).error().code, ErrorCode::Conflict);
    }

    void anEmptyStoreListsNothingAndMakesNoFolder()
    {
        const ImportJobStore store(jobsFolder());
        QCOMPARE(store.list().value().size(), 0);
        QCOMPARE(store.find(QStringLiteral("nothing")).error().code, ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(jobsFolder()));
    }

    void badNamesAreRefused()
    {
        ImportJobStore store(jobsFolder());
        QCOMPARE(store.add(newJob(QStringLiteral("../escape"))).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.find(QStringLiteral("../escape")).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestImportJobStore)
#include "tst_importjobstore.moc"
