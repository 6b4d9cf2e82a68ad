#include "VaultFixture.h"

#include "Corpus.h"
#include "HeldJob.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"
#include "vault/VaultLock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include <atomic>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::HeldJob;
using Semina::Test::VaultFixture;

// Makes a folder read-only for the test's life as a user would: a read-only bind mount when
// running as root (whom permissions do not stop), the write permission bits taken away otherwise.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(QString path)
        : m_path(std::move(path))
    {
        if (::geteuid() == 0) {
            m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), m_path, m_path}) == 0;
            if (m_mounted)
                m_readOnly = QProcess::execute(QStringLiteral("mount"),
                                               {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), m_path})
                    == 0;
        } else {
            m_readOnly
                = QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a-w"), m_path})
                == 0;
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
        else if (m_readOnly)
            QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), m_path});
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

private:
    QString m_path;
    bool m_mounted = false;
    bool m_readOnly = false;
};

// A folder on a file system with no space left (as root): a small tmpfs gets a copy of the
// folder and is mounted over it, a filler file takes the rest of its space and empty files the
// rest of its inodes, so making a folder fails too (as on a full ext4, where the lock's
// folders, pruned once empty, must be made again).
class FullFolder {
public:
    explicit FullFolder(QString path)
        : m_path(std::move(path))
        , m_disk(m_path + QStringLiteral("-disk"))
    {
        if (::geteuid() != 0 || !QDir().mkpath(m_disk))
            return;
        qint64 pages = 0;
        qint64 inodes = 0;
        for (QDirIterator it(m_path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            it.next();
            pages += (it.fileInfo().size() + 4095) / 4096;
            ++inodes;
        }
        const QString size = QStringLiteral("size=%1,nr_inodes=%2").arg((pages + 1024) * 4096).arg(inodes + 64);
        m_diskMounted = QProcess::execute(QStringLiteral("mount"),
                                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), size,
                                           QStringLiteral("tmpfs"), m_disk})
            == 0;
        if (!m_diskMounted
            || QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), m_path, m_disk + QStringLiteral("/copy")})
                != 0)
            return;
        m_bound = QProcess::execute(QStringLiteral("mount"),
                                    {QStringLiteral("--bind"), m_disk + QStringLiteral("/copy"), m_path})
            == 0;
        if (!m_bound)
            return;
        const int fd = ::open(QFile::encodeName(m_disk + QStringLiteral("/filler")).constData(),
                              O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return;
        const QByteArray piece(64 * 1024, 'f');
        for (qsizetype chunk : {piece.size(), qsizetype(4096)}) {
            while (::write(fd, piece.constData(), size_t(chunk)) == chunk) { }
        }
        m_full = errno == ENOSPC;
        ::close(fd);
        for (int n = 0; m_full; ++n) {
            const int empty = ::open(QFile::encodeName(m_disk + QStringLiteral("/inode-%1").arg(n)).constData(),
                                     O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
            if (empty < 0) {
                m_full = errno == ENOSPC;
                break;
            }
            ::close(empty);
        }
    }
    ~FullFolder()
    {
        if (m_bound)
            QProcess::execute(QStringLiteral("umount"), {m_path});
        if (m_diskMounted)
            QProcess::execute(QStringLiteral("umount"), {m_disk});
        QDir().rmdir(m_disk);
    }
    FullFolder(const FullFolder &) = delete;
    FullFolder &operator=(const FullFolder &) = delete;
    [[nodiscard]] bool isFull() const { return m_full; }

private:
    QString m_path;
    QString m_disk;
    bool m_diskMounted = false;
    bool m_bound = false;
    bool m_full = false;
};

// The vault's lock on a real folder store: a second job beside a first one is refused or not
// as its mode says, stale locks are taken over with a warning, a lock goes away however its
// job ends, a job whose lock was taken over stops, and a vault that may only be read still
// restores.
class TestVaultLock : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::vector<std::unique_ptr<Store::ObjectStore>> m_stores;
    QString m_source;
    std::atomic<int> m_targets{0};

    // The vault opened as another process would: its own store and Vault.
    std::unique_ptr<Semina::Vault::Vault> openVault()
    {
        m_stores.push_back(std::make_unique<Store::Local::LocalFolderStore>(m_fixture->accountFolder()));
        const VaultLocation location{m_stores.back().get(), QStringLiteral("vault"), {}};
        auto vault = Semina::Vault::Vault::open(location, VaultFixture::kPassphrase);
        return vault ? std::move(*vault) : nullptr;
    }

    QStringList lockNames() const { return m_fixture->objectNames(QStringLiteral("locks/")); }

    // The warnings about locks (a restore also warns of links pointing out of the corpus).
    static QList<Warning> lockWarnings(const JobContext &context)
    {
        QList<Warning> warnings = context.warnings();
        warnings.removeIf([](const Warning &warning) { return !warning.item.startsWith(QLatin1String("locks/")); });
        return warnings;
    }

    Result<> run(const QString &operation, Semina::Vault::Vault &vault, JobContext &context)
    {
        if (operation == QLatin1String("backup")) {
            BackupRequest request;
            request.paths = {m_source};
            auto snapshot = backup(vault, request, context);
            return snapshot ? Result<>() : fail(snapshot.error());
        }
        if (operation == QLatin1String("check")) {
            auto report = check(vault, {}, context);
            if (report && !report->isClean())
                return fail(ErrorCode::Corruption, report->damaged.first().object);
            return report ? Result<>() : fail(report.error());
        }
        if (operation == QLatin1String("restore")) {
            RestoreRequest request;
            request.target = m_fixture->path(QStringLiteral("restored-%1").arg(++m_targets));
            auto summary = restore(vault, request, context);
            return summary ? Result<>() : fail(summary.error());
        }
        auto key = vault.addKey("another passphrase", QStringLiteral("second"),
                                Crypto::ScryptParameters::forTestsOnly(), &context);
        return key ? Result<>() : fail(key.error());
    }

    // Writes a lock object as another job would have left it.
    void plantLock(Semina::Vault::Vault &vault, const LockRecord &record)
    {
        const QString name = record.mode == LockMode::Exclusive ? QStringLiteral("locks/exclusive")
                                                                : QStringLiteral("locks/shared/") + record.id;
        const auto sealed = vault.seal(name.section(QLatin1Char('/'), -1).toLatin1(), "lock", record.toJson());
        QVERIFY(sealed);
        QVERIFY(m_fixture->storage->put(QStringLiteral("vault"), name, *sealed));
    }

    // The id of a process that ran on this machine and has ended (and was reaped).
    static qint64 endedProcessId()
    {
        QProcess process;
        process.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        if (!process.waitForStarted())
            return -1;
        const qint64 pid = process.processId();
        process.kill();
        process.waitForFinished();
        return pid;
    }

private Q_SLOTS:
    void init()
    {
        m_stores.clear();
        m_fixture = std::make_unique<VaultFixture>();
        m_source = m_fixture->path(QStringLiteral("data"));
        Test::Corpus::makeMixedTree(m_source, 20, 256 * 1024);
        QVERIFY(Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options()));
        auto vault = openVault();
        QVERIFY(vault);
        JobContext context;
        QVERIFY(run(QStringLiteral("backup"), *vault, context)); // restore needs a snapshot
        QVERIFY(lockNames().isEmpty());
    }
    void cleanup()
    {
        m_stores.clear();
        m_fixture.reset();
    }

    void aSecondJobBesideARunningOneIsRefusedOrNotByItsMode_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("refused");
        QTest::newRow("backup beside a backup") << QStringLiteral("backup") << QStringLiteral("backup") << true;
        QTest::newRow("check beside a backup") << QStringLiteral("backup") << QStringLiteral("check") << true;
        QTest::newRow("restore beside a backup") << QStringLiteral("backup") << QStringLiteral("restore") << true;
        QTest::newRow("key add beside a backup") << QStringLiteral("backup") << QStringLiteral("key add") << true;
        QTest::newRow("backup beside a check") << QStringLiteral("check") << QStringLiteral("backup") << true;
        QTest::newRow("backup beside a restore") << QStringLiteral("restore") << QStringLiteral("backup") << true;
        QTest::newRow("check beside a restore") << QStringLiteral("restore") << QStringLiteral("check") << true;
        QTest::newRow("restore beside a restore") << QStringLiteral("restore") << QStringLiteral("restore") << false;
    }
    void aSecondJobBesideARunningOneIsRefusedOrNotByItsMode()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, refused);
        // New data, so the first backup has work to do while it is held.
        Test::Corpus::writeFile(m_source + QStringLiteral("/new.bin"), Test::Corpus::randomBytes(300 * 1024, 7));
        auto firstVault = openVault();
        auto secondVault = openVault();
        QVERIFY(firstVault && secondVault);

        HeldJob running([&](JobContext &context) { return run(first, *firstVault, context); });
        QVERIFY(running.waitUntilHeld());
        JobContext context;
        const auto beside = run(second, *secondVault, context);
        if (refused) {
            QVERIFY(!beside);
            QCOMPARE(beside.error().code, ErrorCode::Locked);
            // It names the holder and the fix.
            QVERIFY2(beside.error().message.contains(first), qPrintable(beside.error().message));
            QVERIFY(beside.error().message.contains(QSysInfo::machineHostName()));
            QVERIFY(beside.error().message.contains(QString::number(::getpid())));
            QVERIFY(beside.error().message.contains(QStringLiteral("semina-cli unlock")));
        } else {
            QVERIFY2(beside, beside ? "" : qPrintable(beside.error().message));
        }
        const auto ended = running.finish();
        QVERIFY2(ended, ended ? "" : qPrintable(ended.error().message));
        QVERIFY(lockWarnings(running.context).isEmpty());

        QCOMPARE(lockNames(), QStringList());
        auto vault = openVault();
        JobContext checking;
        const auto report = check(*vault, {true}, checking);
        QVERIFY(report);
        QVERIFY(report->isClean());
        QVERIFY(report->unindexedPacks.isEmpty());
    }

    void staleLocksAreTakenOverWithAWarning_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("host");
        QTest::addColumn<qint64>("pid"); // 0: a process of this machine that has ended
        QTest::addColumn<int>("minutesAgo"); // since its last refresh, by its holder's clock
        QTest::addColumn<int>("storeMinutesAgo"); // since the store saw it written
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("outcome"); // "taken over", "ignored" or "refused"
        QTest::addColumn<QString>("reason");
        const QString here = QSysInfo::machineHostName();
        const QString there = QStringLiteral("another-host.example");
        const int exclusive = int(LockMode::Exclusive);
        const int shared = int(LockMode::Shared);
        QTest::newRow("exclusive, its process ended here")
            << exclusive << here << qint64(0) << 0 << 0 << QStringLiteral("backup") << QStringLiteral("taken over")
            << QStringLiteral("no longer runs");
        QTest::newRow("shared, its process ended here")
            << shared << here << qint64(0) << 0 << 0 << QStringLiteral("backup") << QStringLiteral("taken over")
            << QStringLiteral("no longer runs");
        QTest::newRow("exclusive, not refreshed for an hour elsewhere")
            << exclusive << there << qint64(4242) << 60 << 60 << QStringLiteral("check") << QStringLiteral("taken over")
            << QStringLiteral("more than 30 minutes");
        QTest::newRow("exclusive, refreshed now elsewhere")
            << exclusive << there << qint64(4242) << 0 << 0 << QStringLiteral("backup") << QStringLiteral("refused")
            << there;
        QTest::newRow("shared, refreshed now elsewhere")
            << shared << there << qint64(4242) << 5 << 5 << QStringLiteral("key add") << QStringLiteral("refused")
            << there;
        // Ages go by the store's clock: a holder whose clock runs an hour behind writes "refreshed
        // an hour ago" into a lock the store saw written just now, and one whose clock runs ahead
        // cannot keep a lock alive that the store has not seen refreshed for 40 minutes.
        QTest::newRow("refreshed now, by a holder whose clock is an hour behind")
            << exclusive << there << qint64(4242) << 60 << 0 << QStringLiteral("backup") << QStringLiteral("refused")
            << there;
        QTest::newRow("not refreshed for 40 minutes, by a holder whose clock is an hour ahead")
            << exclusive << there << qint64(4242) << -20 << 40 << QStringLiteral("backup")
            << QStringLiteral("taken over") << QStringLiteral("more than 30 minutes");
        QTest::newRow("a restore beside a stale exclusive lock")
            << exclusive << here << qint64(0) << 0 << 0 << QStringLiteral("restore") << QStringLiteral("ignored")
            << QStringLiteral("no longer runs");
    }
    void staleLocksAreTakenOverWithAWarning()
    {
        QFETCH(int, mode);
        QFETCH(QString, host);
        QFETCH(qint64, pid);
        QFETCH(int, minutesAgo);
        QFETCH(int, storeMinutesAgo);
        QFETCH(QString, operation);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        auto vault = openVault();
        QVERIFY(vault);
        auto record = LockRecord::forThisProcess(LockMode(mode), QStringLiteral("backup"));
        QVERIFY(record);
        record->host = host;
        record->pid = pid == 0 ? endedProcessId() : pid;
        QVERIFY(record->pid > 0);
        record->started = record->started.addSecs(-minutesAgo * 60 - 60);
        record->refreshed = record->refreshed.addSecs(-minutesAgo * 60);
        plantLock(*vault, *record);
        const QStringList planted = lockNames();
        QCOMPARE(planted.size(), 1);
        // The folder store's clock for an object is its file's modification time.
        QFile written(m_fixture->objectFile(planted.first()));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-storeMinutesAgo * 60),
                                    QFileDevice::FileModificationTime));
        written.close();

        JobContext context;
        const auto result = run(operation, *vault, context);
        if (outcome == QLatin1String("refused")) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::Locked);
            QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
            QCOMPARE(lockNames(), planted);
            return;
        }
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const auto warnings = lockWarnings(context);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().item, planted.first());
        QVERIFY2(warnings.first().message.contains(reason), qPrintable(warnings.first().message));
        QVERIFY(warnings.first().message.contains(QString::number(record->pid)));
        // Taken over, the stale lock is gone with the job's own; ignored, it is still there.
        QCOMPARE(lockNames(), outcome == QLatin1String("ignored") ? planted : QStringList());
    }

    void theLockGoesAwayHoweverTheJobEnds_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("success") << QStringLiteral("success");
        QTest::newRow("failure") << QStringLiteral("failure");
        QTest::newRow("cancellation") << QStringLiteral("cancellation");
    }
    void theLockGoesAwayHoweverTheJobEnds()
    {
        QFETCH(QString, ending);
        auto vault = openVault();
        JobContext context;
        if (ending == QLatin1String("cancellation"))
            context.setProgressListener([&context](const Progress &) { context.cancel(); }, 0);
        BackupRequest request;
        request.paths = {ending == QLatin1String("failure") ? m_fixture->path(QStringLiteral("missing")) : m_source};
        const auto snapshot = backup(*vault, request, context);
        if (ending == QLatin1String("success"))
            QVERIFY(snapshot);
        else
            QCOMPARE(snapshot.error().code,
                     ending == QLatin1String("failure") ? ErrorCode::NotFound : ErrorCode::Cancelled);
        QCOMPARE(lockNames(), QStringList());
        // And the next job takes the lock without a word.
        JobContext next;
        QVERIFY(run(QStringLiteral("backup"), *openVault(), next));
        QVERIFY(lockWarnings(next).isEmpty());
    }

    void aJobWhoseLockWasTakenOverStops()
    {
        auto vault = openVault();
        JobContext context;
        auto lock = VaultLock::acquire(*vault, LockMode::Exclusive, QStringLiteral("backup"), &context);
        QVERIFY(lock);
        QCOMPARE(lockNames(), QStringList{QStringLiteral("locks/exclusive")});
        QVERIFY((*lock)->refresh());

        // Another process judged it stale and took it over.
        auto other = LockRecord::forThisProcess(LockMode::Exclusive, QStringLiteral("check"));
        QVERIFY(other);
        other->host = QStringLiteral("another-host.example");
        plantLock(*vault, *other);
        const auto refreshed = (*lock)->refresh();
        QVERIFY(!refreshed);
        QCOMPARE(refreshed.error().code, ErrorCode::Locked);
        QVERIFY((*lock)->lost());
        QVERIFY(context.isCancelled());
        // Released, it leaves the new holder's lock alone.
        (*lock)->release();
        const auto entries = VaultLock::list(*vault);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().record->id, other->id);
    }

    // A refresh whose answer was lost to a network error may have been written all the same,
    // under an etag the holder never heard of; the next refresh finds its own record there and
    // goes on (it took the lock for lost, and cancelled its job).
    void aRefreshWrittenUnbeknownIsStillOwn()
    {
        auto vault = openVault();
        JobContext context;
        auto lock = VaultLock::acquire(*vault, LockMode::Exclusive, QStringLiteral("backup"), &context);
        QVERIFY(lock);
        plantLock(*vault, (*lock)->record()); // the unheard-of write: the same record, a new etag
        QVERIFY((*lock)->refresh());
        QVERIFY(!(*lock)->lost());
        QVERIFY(!context.isCancelled());
        QVERIFY((*lock)->refresh()); // and on from the etag it learnt
        (*lock)->release();
        QCOMPARE(lockNames(), QStringList{});
    }

    void refreshingRewritesTheLock()
    {
        auto vault = openVault();
        auto lock = VaultLock::acquire(*vault, LockMode::Shared, QStringLiteral("restore"), nullptr);
        QVERIFY(lock);
        const auto before = VaultLock::list(*vault);
        QVERIFY(before && before->size() == 1);
        QCOMPARE(before->first().record->operation, QStringLiteral("restore"));
        QCOMPARE(before->first().record->pid, qint64(::getpid()));
        QVERIFY((*lock)->refresh());
        const auto after = VaultLock::list(*vault);
        QVERIFY(after && after->size() == 1);
        QVERIFY(after->first().etag != before->first().etag);
        QVERIFY(after->first().record->refreshed >= before->first().record->refreshed);
        QCOMPARE(after->first().record->started, before->first().record->started);
        lock->reset();
        QCOMPARE(lockNames(), QStringList());
    }

    void anUnreadableLockBlocksUntilItIsOld()
    {
        QVERIFY(m_fixture->storage->put(QStringLiteral("vault"), QStringLiteral("locks/exclusive"),
                                        QByteArray("not a sealed lock")));
        JobContext context;
        const auto result = run(QStringLiteral("backup"), *openVault(), context);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Locked);
        QVERIFY2(result.error().message.contains(QStringLiteral("cannot be read")), qPrintable(result.error().message));
    }

    // A vault on a read-only drive or mount (as a read-only SAS on Azure), or on a full disk
    // (backups fill disks): a restore goes on without a lock object, saying why; jobs that write
    // fail naming the cause and the fix, and leave the vault as it was.
    void aVaultItCannotWriteTo_data()
    {
        QTest::addColumn<bool>("fullDisk"); // else read-only
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("error"); // ErrorCode, 0 when the job works
        QTest::addColumn<QString>("said"); // in the restore's warning, or in the error
        const QString readOnlyWarning = QStringLiteral("may only read");
        const int denied = int(ErrorCode::AccessDenied);
        QTest::newRow("read-only, restore") << false << QStringLiteral("restore") << 0 << readOnlyWarning;
        QTest::newRow("read-only, backup") << false << QStringLiteral("backup") << denied << QStringLiteral("writable");
        QTest::newRow("read-only, check") << false << QStringLiteral("check") << denied << QStringLiteral("writable");
        QTest::newRow("read-only, key add")
            << false << QStringLiteral("key add") << denied << QStringLiteral("writable");
        const QString fix = QStringLiteral("Free some space");
        QTest::newRow("full, restore") << true << QStringLiteral("restore") << 0 << fix;
        QTest::newRow("full, backup") << true << QStringLiteral("backup") << int(ErrorCode::Io) << fix;
    }
    void aVaultItCannotWriteTo()
    {
        QFETCH(bool, fullDisk);
        QFETCH(QString, operation);
        QFETCH(int, error);
        QFETCH(QString, said);
        const QStringList before = m_fixture->objectNames({});
        std::optional<ReadOnlyFolder> readOnly;
        std::optional<FullFolder> full;
        if (fullDisk && !full.emplace(m_fixture->accountFolder()).isFull())
            QSKIP("Filling a disk needs root here (a small tmpfs mounted over the vault).");
        if (!fullDisk && !readOnly.emplace(m_fixture->accountFolder()).isReadOnly())
            QSKIP("This machine cannot make a folder read-only (no bind mount as root, no chmod).");
        auto vault = openVault();
        QVERIFY(vault);
        JobContext context;
        const auto result = run(operation, *vault, context);
        if (error == 0) {
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            const QList<Warning> warnings = lockWarnings(context);
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().message.contains(said), qPrintable(warnings.first().message));
            const QString restored = m_fixture->path(QStringLiteral("restored-%1/data").arg(m_targets.load()));
            QCOMPARE(Test::compareTrees(m_source, restored), QString());
        } else {
            QVERIFY(!result);
            QCOMPARE(int(result.error().code), error);
            QVERIFY2(result.error().message.contains(said), qPrintable(result.error().message));
        }
        QCOMPARE(m_fixture->objectNames({}), before);
    }

    void aVaultThatMayOnlyBeReadStillHonoursALiveExclusiveLock()
    {
        auto vault = openVault();
        auto holder = LockRecord::forThisProcess(LockMode::Exclusive, QStringLiteral("backup"));
        QVERIFY(holder);
        plantLock(*vault, *holder);
        ReadOnlyFolder readOnly(m_fixture->accountFolder());
        if (!readOnly.isReadOnly())
            QSKIP("This machine cannot make a folder read-only (no bind mount as root, no chmod).");
        JobContext context;
        const auto result = run(QStringLiteral("restore"), *vault, context);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Locked);
        QVERIFY2(result.error().message.contains(QStringLiteral("backup")), qPrintable(result.error().message));
    }

    void unlockRemovesTheStaleLocksOrAll()
    {
        auto vault = openVault();
        auto stale = LockRecord::forThisProcess(LockMode::Exclusive, QStringLiteral("backup"));
        auto live = LockRecord::forThisProcess(LockMode::Shared, QStringLiteral("restore"));
        QVERIFY(stale && live);
        stale->pid = endedProcessId();
        live->host = QStringLiteral("another-host.example");
        plantLock(*vault, *stale);
        plantLock(*vault, *live);
        QCOMPARE(lockNames().size(), 2);

        const auto staleOnes = VaultLock::remove(*vault, true);
        QVERIFY(staleOnes);
        QCOMPARE(staleOnes->size(), 1);
        QCOMPARE(staleOnes->first().record->id, stale->id);
        QCOMPARE(lockNames(), QStringList{QStringLiteral("locks/shared/") + live->id});
        const auto all = VaultLock::remove(*vault, false);
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(lockNames(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestVaultLock)
#include "tst_vaultlock.moc"
