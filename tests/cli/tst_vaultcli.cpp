#include "Corpus.h"
#include "TestEnvironment.h"
#include "store/local/FolderLayout.h"
#include "store/local/LocalFolderStore.h"
#include "vault/Vault.h"
#include "vault/VaultLock.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The vault commands as a script runs them: real processes, a folder vault, the real keychain,
// and the default (strong) scrypt parameters.
class TestVaultCli : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QString &password = QStringLiteral("cli passphrase"),
            const QMap<QString, QString> &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("SEMINA_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("SEMINA_PASSWORD"), password);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SEMINA_CLI_PATH), arguments);
        if (!process.waitForFinished(300'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList vault() const { return {QStringLiteral("--vault"), m_home->filePath(QStringLiteral("vault"))}; }

    std::unique_ptr<Semina::Test::TemporaryFolder> m_home;
    QString m_source;
    QString m_recoveryKey;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Semina::Test::TemporaryFolder>(QStringLiteral("vault-cli"));
        m_source = m_home->filePath(QStringLiteral("data"));
        Semina::Test::Corpus::makeMixedTree(m_source, 40, 300 * 1024);
        const Run init = cli(QStringList{QStringLiteral("init"), QStringLiteral("--json")} << vault());
        QCOMPARE(init.exitCode, 0);
        m_recoveryKey
            = QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("recoveryKey")).toString();
        QCOMPARE(m_recoveryKey.size(), 55);
    }
    void cleanupTestCase() { m_home.reset(); }

    void backupSnapshotsRestoreCheck()
    {
        const Run backup = cli(QStringList{QStringLiteral("backup")} << vault() << m_source);
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(backup.out.contains(QStringLiteral("Snapshot ")));
        const Run again = cli(QStringList{QStringLiteral("backup"), QStringLiteral("--json")} << vault() << m_source);
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("totals")).toObject().value(QStringLiteral("newBlobs")).toInt(), 0);

        const Run list = cli(QStringList{QStringLiteral("snapshots"), QStringLiteral("--json")} << vault());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

        const QString target = m_home->filePath(QStringLiteral("restored"));
        const Run restore
            = cli(QStringList{QStringLiteral("restore")} << vault() << QStringLiteral("--target") << target);
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QCOMPARE(Semina::Test::compareTrees(m_source, target + QStringLiteral("/data")), QString());

        const Run check = cli(QStringList{QStringLiteral("check"), QStringLiteral("--read-data")} << vault());
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QStringLiteral("No damage found.")));
    }

    void errorsHaveTheirExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong passphrase") << QStringList{QStringLiteral("snapshots")} << QStringLiteral("wrong") << 5
                                          << QStringLiteral("Wrong passphrase");
        QTest::newRow("no vault") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--vault"),
                                                 QStringLiteral("/nonexistent/vault")}
                                  << QStringLiteral("x") << 4 << QStringLiteral("There is no vault");
        QTest::newRow("no --vault") << QStringList{QStringLiteral("check")} << QStringLiteral("x") << 2
                                    << QStringLiteral("--vault");
        QTest::newRow("restore without target")
            << QStringList{QStringLiteral("restore")} << QStringLiteral("x") << 2 << QStringLiteral("--target");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("backup"), QStringLiteral("--frob")}
                                        << QStringLiteral("x") << 2 << QStringLiteral("frob");
        QTest::newRow("unknown snapshot") << QStringList{QStringLiteral("restore"), QStringLiteral("ffffffff"),
                                                         QStringLiteral("--target"), QStringLiteral("/tmp/x")}
                                          << QStringLiteral("cli passphrase") << 4 << QStringLiteral("no snapshot");
    }
    void errorsHaveTheirExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // Rows without a --vault of their own use the test's vault, except the one about its absence.
        if (!arguments.contains(QStringLiteral("--vault")) && qstrcmp(QTest::currentDataTag(), "no --vault") != 0)
            arguments << vault();
        const Run run = cli(arguments, password);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void keysAndTheRecoveryKey()
    {
        const Run recovery = cli(QStringList{QStringLiteral("snapshots")} << vault(), m_recoveryKey);
        QCOMPARE(recovery.exitCode, 0);
        const Run add = cli(
            QStringList{QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--json")} << vault(),
            QStringLiteral("cli passphrase"), {{QStringLiteral("SEMINA_NEW_PASSWORD"), QStringLiteral("second one")}});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = QJsonDocument::fromJson(add.out.toUtf8()).object().value(QStringLiteral("id")).toString();
        const Run list
            = cli(QStringList{QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json")} << vault(),
                  QStringLiteral("second one"));
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3);
        const Run remove = cli(QStringList{QStringLiteral("key"), QStringLiteral("remove"), id} << vault());
        QCOMPARE(remove.exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("snapshots")} << vault(), QStringLiteral("second one")).exitCode, 5);

        // A lost recovery key is replaced: the new one, shown once, opens the vault; the old one no longer does.
        const Run replaced
            = cli(QStringList{QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--recovery")} << vault());
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QVERIFY2(replaced.out.contains(QStringLiteral("shown only once")), qPrintable(replaced.out));
        static const QRegularExpression shown(QStringLiteral("Recovery key: (\\S+)"));
        const QString newKey = shown.match(replaced.out).captured(1);
        QVERIFY2(!newKey.isEmpty() && newKey != m_recoveryKey, qPrintable(replaced.out));
        QCOMPARE(cli(QStringList{QStringLiteral("snapshots")} << vault(), newKey).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("snapshots")} << vault(), m_recoveryKey).exitCode, 5);
        const Run keys
            = cli(QStringList{QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--json")} << vault());
        int recoveryKeys = 0;
        for (const QJsonValue &key : QJsonDocument::fromJson(keys.out.toUtf8()).array())
            recoveryKeys += key.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("recovery");
        QCOMPARE(recoveryKeys, 1);
        m_recoveryKey = newKey;
    }

    void theKeychainOpensTheVaultWithoutAPassphrase()
    {
        const QStringList other{QStringLiteral("--vault"), m_home->filePath(QStringLiteral("keychain-vault"))};
        QCOMPARE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--keychain")} << other).exitCode, 0);
        const Run run = cli(QStringList{QStringLiteral("snapshots"), QStringLiteral("--json")} << other, QString());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isArray());
        // Without the keychain entry and without a passphrase there is no way in.
        const QStringList third{QStringLiteral("--vault"), m_home->filePath(QStringLiteral("no-keychain-vault"))};
        QCOMPARE(cli(QStringList{QStringLiteral("init")} << third).exitCode, 0);
        const Run refused = cli(QStringList{QStringLiteral("snapshots")} << third, QString());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("SEMINA_PASSWORD")), qPrintable(refused.err));
    }

    // Another job's lock, as a process on another machine would have left it.
    void plantLock(const QString &host, int minutesAgo)
    {
        Semina::Store::Local::LocalFolderStore store(m_home->filePath(QStringLiteral("vault")));
        const Semina::Vault::VaultLocation location{&store, QStringLiteral("vault"), {}};
        auto vault = Semina::Vault::Vault::open(location, "cli passphrase");
        QVERIFY(vault);
        auto record
            = Semina::Vault::LockRecord::forThisProcess(Semina::Vault::LockMode::Exclusive, QStringLiteral("backup"));
        QVERIFY(record);
        record->host = host;
        record->pid = 4242;
        record->refreshed = record->refreshed.addSecs(-60 * minutesAgo);
        const auto sealed = (*vault)->seal("exclusive", "lock", record->toJson());
        QVERIFY(sealed);
        QVERIFY(store.put(QStringLiteral("vault"), QStringLiteral("locks/exclusive"), *sealed));
        // Locks age by the store's clock: for a folder, the object file's modification time.
        QFile written(m_home->filePath(QStringLiteral("vault/vault/"))
                      + *Semina::Store::Local::FolderLayout::relativePath(QStringLiteral("locks/exclusive")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.setFileTime(record->refreshed, QFileDevice::FileModificationTime));
    }

    void aLockedVaultExitsWith13UntilUnlocked()
    {
        plantLock(QStringLiteral("far-away-host"), 0);
        const Run blocked = cli(QStringList{QStringLiteral("backup")} << vault() << m_source);
        QCOMPARE(blocked.exitCode, 13);
        QVERIFY2(blocked.err.contains(QStringLiteral("far-away-host")), qPrintable(blocked.err));
        QVERIFY(blocked.err.contains(QStringLiteral("4242")));
        QVERIFY(blocked.err.contains(QStringLiteral("semina-cli unlock")));
        QCOMPARE(cli(QStringList{QStringLiteral("check")} << vault()).exitCode, 13);

        const Run list
            = cli(QStringList{QStringLiteral("unlock"), QStringLiteral("--list"), QStringLiteral("--json")} << vault());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray locks = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(locks.size(), 1);
        QCOMPARE(locks.first().toObject().value(QStringLiteral("host")).toString(), QStringLiteral("far-away-host"));
        QCOMPARE(locks.first().toObject().value(QStringLiteral("stale")).toBool(), false);
        // A live lock is not stale: --remove-stale keeps it, a plain unlock removes it.
        const Run stale = cli(QStringList{QStringLiteral("unlock"), QStringLiteral("--remove-stale")} << vault());
        QCOMPARE(stale.exitCode, 0);
        QVERIFY2(stale.out.contains(QStringLiteral("No lock was removed")), qPrintable(stale.out));
        const Run unlock = cli(QStringList{QStringLiteral("unlock")} << vault());
        QCOMPARE(unlock.exitCode, 0);
        QVERIFY2(unlock.out.contains(QStringLiteral("far-away-host")), qPrintable(unlock.out));
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} << vault() << m_source).exitCode, 0);

        // One not refreshed for an hour is stale: --remove-stale removes it, and a backup would take it over.
        plantLock(QStringLiteral("far-away-host"), 60);
        const Run removed = cli(QStringList{QStringLiteral("unlock"), QStringLiteral("--remove-stale")} << vault());
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains(QStringLiteral("stale")), qPrintable(removed.out));
        const Run none = cli(QStringList{QStringLiteral("unlock"), QStringLiteral("--list")} << vault());
        QVERIFY2(none.out.contains(QStringLiteral("The vault has no locks.")), qPrintable(none.out));
    }

    void damageGivesExitCodeSixAndNamesThePack()
    {
        QVERIFY(cli(QStringList{QStringLiteral("backup")} << vault() << m_source).exitCode == 0);
        QDirIterator packs(m_home->filePath(QStringLiteral("vault")), QDir::Files, QDirIterator::Subdirectories);
        QString victim;
        while (packs.hasNext()) {
            const QString path = packs.next();
            // The store may encode names on disk ("data%2F/..."): any file under data.
            if (path.mid(m_home->filePath(QStringLiteral("vault")).size()).contains(QStringLiteral("/data")))
                victim = path;
        }
        QVERIFY(!victim.isEmpty());
        QVERIFY(QFile::remove(victim));
        const Run check = cli(QStringList{QStringLiteral("check")} << vault());
        QCOMPARE(check.exitCode, 6);
        QVERIFY2(check.out.contains(QStringLiteral("DAMAGED data/")), qPrintable(check.out));
        QVERIFY(check.out.contains(QStringLiteral("affected: snapshot")));
    }

    // A vault of its own for a test that spoils it.
    QStringList freshVault(const QString &name, QString *recoveryKey = nullptr)
    {
        const QStringList other{QStringLiteral("--vault"), m_home->filePath(name)};
        const Run init = cli(QStringList{QStringLiteral("init"), QStringLiteral("--json")} << other);
        if (recoveryKey)
            *recoveryKey
                = QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("recoveryKey")).toString();
        return init.exitCode == 0 ? other : QStringList{};
    }

    void aDamagedSnapshotOrKeyFileHasItsExitCode()
    {
        QString recoveryKey;
        const QStringList other = freshVault(QStringLiteral("damage-vault"), &recoveryKey);
        QVERIFY(!other.isEmpty());
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} << other << m_source).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} << other << m_source).exitCode, 0);
        const QJsonArray listed
            = QJsonDocument::fromJson(
                  cli(QStringList{QStringLiteral("snapshots"), QStringLiteral("--json")} << other).out.toUtf8())
                  .array();
        QCOMPARE(listed.size(), 2);
        const QString damaged = listed.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString intact = listed.at(1).toObject().value(QStringLiteral("id")).toString();
        Semina::Store::Local::LocalFolderStore store(m_home->filePath(QStringLiteral("damage-vault")));
        QVERIFY(store.put(QStringLiteral("vault"), QStringLiteral("snapshots/") + damaged, "garbage"));

        // The intact snapshot is listed and restores; the damaged one is named (1), or damage when asked for (6).
        const Run list = cli(QStringList{QStringLiteral("snapshots")} << other);
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(QStringLiteral("snapshots/") + damaged), qPrintable(list.err));
        QVERIFY(list.out.contains(intact.left(8)));
        const QString target = m_home->filePath(QStringLiteral("damage-restored"));
        const Run restore
            = cli(QStringList{QStringLiteral("restore"), intact.left(8), QStringLiteral("--target"), target} << other);
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QCOMPARE(Semina::Test::compareTrees(m_source, target + QStringLiteral("/data")), QString());
        const Run asked
            = cli(QStringList{QStringLiteral("restore"), damaged.left(8), QStringLiteral("--target"), target} << other);
        QCOMPARE(asked.exitCode, 6);

        // A damaged passphrase key file: named, exit 6, not "Wrong passphrase" (5).
        const auto keys = store.list(QStringLiteral("vault"), QStringLiteral("keys/"));
        QVERIFY(keys);
        QString passphraseKey;
        for (const auto &info : keys->objects) {
            const QByteArray json = *store.get(QStringLiteral("vault"), info.name);
            if (json.contains("\"passphrase\"")) {
                passphraseKey = info.name;
                QVERIFY(store.put(QStringLiteral("vault"), info.name, json.left(json.size() / 2)));
            }
        }
        const Run opened = cli(QStringList{QStringLiteral("snapshots")} << other);
        QCOMPARE(opened.exitCode, 6);
        QVERIFY2(opened.err.contains(passphraseKey), qPrintable(opened.err));
        QVERIFY(!opened.err.contains(QStringLiteral("Wrong passphrase")));
        const Run check = cli(QStringList{QStringLiteral("check")} << other, recoveryKey);
        QCOMPARE(check.exitCode, 6);
        QVERIFY2(check.out.contains(QStringLiteral("DAMAGED ") + passphraseKey), qPrintable(check.out));
    }

    void symlinksRestoreAsTheyWereUnlessRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("linkRestored");
        QTest::newRow("default") << QStringList{} << 0 << true;
        QTest::newRow("--no-outside-links") << QStringList{QStringLiteral("--no-outside-links")} << 1 << false;
        QTest::newRow("--allow-outside-links (deprecated)")
            << QStringList{QStringLiteral("--allow-outside-links")} << 0 << true;
    }
    void symlinksRestoreAsTheyWereUnlessRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(bool, linkRestored);
        const QString source = m_home->filePath(QStringLiteral("links"));
        if (!QFileInfo(source).isDir()) {
            Semina::Test::Corpus::writeFile(source + QStringLiteral("/kept.txt"), "kept");
            QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), source + QStringLiteral("/absolute")));
            QVERIFY(!freshVault(QStringLiteral("links-vault")).isEmpty());
            QCOMPARE(cli(QStringList{QStringLiteral("backup"), QStringLiteral("--vault"),
                                     m_home->filePath(QStringLiteral("links-vault")), source})
                         .exitCode,
                     0);
        }
        const QString target
            = m_home->filePath(QStringLiteral("links-restored-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        const Run run
            = cli(QStringList{QStringLiteral("restore"), QStringLiteral("--vault"),
                              m_home->filePath(QStringLiteral("links-vault")), QStringLiteral("--target"), target}
                  << options);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        QCOMPARE(QFileInfo(target + QStringLiteral("/links/absolute")).isSymLink(), linkRestored);
        if (linkRestored)
            QCOMPARE(QFileInfo(target + QStringLiteral("/links/absolute")).symLinkTarget(),
                     QStringLiteral("/etc/hostname"));
        else
            QVERIFY2(run.err.contains(QStringLiteral("absolute")), qPrintable(run.err));
        QVERIFY(QFile::exists(target + QStringLiteral("/links/kept.txt")));
    }

    void checkNamesWhatKilledWritesLeftAndBackupRemovesIt()
    {
        const QStringList other = freshVault(QStringLiteral("leftover-vault"));
        QVERIFY(!other.isEmpty());
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} << other << m_source).exitCode, 0);
        // A pack's put killed before its rename.
        const QString folder = m_home->filePath(QStringLiteral("leftover-vault/vault/"))
            + *Semina::Store::Local::FolderLayout::relativePath(QStringLiteral("data/ab/x"));
        const QString leftover = QFileInfo(folder).path() + QStringLiteral("/.ab12.tmp-00000000000zz");
        Semina::Test::Corpus::writeFile(leftover, QByteArray(4096, 'x'));
        const Run check = cli(QStringList{QStringLiteral("check")} << other);
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(leftover) && check.out.contains(QStringLiteral("interrupted write")),
                 qPrintable(check.out));
        QCOMPARE(cli(QStringList{QStringLiteral("backup")} << other << m_source).exitCode, 0);
        QVERIFY(!QFile::exists(leftover));
    }
};

QTEST_GUILESS_MAIN(TestVaultCli)
#include "tst_vaultcli.moc"
