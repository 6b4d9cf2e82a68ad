#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// Backups and restores on a folder vault: the corpus shapes of issue #4 at small sizes.
class TestVault : public QObject {
    Q_OBJECT

    static std::unique_ptr<Semina::Vault::Vault> createVault(VaultFixture &fixture)
    {
        auto created
            = Semina::Vault::Vault::create(fixture.location, VaultFixture::kPassphrase, VaultFixture::options());
        if (!created)
            qWarning() << created.error().message;
        return created ? std::move(created->vault) : nullptr;
    }

    static Result<Snapshot> backupOf(Semina::Vault::Vault &vault, const QString &path)
    {
        JobContext context;
        BackupRequest request;
        request.paths = {path};
        return backup(vault, request, context);
    }

private Q_SLOTS:
    void createOpenAndWrongPassphrase()
    {
        VaultFixture fixture;
        auto created
            = Semina::Vault::Vault::create(fixture.location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        QVERIFY(!created->recoveryKey.isEmpty());
        QVERIFY(Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase));
        QVERIFY(Semina::Vault::Vault::open(fixture.location, created->recoveryKey.toUtf8()));
        const auto wrong = Semina::Vault::Vault::open(fixture.location, "not the passphrase");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::AccessDenied);
        QVERIFY(wrong.error().message.contains(QStringLiteral("Wrong passphrase")));
        const auto again = Semina::Vault::Vault::create(fixture.location, "other", VaultFixture::options());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        const auto missing = Semina::Vault::Vault::open({fixture.storage.get(), QStringLiteral("elsewhere"), {}}, "x");
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void keysCanBeAddedListedAndRemoved()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const auto added
            = vault->addKey("second passphrase", QStringLiteral("station"), Crypto::ScryptParameters::forTestsOnly());
        QVERIFY(added);
        auto keys = vault->listKeys();
        QVERIFY(keys);
        QCOMPARE(keys->size(), 3); // passphrase, recovery, station
        auto second = Semina::Vault::Vault::open(fixture.location, "second passphrase");
        QVERIFY(second);
        // The key in use cannot be removed; the first one can, from the second session.
        QCOMPARE((*second)->removeKey(added->id).error().code, ErrorCode::InvalidInput);
        const auto first = std::find_if(keys->begin(), keys->end(), [](const KeyInfo &key) { return key.current; });
        QVERIFY((*second)->removeKey(first->id));
        QVERIFY(!Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase));
        QCOMPARE((*second)->removeKey(QStringLiteral("0000")).error().code, ErrorCode::NotFound);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("smallFiles");
        QTest::addColumn<int>("scale");
        QTest::newRow("mixed, tiny files") << 50 << 20 * 1024;
        QTest::newRow("mixed, a few MiB") << 300 << 2 * 1024 * 1024;
        // Thousands of small files: two readers fill batches of small blobs at once while the
        // workers' queue is full (a batch was once lost there).
        QTest::newRow("mixed, 4000 small files") << 4000 << 64 * 1024;
    }
    void roundTrip()
    {
        QFETCH(int, smallFiles);
        QFETCH(int, scale);
        VaultFixture fixture;
        const QString source = fixture.path(QStringLiteral("source/data"));
        Corpus::makeMixedTree(source, smallFiles, scale);
        auto vault = createVault(fixture);
        QVERIFY(vault);

        JobContext context;
        QList<Warning> warnings;
        BackupRequest request;
        request.paths = {source};
        request.tags = {QStringLiteral("first")};
        const auto snapshot = backup(*vault, request, context);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QCOMPARE(snapshot->totals.files, smallFiles + 7);
        QCOMPARE(snapshot->totals.symlinks, 2);
        QVERIFY(context.warnings().isEmpty());
        QCOMPARE(context.progress().itemsDone, smallFiles + 7);

        // A fresh session (as another process would) restores it byte for byte.
        auto reopened = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        QVERIFY(reopened);
        JobContext restoreContext;
        RestoreRequest restoreRequest;
        restoreRequest.snapshot = snapshot->id.left(8);
        restoreRequest.target = fixture.path(QStringLiteral("restored"));
        const auto restored = restore(**reopened, restoreRequest, restoreContext);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->damagedFiles, 0);
        QCOMPARE(restored->files, smallFiles + 7);
        const QString difference = Test::compareTrees(source, fixture.path(QStringLiteral("restored/data")));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The hard link is a hard link again.
        struct stat a {
        }, b{};
        ::lstat(QFile::encodeName(fixture.path(QStringLiteral("restored/data/src/main.cpp"))).constData(), &a);
        ::lstat(QFile::encodeName(fixture.path(QStringLiteral("restored/data/src/main-hardlink.cpp"))).constData(), &b);
        QCOMPARE(a.st_ino, b.st_ino);

        JobContext checkContext;
        const auto report = check(**reopened, {true}, checkContext);
        QVERIFY(report);
        QVERIFY(report->isClean());
        QVERIFY(report->blobsRead > 0);
        QCOMPARE(report->snapshots, 1);
    }

    void deduplicationAndCompressionPay()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("dedup"));
        // Eight copies of one 512 KiB random region, a few bytes changed in each: stored ~once.
        Corpus::writeFile(source + QStringLiteral("/disk.img"), Corpus::repeatedRegion(512 * 1024, 8, 5));
        Corpus::writeFile(source + QStringLiteral("/copy.img"), Corpus::repeatedRegion(512 * 1024, 8, 5));
        // Text shrinks.
        Corpus::writeFile(source + QStringLiteral("/code.txt"), Corpus::sourceText(2 * 1024 * 1024, 6));
        const auto snapshot = backupOf(*vault, source);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->totals.bytes, 2 * 8 * 512 * 1024 + 2 * 1024 * 1024);
        // The text is all new; of the 16 region copies (two files) about one is stored, plus the
        // chunks around the edits (3 per copy, each touching one or two ~20 KiB chunks).
        const qint64 text = 2 * 1024 * 1024;
        const qint64 region = 512 * 1024;
        QVERIFY2(snapshot->totals.newBytes < text + 3 * region, qPrintable(QString::number(snapshot->totals.newBytes)));
        // And the text shrinks: what the packs hold is well below what went in.
        QVERIFY2(snapshot->totals.storedBytes < qint64(0.8 * double(snapshot->totals.newBytes)),
                 qPrintable(QString::number(snapshot->totals.storedBytes)));
    }

    void unchangedFilesAreNotReadAgain()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("source"));
        Corpus::makeMixedTree(source, 100, 256 * 1024);
        const auto first = backupOf(*vault, source);
        QVERIFY(first);
        const auto second = backupOf(*vault, source);
        QVERIFY(second);
        QCOMPARE(second->parent, first->id);
        QCOMPARE(second->totals.unchangedFiles, second->totals.files);
        QCOMPARE(second->totals.newBlobs, 0);
        QCOMPARE(second->tree, first->tree);

        // Changing 1% of the files stores only them (and the trees above them).
        Corpus::writeFile(source + QStringLiteral("/small/3/file-3.txt"), "changed");
        const auto third = backupOf(*vault, source);
        QVERIFY(third);
        QCOMPARE(third->totals.unchangedFiles, third->totals.files - 1);
        QVERIFY(third->totals.newBlobs <= 5);
    }

    void chosenPathsRestoreAlone()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("data"));
        Corpus::makeMixedTree(source, 20, 10 * 1024);
        QVERIFY(backupOf(*vault, source));
        JobContext context;
        RestoreRequest request;
        request.target = fixture.path(QStringLiteral("restored"));
        request.include = {QStringLiteral("data/src/lib"), QStringLiteral("data/empty")};
        const auto restored = restore(*vault, request, context);
        QVERIFY(restored);
        QCOMPARE(restored->files, 1);
        QVERIFY(QFile::exists(fixture.path(QStringLiteral("restored/data/src/lib/vault.cpp"))));
        QVERIFY(QDir(fixture.path(QStringLiteral("restored/data/empty/folder"))).exists());
        QVERIFY(!QFile::exists(fixture.path(QStringLiteral("restored/data/src/main.cpp"))));
        QVERIFY(!QFile::exists(fixture.path(QStringLiteral("restored/data/media"))));
    }

    void excludedPathsAreLeftOutWithTheirSubtrees()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("data"));
        Corpus::makeMixedTree(source, 20, 10 * 1024);
        const auto whole = backupOf(*vault, source);
        QVERIFY(whole);
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        // A folder given with a trailing slash and a file: both are cleaned and left out.
        request.excludes = {source + QStringLiteral("/src/lib/"), source + QStringLiteral("/src/main.cpp")};
        const auto partial = backup(*vault, request, context);
        QVERIFY(partial);
        QCOMPARE(partial->totals.files, whole->totals.files - 2); // lib/vault.cpp and main.cpp
        RestoreRequest restoring;
        restoring.snapshot = partial->id;
        restoring.target = fixture.path(QStringLiteral("restored"));
        QVERIFY(restore(*vault, restoring, context));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("restored/data/src/lib"))));
        QVERIFY(!QFileInfo::exists(fixture.path(QStringLiteral("restored/data/src/main.cpp"))));
        QVERIFY(QDir(fixture.path(QStringLiteral("restored/data/src"))).exists());
        QVERIFY(QDir(fixture.path(QStringLiteral("restored/data/empty/folder"))).exists());
    }

    void linksLeavingTheTargetAreRestoredUnlessRefused()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("data"));
        QDir().mkpath(source);
        QFile::link(QStringLiteral("/etc/passwd"), source + QStringLiteral("/absolute"));
        QFile::link(QStringLiteral("../../outside"), source + QStringLiteral("/climbing"));
        QFile::link(QStringLiteral("absolute"), source + QStringLiteral("/inside"));
        QVERIFY(backupOf(*vault, source));
        JobContext context;
        RestoreRequest request;
        request.target = fixture.path(QStringLiteral("restored"));
        auto restored = restore(*vault, request, context);
        QVERIFY(restored);
        QCOMPARE(restored->symlinks, 3);
        QCOMPARE(restored->skippedEntries, 0);
        QVERIFY(context.warnings().isEmpty());
        QCOMPARE(QFile::symLinkTarget(request.target + QStringLiteral("/data/absolute")),
                 QStringLiteral("/etc/passwd"));
        request.refuseLinksOutside = true;
        request.target = fixture.path(QStringLiteral("restored-inside"));
        restored = restore(*vault, request, context);
        QVERIFY(restored);
        QCOMPARE(restored->skippedEntries, 2);
        QCOMPARE(restored->refusedEntries, 0);
        QCOMPARE(restored->symlinks, 1);
        QCOMPARE(context.warnings().size(), 2);
    }

    void socketsAreSkippedWithAWarning()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("data"));
        Corpus::writeFile(source + QStringLiteral("/kept.txt"), "kept");
        QVERIFY(::mkfifo(QFile::encodeName(source + QStringLiteral("/pipe")).constData(), 0600) == 0);
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        const auto snapshot = backup(*vault, request, context);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->totals.files, 1);
        QCOMPARE(context.warnings().size(), 1);
        QVERIFY(context.warnings().first().item.endsWith(QStringLiteral("pipe")));
    }

    void aCancelledBackupResumesWithoutUploadingAgain()
    {
        VaultFixture fixture;
        auto vault = createVault(fixture);
        QVERIFY(vault);
        const QString source = fixture.path(QStringLiteral("data"));
        for (int i = 0; i < 8; ++i)
            Corpus::writeFile(source + QStringLiteral("/file-%1.bin").arg(i),
                              Corpus::randomBytes(1024 * 1024, quint32(i)));
        JobContext context;
        // Cancel once half of the bytes went through.
        context.setProgressListener(
            [&](const Progress &progress) {
                if (progress.bytesDone > 4 * 1024 * 1024)
                    context.cancel();
            },
            0);
        BackupRequest request;
        request.paths = {source};
        const auto cancelled = backup(*vault, request, context);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

        auto reopened = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        QVERIFY(reopened);
        JobContext again;
        const auto resumed = backup(**reopened, request, again);
        QVERIFY(resumed);
        // Half the data was durable already: the second run stored only the rest.
        QVERIFY2(resumed->totals.newBytes < 6 * 1024 * 1024, qPrintable(QString::number(resumed->totals.newBytes)));
        JobContext checkContext;
        const auto report = check(**reopened, {true}, checkContext);
        QVERIFY(report && report->isClean());
        RestoreRequest restoreRequest;
        restoreRequest.target = fixture.path(QStringLiteral("restored"));
        QVERIFY(restore(**reopened, restoreRequest, checkContext));
        QCOMPARE(Test::compareTrees(source, fixture.path(QStringLiteral("restored/data"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
