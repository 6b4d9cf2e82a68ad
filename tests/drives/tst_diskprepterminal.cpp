#include "CliProcess.h"
#include "DriveChecks.h"

#include "drives/DriveJournal.h"
#include "drives/PreparedDrives.h"
#include "drives/SpanPlan.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Semina;
using Semina::Test::DriveFixture;

namespace {

// semina-cli on a pseudo-terminal, as a technician at the copy computer sees it: diskprep asks
// for each drive and for the erase consent only when standard input is a terminal.
class Terminal {
public:
    Terminal(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QList<QByteArray> argv{QByteArrayLiteral(SEMINA_CLI_PATH)};
        for (const QString &argument : arguments)
            argv << argument.toUtf8();
        QList<QByteArray> envp;
        for (const QString &entry : environment.toStringList())
            envp << entry.toUtf8();
        // Everything the child needs is made before fork: it only calls exec after it.
        std::vector<char *> args;
        for (QByteArray &argument : argv)
            args.push_back(argument.data());
        args.push_back(nullptr);
        std::vector<char *> env;
        for (QByteArray &entry : envp)
            env.push_back(entry.data());
        env.push_back(nullptr);
        m_pid = ::forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            ::execve(args.front(), args.data(), env.data());
            ::_exit(127);
        }
    }
    ~Terminal()
    {
        if (m_pid > 0 && m_status < 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0 && m_master >= 0; }

    // Reads until `text` has appeared after what earlier calls consumed; false after `timeoutMs`.
    bool expect(const QString &text, int timeoutMs = 120'000)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const qsizetype at = m_screen.indexOf(text, m_consumed);
            if (at >= 0) {
                m_consumed = at + text.size();
                return true;
            }
            if (clock.elapsed() > timeoutMs || !readSome(int(timeoutMs - clock.elapsed())))
                return false;
        }
    }
    void type(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                return;
            done += n;
        }
    }
    // Reads to the end and returns the exit code (-1 if it did not end within `timeoutMs`).
    int finish(int timeoutMs = 120'000)
    {
        QElapsedTimer clock;
        clock.start();
        while (readSome(qMax(1, int(timeoutMs - clock.elapsed()))) && clock.elapsed() < timeoutMs) { }
        int status = 0;
        if (::waitpid(m_pid, &status, clock.elapsed() < timeoutMs ? 0 : WNOHANG) != m_pid)
            return -1;
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return m_status;
    }
    [[nodiscard]] const QString &screen() const { return m_screen; }

private:
    // False at the end of the output (the child closed the terminal) or on a timeout.
    bool readSome(int timeoutMs)
    {
        pollfd fd{m_master, POLLIN, 0};
        if (::poll(&fd, 1, timeoutMs) <= 0)
            return false;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false; // EIO: the child's side is closed
        m_screen += QString::fromUtf8(buffer, n).remove(QLatin1Char('\r'));
        return true;
    }

    pid_t m_pid = -1;
    int m_master = -1;
    int m_status = -1;
    QString m_screen;
    qsizetype m_consumed = 0;
};

} // namespace

// `semina-cli diskprep` answered at the terminal, the way the original's disk preparation tool
// is used: no --drive, each drive typed at the prompt, the erase consent typed, Enter to stop
// for now, and the same command run again to continue.
class TestDiskprepTerminal : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;

    [[nodiscard]] QString appData() const { return m_home->filePath(QStringLiteral("data/Semina/Semina")); }
    [[nodiscard]] QString drive(int n) const { return m_fixture->drive(n); }

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment env = Test::cliEnvironment(m_home->path());
        env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        return env;
    }

    void setUpServer()
    {
        for (const QStringList &command : m_fixture->serverSetup()) {
            Terminal terminal(command, environment());
            QVERIFY(terminal.started());
            const int code = terminal.finish();
            QVERIFY2(code == 0, qPrintable(command.join(u' ') + QStringLiteral(": ") + terminal.screen()));
        }
    }

    static int passwordsShown(const QString &screen)
    {
        static const QRegularExpression pattern(QStringLiteral("Recovery password: [0-9-]{55}"));
        int count = 0;
        for (auto match = pattern.globalMatch(screen); match.hasNext(); match.next())
            ++count;
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("diskprep-terminal"));
        m_fixture = std::make_unique<DriveFixture>(appData(), QDir(appData()).filePath(QStringLiteral("jobs")));
    }
    void cleanup()
    {
        m_fixture.reset();
        m_home.reset();
    }

    void threeDrivesAnsweredAtThePrompts()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        setUpServer();
        for (int i = 1; i <= 3; ++i)
            QVERIFY(QDir().mkpath(drive(i)));
        Test::Corpus::writeFile(drive(2) + QStringLiteral("/holiday.jpg"), "not Semina's");
        const QStringList command{QStringLiteral("diskprep"), QStringLiteral("s:") + m_fixture->staging(),
                                  QStringLiteral("--drive-size"),
                                  QString::number(Test::threeDriveLimit(seed, drive(1)))};

        // The first drive typed, then Enter at the next prompt: stopped for now, work kept.
        {
            Terminal terminal(command, environment());
            QVERIFY(terminal.started());
            QVERIFY2(terminal.expect(QStringLiteral("Drive 1 of the job")), qPrintable(terminal.screen()));
            QVERIFY2(terminal.expect(QStringLiteral("press Enter to stop for now")), qPrintable(terminal.screen()));
            terminal.type(drive(1));
            QVERIFY2(terminal.expect(QStringLiteral("Recovery password:")), qPrintable(terminal.screen()));
            QVERIFY2(terminal.expect(QStringLiteral("Drive 2 of the job")), qPrintable(terminal.screen()));
            QVERIFY(terminal.expect(QStringLiteral("press Enter to stop for now")));
            terminal.type({});
            QCOMPARE(terminal.finish(), int(ErrorCode::Cancelled));
            QVERIFY2(terminal.screen().contains(QStringLiteral("run the same command again to continue")),
                     qPrintable(terminal.screen()));
            QCOMPARE(passwordsShown(terminal.screen()), 1);
        }
        // The journal holds the finished drive (the record for the import job comes with the last).
        const auto journal = Drives::DriveJournal::read(Drives::PreparationLayout::journalPath(seed.jobFolder));
        QVERIFY(journal);
        QCOMPARE(journal->drives.size(), 1);
        QVERIFY(journal->drives.first().finished);

        // Run again: drive 2 holds a file Semina did not write; a wrong name keeps it, the
        // drive's name erases it; drive 3 chosen by its path; the import job follows.
        Terminal terminal(command, environment());
        QVERIFY(terminal.started());
        QVERIFY2(terminal.expect(QStringLiteral("Drive 2 of the job")), qPrintable(terminal.screen()));
        QVERIFY(terminal.expect(QStringLiteral("press Enter to stop for now")));
        terminal.type(drive(2));
        QVERIFY2(terminal.expect(QStringLiteral("holiday.jpg")), qPrintable(terminal.screen()));
        QVERIFY2(terminal.expect(QStringLiteral("Type the drive's name (d2) to erase it")),
                 qPrintable(terminal.screen()));
        terminal.type(QStringLiteral("d3"));
        QVERIFY2(terminal.expect(QStringLiteral("press Enter to stop for now")), qPrintable(terminal.screen()));
        QVERIFY(QFile::exists(drive(2) + QStringLiteral("/holiday.jpg")));
        terminal.type(drive(2));
        QVERIFY2(terminal.expect(QStringLiteral("Type the drive's name (d2) to erase it")),
                 qPrintable(terminal.screen()));
        terminal.type(QStringLiteral("d2"));
        QVERIFY2(terminal.expect(QStringLiteral("Recovery password:")), qPrintable(terminal.screen()));
        QVERIFY2(terminal.expect(QStringLiteral("Drive 3 of the job")), qPrintable(terminal.screen()));
        QVERIFY(terminal.expect(QStringLiteral("press Enter to stop for now")));
        terminal.type(drive(3));
        QVERIFY2(terminal.expect(QStringLiteral("Import job \"fileserver-1\" is Creating")),
                 qPrintable(terminal.screen()));
        QCOMPARE(terminal.finish(), 0);
        QCOMPARE(passwordsShown(terminal.screen()), 2);
        QVERIFY(!QFile::exists(drive(2) + QStringLiteral("/holiday.jpg")));
        QCOMPARE(Drives::preparedDrives(seed.jobFolder)->size(), 3);
        QCOMPARE(m_fixture->jobs.find(seed.job)->state, Offline::ImportJobState::Creating);
    }
};

QTEST_GUILESS_MAIN(TestDiskprepTerminal)
#include "tst_diskprepterminal.moc"
