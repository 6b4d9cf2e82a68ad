#include "TestEnvironment.h"

#include <QProcess>
#include <QTest>

// semina-cli as a script or a person runs it: a real process, its output and exit code.
class TestCli : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        // Each run gets the test's own settings, so --lang does not leak into the user's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SEMINA_CLI_PATH), arguments);
        if (!process.waitForFinished(120'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<Semina::Test::TemporaryFolder> m_home;

private Q_SLOTS:
    void init() { m_home = std::make_unique<Semina::Test::TemporaryFolder>(QStringLiteral("cli-home")); }
    void cleanup() { m_home.reset(); }

    void helpListsTheCommandsThatExist()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Usage: semina-cli")));
        QVERIFY(run.out.contains(QStringLiteral("keychain")));
        QVERIFY(run.out.contains(QStringLiteral("docs/CLI.md")));
    }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("semina-cli " SEMINA_VERSION));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")}
                                        << QStringLiteral("Unknown option \"--frob\"");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")}
            << QStringLiteral("Unknown language \"fr\"");
        QTest::newRow("unknown keychain action") << QStringList{QStringLiteral("keychain"), QStringLiteral("dump")}
                                                 << QStringLiteral("only action is \"check\"");
    }
    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2); // usage error, docs/CLI.md
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void keychainCheckWorksAgainstTheRealKeychain()
    {
        const Run run = cli({QStringLiteral("keychain"), QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("The keychain works")));
    }

    void noKeychainGivesAClearMessage()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/semina-bus"));
        const Run run = cli({QStringLiteral("keychain"), QStringLiteral("check")}, noBus);
        QCOMPARE(run.exitCode, 10); // no OS keychain, docs/CLI.md
        QVERIFY2(run.err.contains(QStringLiteral("gnome-keyring or KWallet")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void languageIsRememberedAfterLang()
    {
        const Run italian = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--help")});
        QCOMPARE(italian.exitCode, 0);
        QVERIFY2(italian.out.contains(QStringLiteral("Uso: semina-cli")), qPrintable(italian.out));
        // Without --lang the remembered choice applies.
        const Run again = cli({QStringLiteral("frobnicate")});
        QVERIFY2(again.err.contains(QStringLiteral("Comando sconosciuto")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
