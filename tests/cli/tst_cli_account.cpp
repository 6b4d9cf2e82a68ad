#include "Azurite.h"
#include "TestEnvironment.h"
#include "secrets/SecretStore.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTest>
#include <QUuid>

#include <unistd.h>

using namespace Semina;

// `semina-cli account` as a person runs it: real processes, a real folder, a real Azurite and
// the real keychain; each failure gives one line and its documented exit code.
class TestCliAccount : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<Test::TemporaryFolder> m_home;
    Test::Azurite m_azurite;
    QString m_container;

    // `asUser`: the numeric id of another user to run as (through setpriv), or -1.
    Run cli(const QStringList &arguments, const QByteArray &input = {}, int asUser = -1)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        if (asUser < 0)
            process.start(QStringLiteral(SEMINA_CLI_PATH), arguments);
        else
            process.start(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--reuid=%1").arg(asUser),
                                      QStringLiteral("--regid=%1").arg(asUser), QStringLiteral("--clear-groups"),
                                      QStringLiteral(SEMINA_CLI_PATH)}
                              + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString uniqueName(const char *purpose) const
    {
        return QString::fromLatin1(purpose) + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    QString settingsText() const
    {
        QString text;
        QDirIterator it(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.readAll());
        }
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite.has_value(), azurite ? "" : qPrintable(azurite.error().message));
        m_azurite = *azurite;
        m_container = QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto store = Store::openStore(m_azurite.connectionString());
        QVERIFY(store);
        QVERIFY((*store)->createContainer(m_container));
    }
    void init() { m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("cli-account")); }
    void cleanup() { m_home.reset(); }

    void aFolderAccountIsAddedListedAndTested()
    {
        Test::TemporaryFolder storage(QStringLiteral("cli-storage"));
        QVERIFY(QDir(storage.path()).mkdir(QStringLiteral("vaults")));
        const QString name = uniqueName("local-");
        const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--folder"),
                             storage.path(), QStringLiteral("--container"), QStringLiteral("vaults")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const Run list = cli({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(name) && list.out.contains(storage.path()));
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        QVERIFY2(test.out.contains(QStringLiteral("works")), qPrintable(test.out));
        // The probe object was removed again.
        QCOMPARE(QDir(storage.path() + QStringLiteral("/vaults")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{});
    }

    void anAzureAccountKeepsItsKeyInTheKeychainOnly()
    {
        const QString name = uniqueName("azure-");
        const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), name,
                             QStringLiteral("--connection-string-stdin"), QStringLiteral("--container"), m_container},
                            m_azurite.connectionString().toUtf8());
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString settings = settingsText();
        QVERIFY(settings.contains(name));
        QVERIFY(!settings.contains(QString::fromLatin1(m_azurite.accountKey)));
        QVERIFY(!settings.contains(QString::fromLatin1(m_azurite.accountKey.left(20))));
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        QVERIFY(test.out.contains(QStringLiteral("works")));
        const Run list = cli({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(QString::fromLatin1(m_azurite.accountKey.left(20))));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), name}).exitCode, 0);
    }

    // The settings survived but the keychain did not (a copied home folder, a reset keychain):
    // the message says what is missing and how to give it again, which then works.
    void aKeyMissingFromTheKeychainIsNamed()
    {
        const QString name = uniqueName("lost-");
        const QStringList add{QStringLiteral("account"),
                              QStringLiteral("add"),
                              name,
                              QStringLiteral("--connection-string-stdin"),
                              QStringLiteral("--container"),
                              m_container};
        QCOMPARE(cli(add, m_azurite.connectionString().toUtf8()).exitCode, 0);
        SecretStore secrets;
        QVERIFY(secrets.remove(QStringLiteral("storage-account/") + name));
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QCOMPARE(test.exitCode, 4);
        QVERIFY2(test.err.contains(QStringLiteral("not in this computer's keychain")), qPrintable(test.err));
        QVERIFY2(test.err.contains(QStringLiteral("account add %1 --connection-string-stdin").arg(name)),
                 qPrintable(test.err));
        // Given again exactly as the message says, without --container: the account keeps its
        // container (it moved to the default one, where no vault is).
        const Run again = cli(add.mid(0, 4), m_azurite.connectionString().toUtf8());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Replaced")) && again.out.contains(m_container),
                 qPrintable(again.out));
        const Run works = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QVERIFY2(works.exitCode == 0, qPrintable(works.err));
        QVERIFY2(works.out.contains(m_container), qPrintable(works.out));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), name}).exitCode, 0);
    }

    // `account add` makes the container, so that `account test` (which it suggests) works
    // right away; a container that exists is left as it is.
    void addCreatesTheContainer_data()
    {
        QTest::addColumn<bool>("azure");
        QTest::newRow("folder") << false;
        QTest::newRow("Azure") << true;
    }
    void addCreatesTheContainer()
    {
        QFETCH(bool, azure);
        const QString name = uniqueName("fresh-");
        const QString container = uniqueName("new-");
        Test::TemporaryFolder storage(QStringLiteral("cli-storage"));
        const QStringList add = azure ? QStringList{QStringLiteral("account"),
                                                    QStringLiteral("add"),
                                                    name,
                                                    QStringLiteral("--connection-string-stdin"),
                                                    QStringLiteral("--container"),
                                                    container}
                                      : QStringList{QStringLiteral("account"),
                                                    QStringLiteral("add"),
                                                    name,
                                                    QStringLiteral("--folder"),
                                                    storage.path(),
                                                    QStringLiteral("--container"),
                                                    container};
        const QByteArray input = azure ? m_azurite.connectionString().toUtf8() : QByteArray();
        const Run added = cli(add, input);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("Created the container \"%1\"").arg(container)),
                 qPrintable(added.out));
        auto store = azure ? Store::openStore(m_azurite.connectionString()) : Store::openFolderStore(storage.path());
        QVERIFY(store.has_value());
        QCOMPARE((*store)->containerExists(container).value_or(false), true);
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        QVERIFY((*store)->put(container, QStringLiteral("kept"), QByteArray("data")).has_value());
        const Run again = cli(add, input);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("The container \"%1\" exists").arg(container)),
                 qPrintable(again.out));
        QCOMPARE((*store)->get(container, QStringLiteral("kept")).value_or(QByteArray()), QByteArray("data"));
        (void)cli({QStringLiteral("account"), QStringLiteral("remove"), name});
        if (azure)
            QVERIFY((*store)->deleteContainer(container).has_value());
    }

    void failuresGiveOneLineAndTheirExitCode_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("diagnosis");
        QTest::newRow("wrong key") << QStringLiteral("key") << 5 << QStringLiteral("check the account key or SAS");
        QTest::newRow("container removed after add")
            << QStringLiteral("container") << 4 << QStringLiteral("does not exist");
        QTest::newRow("read-only SAS") << QStringLiteral("rl") << 5 << QStringLiteral("enough to restore");
        QTest::newRow("SAS that cannot delete") << QStringLiteral("racwl") << 5 << QStringLiteral("not delete from");
        QTest::newRow("SAS that cannot list") << QStringLiteral("racwd") << 5 << QStringLiteral("not list");
        QTest::newRow("dead endpoint") << QStringLiteral("endpoint") << 8 << QStringLiteral("127.0.0.1:1");
        QTest::newRow("folder container removed after add")
            << QStringLiteral("folder") << 4 << QStringLiteral("does not exist");
    }
    void failuresGiveOneLineAndTheirExitCode()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, diagnosis);
        const QString name = uniqueName("bad-");
        Test::TemporaryFolder storage(QStringLiteral("cli-storage"));
        QString connection = m_azurite.connectionString();
        QString container = m_container;
        if (kind == QLatin1String("key"))
            connection.replace(QString::fromLatin1(m_azurite.accountKey),
                               QString::fromLatin1(QByteArray(64, 'k').toBase64()));
        else if (kind == QLatin1String("container"))
            container = uniqueName("gone-");
        else if (kind.startsWith(u'r'))
            connection = m_azurite.sasConnectionString(kind.toLatin1(), QDateTime::currentDateTimeUtc().addSecs(3600))
                             .value_or(QString());
        else if (kind == QLatin1String("endpoint"))
            connection.replace(m_azurite.blobEndpoint.toString(),
                               QStringLiteral("http://127.0.0.1:1/devstoreaccount1"));
        const Run add = kind == QLatin1String("folder")
            ? cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--folder"), storage.path(),
                   QStringLiteral("--container"), QStringLiteral("absent")})
            : cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--connection-string-stdin"),
                   QStringLiteral("--container"), container},
                  connection.toUtf8());
        // The account is kept even when its container cannot be made (a refused key, no
        // service): `add` says why, with the exit code `test` gives for the same cause.
        QVERIFY2(add.exitCode == 0 || add.exitCode == exitCode, qPrintable(add.err));
        if (add.exitCode != 0)
            QVERIFY2(add.err.contains(QStringLiteral("was saved")), qPrintable(add.err));
        QVERIFY(cli({QStringLiteral("account"), QStringLiteral("list")}).out.contains(name));
        if (kind == QLatin1String("container")) {
            auto store = Store::openStore(m_azurite.connectionString());
            QVERIFY(store && (*store)->deleteContainer(container));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir(storage.filePath(QStringLiteral("absent"))).removeRecursively());
        }
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QCOMPARE(test.exitCode, exitCode);
        QVERIFY(test.out.isEmpty());
        QCOMPARE(test.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY2(test.err.contains(diagnosis), qPrintable(test.err));
        QVERIFY(!test.err.contains(QString::fromLatin1(m_azurite.accountKey.left(20))));
        (void)cli({QStringLiteral("account"), QStringLiteral("remove"), name});
    }

    // A station folder used by two users (a service account and a person, or one run under
    // sudo): the container's lock file the first one created must not lock the other out.
    void aFolderSharedByTwoUsersWorksForBoth()
    {
        if (::geteuid() != 0)
            QSKIP("Needs root, to run the second user's process through setpriv.");
        Test::TemporaryFolder storage(QStringLiteral("cli-shared"));
        QVERIFY(QDir(storage.path()).mkdir(QStringLiteral("box")));
        for (const QString &path : {storage.path(), m_home->path()})
            QVERIFY(QFile::setPermissions(path,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup));
        QVERIFY(QFile::setPermissions(storage.filePath(QStringLiteral("box")), QFileDevice::Permissions(0x7777)));
        const QString name = uniqueName("shared-");
        const Run add = cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--folder"),
                             storage.path(), QStringLiteral("--container"), QStringLiteral("box")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const Run first = cli({QStringLiteral("account"), QStringLiteral("test"), name});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(QFileInfo(storage.filePath(QStringLiteral("box/.lock"))).exists());
        constexpr int kNobody = 65534;
        const Run second = cli({QStringLiteral("account"), QStringLiteral("test"), name}, {}, kNobody);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("read back identical")), qPrintable(second.out));
    }

    void anUnknownAccountIsNamed()
    {
        const Run test = cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("nobody")});
        QCOMPARE(test.exitCode, 4);
        QVERIFY(test.err.contains(QStringLiteral("\"nobody\"")));
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
