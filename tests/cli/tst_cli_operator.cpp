#include "TestEnvironment.h"
#include "importjob/ImportJobStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Semina;

// What a new operator meets on the command line, as a person runs it (real processes, real
// folders, the real keychain): the job states' names, log lines apart from the output, the
// passphrase rules, dates in the chosen language and the publish settings file's messages.
class TestCliOperator : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<Test::TemporaryFolder> m_home;

    Run cli(const QStringList &arguments, const QString &password = QStringLiteral("cli passphrase"),
            const QString &newPassword = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.remove(QStringLiteral("SEMINA_PASSWORD"));
        env.remove(QStringLiteral("SEMINA_NEW_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("SEMINA_PASSWORD"), password);
        if (!newPassword.isEmpty())
            env.insert(QStringLiteral("SEMINA_NEW_PASSWORD"), newPassword);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SEMINA_CLI_PATH), arguments);
        if (!process.waitForFinished(300'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString vault() const { return m_home->filePath(QStringLiteral("vault")); }
    QString appData() const { return m_home->filePath(QStringLiteral("data/Semina/Semina")); }

    // Two jobs on 4 December 2026, one of them seeded.
    void addJobs()
    {
        Offline::ImportJobStore store(QDir(appData()).filePath(QStringLiteral("jobs")));
        for (const QString &name : {QStringLiteral("fileserver-1"), QStringLiteral("mail_2")}) {
            Offline::ImportJob job;
            job.name = name;
            job.subscriptionId = QStringLiteral("7d3e2f10-aaaa-4bbb-8ccc-0123456789ab");
            job.storageAccount = QStringLiteral("seedaccount1");
            job.container = QStringLiteral("seed");
            job.stagingLocation = QStringLiteral("/srv/staging");
            job.sources = {QStringLiteral("/srv/files")};
            QVERIFY(store.add(job).has_value());
        }
        QVERIFY(store.setState(QStringLiteral("mail_2"), Offline::ImportJobState::Seeded).has_value());
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("cli-operator")); }
    void cleanup() { m_home.reset(); }

    // One name per state: what the README and the seed's last line call "Seeded" is "Seeded" in
    // `jobs` too (it was "Seed ready for the drives"), and `jobs --json` gives the stored names.
    void jobsNameEachStateOnce()
    {
        addJobs();
        const Run listed = cli({QStringLiteral("jobs")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].contains(QStringLiteral(" Seeding ")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral(" Seeded ")), qPrintable(lines[2]));
        QFile readme(QStringLiteral(SEMINA_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(readme.readAll()).contains(QStringLiteral("files-2026: Seeded")));

        const Run italian = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("jobs")});
        QCOMPARE(italian.exitCode, 0);
        QVERIFY2(italian.out.contains(QStringLiteral("Seed pronto")), qPrintable(italian.out));

        const Run json
            = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QJsonParseError error;
        const QJsonArray jobs = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(jobs.size(), 2);
        const QJsonObject mail = jobs[1].toObject();
        QCOMPARE(mail.value(QStringLiteral("name")).toString(), QStringLiteral("mail_2"));
        QCOMPARE(mail.value(QStringLiteral("state")).toString(), QStringLiteral("Seeded")); // not translated
        QCOMPARE(mail.value(QStringLiteral("storageAccount")).toString(), QStringLiteral("seedaccount1"));
        QCOMPARE(mail.value(QStringLiteral("container")).toString(), QStringLiteral("seed"));
        QCOMPARE(mail.value(QStringLiteral("stagingLocation")).toString(), QStringLiteral("/srv/staging"));
        QCOMPARE(mail.value(QStringLiteral("subscriptionId")).toString(),
                 QStringLiteral("7d3e2f10-aaaa-4bbb-8ccc-0123456789ab"));
        QCOMPARE(mail.value(QStringLiteral("sources")).toArray(), QJsonArray{QStringLiteral("/srv/files")});
        QVERIFY(QDateTime::fromString(mail.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
        QVERIFY(mail.contains(QStringLiteral("protectedBytes")) && mail.contains(QStringLiteral("seedBytes")));
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("--bogus")}).exitCode, 2);
    }

    // Log lines stay out of the output: by default only warnings, with --verbose the rest, on
    // standard error and on lines of their own.
    void logLinesOnlyWithVerbose()
    {
        const Run quiet = cli({QStringLiteral("init"), QStringLiteral("--vault"), vault()});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
        QVERIFY2(!quiet.err.contains(QStringLiteral("semina.engine")), qPrintable(quiet.err));
        QVERIFY(!quiet.out.contains(QStringLiteral("semina.engine")));

        const QString data = m_home->filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(data));
        QFile file(QDir(data).filePath(QStringLiteral("a.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("some bytes") > 0);
        file.close();
        const Run verbose
            = cli({QStringLiteral("backup"), QStringLiteral("--vault"), vault(), data, QStringLiteral("--verbose")});
        QVERIFY2(verbose.exitCode == 0, qPrintable(verbose.err));
        QVERIFY2(verbose.err.contains(QStringLiteral("semina.engine.vault: info: snapshot")), qPrintable(verbose.err));
        QVERIFY(!verbose.out.contains(QStringLiteral("semina.engine")));
        for (const QString &line : verbose.err.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("semina.engine")))
                QVERIFY2(line.startsWith(QStringLiteral("semina.engine")), qPrintable(line));
        }
        const Run again = cli({QStringLiteral("backup"), QStringLiteral("--vault"), vault(), data});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QStringLiteral("semina.engine")), qPrintable(again.err));
    }

    // On a terminal the progress line is drawn in place: a log line clears it first, so it
    // never lands in the middle of the progress text.
    void logLinesClearTheProgressLine()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("needs script(1) for a terminal");
        const QString data = m_home->filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(data));
        for (int i = 0; i < 50; ++i) {
            QFile file(QDir(data).filePath(QStringLiteral("f%1").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Test::randomBytes(64 * 1024));
        }
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--vault"), vault()}).exitCode == 0);
        const QString command
            = QStringLiteral("%1 --verbose backup --vault %2 %3").arg(QStringLiteral(SEMINA_CLI_PATH), vault(), data);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("SEMINA_PASSWORD"), QStringLiteral("cli passphrase"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForFinished(300'000));
        const QString terminal = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 0);
        // Every log line starts a line: after a newline, or after the carriage return that
        // cleared the progress line.
        qsizetype at = 0;
        int logs = 0;
        while ((at = terminal.indexOf(QStringLiteral("semina.engine"), at)) >= 0) {
            ++logs;
            const QChar before = at > 0 ? terminal[at - 1] : QLatin1Char('\n');
            QVERIFY2(before == QLatin1Char('\n') || before == QLatin1Char('\r'),
                     qPrintable(terminal.mid(qMax<qsizetype>(0, at - 40), 80)));
            at += 13;
        }
        QVERIFY(logs > 0);
    }

    // A new passphrase has at least 8 characters; a weak one is accepted with a warning.
    void newPassphrasesAreChecked_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one character") << QStringLiteral("x") << 3 << QStringLiteral("at least 8");
        QTest::newRow("seven characters") << QStringLiteral("abcdefg") << 3 << QStringLiteral("at least 8");
        QTest::newRow("a common password") << QStringLiteral("password1") << 0 << QStringLiteral("common password");
        QTest::newRow("a run of digits") << QStringLiteral("12345678") << 0 << QStringLiteral("simple pattern");
        QTest::newRow("short for its kinds") << QStringLiteral("bluemoon") << 0 << QStringLiteral("bits");
        QTest::newRow("strong") << QStringLiteral("correct horse battery") << 0 << QString();
    }
    void newPassphrasesAreChecked()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--vault"), vault()}, passphrase);
        QCOMPARE(init.exitCode, exitCode);
        if (message.isEmpty())
            QVERIFY2(!init.err.contains(QStringLiteral("warning")), qPrintable(init.err));
        else
            QVERIFY2(init.err.contains(message), qPrintable(init.err));
        QCOMPARE(QDir(vault()).exists(QStringLiteral("vault")), exitCode == 0);

        // key add follows the same rule.
        const QString keyed = m_home->filePath(QStringLiteral("keyed"));
        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--vault"), keyed}).exitCode == 0);
        const Run add = cli({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--vault"), keyed},
                            QStringLiteral("cli passphrase"), passphrase);
        QCOMPARE(add.exitCode, exitCode);
        if (message.isEmpty())
            QVERIFY2(!add.err.contains(QStringLiteral("warning")), qPrintable(add.err));
        else
            QVERIFY2(add.err.contains(message), qPrintable(add.err));

        // In Italian too.
        const Run italian = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("init"),
                                 QStringLiteral("--vault"), m_home->filePath(QStringLiteral("other"))},
                                passphrase);
        QCOMPARE(italian.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(italian.err.contains(QStringLiteral("almeno 8")), qPrintable(italian.err));
    }

    // Dates name the month in the chosen language (they were "4 Dec 2026" in Italian too, or
    // ISO numbers).
    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("month");
        const int month = QDateTime::currentDateTimeUtc().date().month();
        QTest::newRow("English") << QStringLiteral("en")
                                 << QLocale(QStringLiteral("en")).monthName(month, QLocale::ShortFormat);
        QTest::newRow("Italian") << QStringLiteral("it")
                                 << QLocale(QStringLiteral("it")).monthName(month, QLocale::ShortFormat);
    }
    void datesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, month);
        addJobs();
        const Run jobs = cli({QStringLiteral("--lang"), language, QStringLiteral("jobs")});
        QCOMPARE(jobs.exitCode, 0);
        const QDate date = QDateTime::currentDateTimeUtc().date(); // the CLI runs with TZ=UTC
        const QString today = QStringLiteral("%1 %2 %3").arg(date.day()).arg(month).arg(date.year());
        QVERIFY2(jobs.out.contains(today), qPrintable(jobs.out + QStringLiteral(" lacks ") + today));

        QVERIFY(cli({QStringLiteral("init"), QStringLiteral("--vault"), vault()}).exitCode == 0);
        const QString data = m_home->filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(data));
        QVERIFY(cli({QStringLiteral("backup"), QStringLiteral("--vault"), vault(), data}).exitCode == 0);
        for (const QStringList &command :
             {QStringList{QStringLiteral("snapshots")}, QStringList{QStringLiteral("key"), QStringLiteral("list")}}) {
            const Run run = cli(QStringList{QStringLiteral("--lang"), language} + command
                                + QStringList{QStringLiteral("--vault"), vault()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(today), qPrintable(run.out + QStringLiteral(" lacks ") + today));
        }
    }

    // A publish settings file that does not exist is named once, in one message, and the
    // subscription (not checkable without the file) is not blamed for it.
    void aMissingPublishSettingsFileIsReportedOnce_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("not XML") << QByteArray("{\"json\": true}") << QStringLiteral("is not an XML file");
    }
    void aMissingPublishSettingsFileIsReportedOnce()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString settings = m_home->filePath(QStringLiteral("lab.publishsettings"));
        if (!content.isEmpty()) {
            QFile file(settings);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        }
        const QString data = m_home->filePath(QStringLiteral("source"));
        QVERIFY(QDir().mkpath(data));
        const Run run
            = cli({QStringLiteral("offline-backup"), QStringLiteral("--staging"),
                   m_home->filePath(QStringLiteral("staging")), QStringLiteral("--publish-settings"), settings,
                   QStringLiteral("--job"), QStringLiteral("fileserver-1"), QStringLiteral("--subscription"),
                   QStringLiteral("7d3e2f10-aaaa-4bbb-8ccc-0123456789ab"), QStringLiteral("--storage-account"),
                   QStringLiteral("seedaccount1"), QStringLiteral("--container"), QStringLiteral("seed"), data});
        QCOMPARE(run.exitCode, 3);
        const QStringList lines
            = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("Publish settings file:"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(problem), qPrintable(lines.first()));
        QCOMPARE(lines.first().count(settings), 1);
        // The label names the file's kind; the message does not repeat it.
        QCOMPARE(lines.first().count(QStringLiteral("publish settings file"), Qt::CaseInsensitive), 1);
        QVERIFY2(!run.err.contains(QStringLiteral("Subscription ID:")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOperator)
#include "tst_cli_operator.moc"
