#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/BlobWriter.h"
#include "vault/Check.h"
#include "vault/Restore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// A vault with damage: each kind is found by check, named with the snapshots and files it
// affects, and the undamaged files still restore.
class TestVaultDamage : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Semina::Vault::Vault> m_vault;
    QString m_source;

    // The pack that holds a file's first chunk.
    QString packOf(const QString &relative)
    {
        return VaultFixture::packOf(*m_vault, VaultFixture::chunksOf(*m_vault, relative).first());
    }

    Result<CheckReport> runCheck(bool readData)
    {
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        if (!vault)
            return fail(vault.error());
        JobContext context;
        return check(**vault, {readData}, context);
    }

    Result<RestoreSummary> runRestore(JobContext &context)
    {
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        if (!vault)
            return fail(vault.error());
        RestoreRequest request;
        request.target = m_fixture->path(QStringLiteral("restored"));
        return restore(**vault, request, context);
    }

    static bool affects(const CheckReport &report, const QString &path)
    {
        return std::any_of(report.affectedFiles.begin(), report.affectedFiles.end(),
                           [&](const AffectedFile &file) { return file.path == path; });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        auto created
            = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        m_vault = std::move(created->vault);
        m_source = m_fixture->path(QStringLiteral("data"));
        // Each big file fills its own packs (256 KiB target), so damage to one spares the others.
        Corpus::writeFile(m_source + QStringLiteral("/a.bin"), Corpus::randomBytes(600 * 1024, 1));
        Corpus::writeFile(m_source + QStringLiteral("/b.bin"), Corpus::randomBytes(600 * 1024, 2));
        Corpus::writeFile(m_source + QStringLiteral("/c.txt"), Corpus::sourceText(10 * 1024, 3));
        JobContext context;
        BackupRequest request;
        request.paths = {m_source};
        request.workers = 1; // one reader and one open pack at a time: files land in packs in order
        request.readers = 1;
        QVERIFY(backup(*m_vault, request, context));
    }
    void cleanup()
    {
        m_vault.reset();
        m_fixture.reset();
    }

    void aFlippedBitIsFoundByReadingTheData()
    {
        const QString pack = packOf(QStringLiteral("data/a.bin"));
        QFile file(m_fixture->objectFile(pack));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        const char byte = file.read(1)[0];
        file.seek(100);
        file.write(QByteArray(1, char(byte ^ 0x10)));
        file.close();

        const auto structural = runCheck(false);
        QVERIFY(structural);
        QVERIFY(structural->isClean()); // the size is right: only reading finds it
        const auto report = runCheck(true);
        QVERIFY(report);
        QVERIFY(!report->isClean());
        QCOMPARE(report->damaged.first().object, pack);
        QVERIFY(affects(*report, QStringLiteral("data/a.bin")));
        QVERIFY(!affects(*report, QStringLiteral("data/b.bin")));
        QCOMPARE(report->affectedSnapshots.size(), 1);

        JobContext context;
        const auto restored = runRestore(context);
        QVERIFY(restored);
        QCOMPARE(restored->damagedFiles, 1);
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("restored/data/a.bin"))));
        QFile b(m_fixture->path(QStringLiteral("restored/data/b.bin")));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), Corpus::randomBytes(600 * 1024, 2));
        QVERIFY(context.warnings().first().message.contains(QStringLiteral("damaged")));
    }

    void aTruncatedPackIsFoundByTheStructureCheck()
    {
        const QString pack = packOf(QStringLiteral("data/a.bin"));
        QFile file(m_fixture->objectFile(pack));
        QVERIFY(file.resize(file.size() / 2));
        const auto report = runCheck(false);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->damaged.size(), 1);
        QCOMPARE(report->damaged.first().object, pack);
        // The message is the vault's ("truncated") or the store's own, which notices first.
        QVERIFY(!report->damaged.first().problem.isEmpty());
        QVERIFY(affects(*report, QStringLiteral("data/a.bin")));
        QVERIFY(!affects(*report, QStringLiteral("data/b.bin")));
        JobContext context;
        const auto restored = runRestore(context);
        QVERIFY(restored);
        QCOMPARE(restored->damagedFiles, 1);
        QVERIFY(QFile::exists(m_fixture->path(QStringLiteral("restored/data/b.bin"))));
    }

    void aMissingPackIsNamed()
    {
        const QString pack = packOf(QStringLiteral("data/a.bin"));
        QVERIFY(m_fixture->storage->remove(m_fixture->location.container, pack));
        const auto report = runCheck(false);
        QVERIFY(report);
        QCOMPARE(report->damaged.first().object, pack);
        QVERIFY(report->damaged.first().problem.contains(QStringLiteral("missing")));
        QVERIFY(affects(*report, QStringLiteral("data/a.bin")));
    }

    void aMissingIndexIsRebuiltFromThePackHeaders()
    {
        for (const QString &name : m_fixture->objectNames(QStringLiteral("index/")))
            QVERIFY(m_fixture->storage->remove(m_fixture->location.container, name));
        // The packs are still there: the vault adopts them and everything restores.
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        JobContext context;
        const auto report = check(**vault, {false}, context);
        QVERIFY(report);
        QVERIFY(!report->unindexedPacks.isEmpty());
        QVERIFY(report->isClean());
        const auto restored = runRestore(context);
        QVERIFY(restored);
        QCOMPARE(restored->damagedFiles, 0);
        QCOMPARE(Test::compareTrees(m_source, m_fixture->path(QStringLiteral("restored/data"))), QString());
    }

    void aDamagedIndexObjectIsNamed()
    {
        const QString name = m_fixture->objectNames(QStringLiteral("index/")).first();
        QVERIFY(m_fixture->storage->put(m_fixture->location.container, name, "garbage"));
        const auto report = runCheck(false);
        QVERIFY(report);
        QCOMPARE(report->damaged.first().object, name);
    }

    void aWrongPasswordIsAccessDenied()
    {
        const auto vault = Semina::Vault::Vault::open(m_fixture->location, "wrong");
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::AccessDenied);
    }

    void aDamagedSnapshotLeavesTheOthersListedAndRestorable_data()
    {
        QTest::addColumn<bool>("latest"); // whether the damaged one is the latest
        QTest::newRow("an older snapshot damaged") << false;
        QTest::newRow("the latest snapshot damaged") << true;
    }
    void aDamagedSnapshotLeavesTheOthersListedAndRestorable()
    {
        QFETCH(bool, latest);
        Corpus::writeFile(m_source + QStringLiteral("/d.txt"), "only in the second snapshot");
        JobContext backupContext;
        BackupRequest request;
        request.paths = {m_source};
        QVERIFY(backup(*m_vault, request, backupContext));
        const auto snapshots = m_vault->listSnapshots();
        QVERIFY(snapshots && snapshots->size() == 2);
        const Snapshot damaged = latest ? snapshots->last() : snapshots->first();
        const Snapshot intact = latest ? snapshots->first() : snapshots->last();
        const QString name = QStringLiteral("snapshots/") + damaged.id;
        QFile file(m_fixture->objectFile(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 5);
        const char byte = file.read(1)[0];
        file.seek(file.size() - 5);
        file.write(QByteArray(1, char(byte ^ 0x40)));
        file.close();

        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        JobContext listing;
        const auto listed = (*vault)->listSnapshots(&listing);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, intact.id);
        QCOMPARE(listing.warnings().size(), 1);
        QCOMPARE(listing.warnings().first().item, name);
        // Asked for by its id, the damaged one is damage; "latest" is the latest intact one.
        const auto asked = (*vault)->findSnapshot(damaged.id.left(10));
        QVERIFY(!asked);
        QCOMPARE(asked.error().code, ErrorCode::Corruption);
        QVERIFY(asked.error().message.contains(name));

        for (const QString &which : {QStringLiteral("latest"), intact.id.left(8)}) {
            JobContext context;
            RestoreRequest restoring;
            restoring.snapshot = which;
            restoring.target = m_fixture->path(QStringLiteral("restored-") + which);
            const auto restored = restore(**vault, restoring, context);
            QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
            QCOMPARE(restored->snapshotId, intact.id);
            QCOMPARE(restored->damagedFiles, 0);
            // The second snapshot is the source as it is now.
            QCOMPARE(Test::compareTrees(m_source, restoring.target + QStringLiteral("/data")).isEmpty(), !latest);
            QVERIFY(QFile::exists(restoring.target + QStringLiteral("/data/b.bin")));
            // "latest" could have meant the damaged one: it is named.
            QCOMPARE(context.warnings().size(), which == QLatin1String("latest") ? 1 : 0);
        }
    }

    void temporaryFilesOfKilledWritesAreNamedByCheckAndRemovedByTheNextBackup()
    {
        // What a put killed before its rename leaves: ".<name>.tmp-<random>" beside the object.
        const auto plant = [&](const QString &object) {
            const QFileInfo info(m_fixture->objectFile(object));
            QDir().mkpath(info.path());
            const QString path
                = info.path() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp-0a1b2c3d4e5f6");
            Corpus::writeFile(path, QByteArray(1000, 'x'));
            return path;
        };
        const QString pack = plant(QStringLiteral("data/ab/ab000000000000000000000000000000"));
        const QString index = plant(QStringLiteral("index/cd000000000000000000000000000000"));
        // A restore writes its shared lock before it looks for an exclusive holder: not ours.
        const QString lock = plant(QStringLiteral("locks/shared/ef000000000000000000000000000000"));

        auto report = runCheck(false);
        QVERIFY(report);
        QVERIFY(report->isClean()); // not damage: they only take space
        QCOMPARE(report->unfinishedWrites.size(), 2);
        QVERIFY2(report->unfinishedWrites.contains(pack) && report->unfinishedWrites.contains(index),
                 qPrintable(report->unfinishedWrites.join(u',')));

        JobContext context;
        BackupRequest request;
        request.paths = {m_source};
        QVERIFY(backup(*m_vault, request, context));
        QVERIFY(!QFile::exists(pack));
        QVERIFY(!QFile::exists(index));
        QVERIFY(QFile::exists(lock));
        report = runCheck(false);
        QVERIFY(report);
        QVERIFY(report->unfinishedWrites.isEmpty());
    }

    void aTreeWithDotDotEntriesIsRefused()
    {
        // A forged snapshot whose tree holds "..": as if someone with the key tampered with it.
        JobContext context;
        Tree evil;
        TreeNode escape;
        escape.name = "..";
        escape.type = TreeNode::Type::Directory;
        TreeNode good;
        good.name = "fine.txt";
        good.mode = 0644;
        {
            BlobWriter writer(*m_vault, context, 1);
            Tree inner;
            TreeNode planted;
            planted.name = "planted.txt";
            inner.nodes = {planted};
            const QByteArray innerBytes = inner.encode();
            escape.subtree = *m_vault->keys().chunkId(innerBytes);
            QVERIFY(writer.store(BlobType::Tree, escape.subtree, innerBytes));
            TreeNode slash;
            slash.name = "a/../../b";
            evil.nodes = {escape, good, slash};
            const QByteArray bytes = evil.encode();
            Snapshot snapshot;
            snapshot.time = QDateTime::currentDateTimeUtc();
            snapshot.tree = *m_vault->keys().chunkId(bytes);
            QVERIFY(writer.store(BlobType::Tree, snapshot.tree, bytes));
            QVERIFY(writer.finish());
            QVERIFY(m_vault->writeSnapshot(snapshot));
        }
        const QString target = m_fixture->path(QStringLiteral("deep/restored"));
        RestoreRequest request;
        request.target = target;
        const auto restored = restore(*m_vault, request, context);
        QVERIFY(restored);
        QCOMPARE(restored->refusedEntries, 2);
        QCOMPARE(restored->files, 1);
        QVERIFY(QFile::exists(target + QStringLiteral("/fine.txt")));
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("deep/planted.txt"))));
        QVERIFY(context.warnings().first().message.contains(QStringLiteral("would leave the target folder")));
        const auto report = runCheck(false);
        QVERIFY(report);
        QVERIFY(!report->isClean());
        QVERIFY(report->damaged.first().problem.contains(QStringLiteral("\"..\"")));
    }
};

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "tst_vaultdamage.moc"
