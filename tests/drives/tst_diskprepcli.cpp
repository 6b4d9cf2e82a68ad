#include "CliProcess.h"
#include "DriveChecks.h"

#include "drives/DriveLayout.h"
#include "drives/PreparedDrives.h"
#include "drives/SpanPlan.h"

#include <QDate>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Semina;
using Semina::Test::DriveFixture;

// `semina-cli diskprep` and `drive verify` as a technician runs them: the seed's staging location
// found without re-typing, a plan, three drives with their recovery passwords, too few drives and
// a rerun, a drive holding foreign files, and unlocking with good, wrong and mistyped passwords.
// semina-cli runs as a real process with its own data folder; the keychain is the real one.
class TestDiskprepCli : public QObject {
    Q_OBJECT

    using Run = Test::CliRun;

    std::unique_ptr<Test::TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;

    [[nodiscard]] QString appData() const { return m_home->filePath(QStringLiteral("data/Semina/Semina")); }

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return Test::runCli(QStringLiteral(SEMINA_CLI_PATH), arguments, Test::cliEnvironment(m_home->path()), input);
    }

    [[nodiscard]] QString staging() const { return m_fixture->staging(); }
    [[nodiscard]] QString drive(int n) const { return m_fixture->drive(n); }

    void setUpServer()
    {
        for (const QStringList &command : m_fixture->serverSetup()) {
            const Run run = cli(command);
            QVERIFY2(run.exitCode == 0, qPrintable(QString(command.join(u' ') + QStringLiteral(": ") + run.err)));
        }
    }

    static QStringList recoveryPasswords(const QString &out)
    {
        QStringList passwords;
        static const QRegularExpression pattern(QStringLiteral("Recovery password: ([0-9-]{55})"));
        for (auto match = pattern.globalMatch(out); match.hasNext();)
            passwords << match.next().captured(1);
        return passwords;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("diskprep-cli"));
        // The seed server's identity and jobs where semina-cli looks for them.
        m_fixture = std::make_unique<DriveFixture>(appData(), QDir(appData()).filePath(QStringLiteral("jobs")));
    }
    void cleanup()
    {
        m_fixture.reset();
        m_home.reset();
    }

    void badInputIsNamedWithItsExitCode()
    {
        const Run noStaging = cli({QStringLiteral("diskprep")});
        QCOMPARE(noStaging.exitCode, int(ErrorCode::Usage));
        QVERIFY2(noStaging.err.contains(QStringLiteral("s:<staging>")), qPrintable(noStaging.err));
        m_fixture->seed();
        const Run empty
            = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + m_home->filePath(QStringLiteral("empty"))});
        QCOMPARE(empty.exitCode, int(ErrorCode::NotFound));
        const Run planWithoutSize = cli({QStringLiteral("diskprep"), QStringLiteral("prepare"),
                                         QStringLiteral("--staging"), staging(), QStringLiteral("--plan")});
        QCOMPARE(planWithoutSize.exitCode, int(ErrorCode::Usage));
        const Run badSize = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(), QStringLiteral("--plan"),
                                 QStringLiteral("--drive-size"), QStringLiteral("huge")});
        QCOMPARE(badSize.exitCode, int(ErrorCode::InvalidInput));
        const Run noDrive = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging()});
        QCOMPARE(noDrive.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(noDrive.err.contains(QStringLiteral("--drive")), qPrintable(noDrive.err));
        const Run missingDrive = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(),
                                      QStringLiteral("--drive"), m_home->filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missingDrive.exitCode, int(ErrorCode::NotFound));
        const Run inside = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(), QStringLiteral("--drive"),
                                m_fixture->jobFolder() + QStringLiteral("/vault")});
        QCOMPARE(inside.exitCode, int(ErrorCode::InvalidInput));
    }

    void aPlanShowsTheDrivesNeeded()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        // The plan assumes exFAT's 128 KiB clusters; with this much room every object fits.
        const Run plan = cli({QStringLiteral("diskprep"), QStringLiteral("prepare"), QStringLiteral("--staging"),
                              staging(), QStringLiteral("--plan"), QStringLiteral("--drive-size"), QStringLiteral("1G"),
                              QStringLiteral("--json")});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(QStringLiteral("\"sequence\": 1")), qPrintable(plan.out));
        QVERIFY(!plan.out.contains(QStringLiteral("\"sequence\": 2")));
        // Drives as the plan sees them (exFAT's 128 KiB clusters), with room for 40% of the seed.
        Drives::DriveCapacity exfat{0, 128 * 1024};
        qint64 footprint = 0;
        for (const Offline::SeedObject &object : seed.seed.manifest.objects)
            footprint += exfat.footprint(object.size);
        const qint64 driveSize = exfat.reserve(seed.seed.manifest.objects.size()) + footprint * 4 / 10;
        const Run text = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(), QStringLiteral("--plan"),
                              QStringLiteral("--drive-size"), QString::number(driveSize)});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("drive 1: objects 1 to")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("drive 3: objects")), qPrintable(text.out));
        const Run tooSmall = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(),
                                  QStringLiteral("--plan"), QStringLiteral("--drive-size"), QStringLiteral("10M")});
        QCOMPARE(tooSmall.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(tooSmall.err.contains(QStringLiteral("use larger drives")), qPrintable(tooSmall.err));
        // Nothing was touched.
        QVERIFY(!QFileInfo::exists(Drives::PreparationLayout::folder(seed.jobFolder)));
    }

    void threeDrivesArePreparedAndVerified()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        setUpServer();
        const QString limit = QString::number(Test::threeDriveLimit(seed, drive(1)));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(QDir().mkpath(drive(i)));
        // Too few drives: the work done is kept, and the message says what to do.
        const Run short_ = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + staging(), QStringLiteral("--drive"),
                                drive(1), QStringLiteral("--drive-size"), limit});
        QCOMPARE(short_.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(short_.err.contains(QStringLiteral("More drives are needed")), qPrintable(short_.err));
        QCOMPARE(recoveryPasswords(short_.out).size(), 1);

        const Run run = cli({QStringLiteral("diskprep"), QStringLiteral("prepare"), QStringLiteral("--staging"),
                             staging(), QStringLiteral("--drive"), drive(1), QStringLiteral("--drive"), drive(2),
                             QStringLiteral("--drive"), drive(3), QStringLiteral("--drive-size"), limit});
        // Exit 1: drive 1, already finished, was offered again and skipped (a warning).
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("already finished")), qPrintable(run.err));
        const QStringList passwords = recoveryPasswords(run.out);
        QCOMPARE(passwords.size(), 2);
        QVERIFY2(run.out.contains(QStringLiteral("drive 3 of 3")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("shown only once")));
        QVERIFY(run.out.contains(QStringLiteral("prepared-drives.json")));
        // The import job is created after the last drive, and the ship-to address printed.
        QVERIFY2(run.out.contains(QStringLiteral("Import job \"fileserver-1\" is Creating")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("DHL")), qPrintable(run.out));
        QCOMPARE(m_fixture->jobs.find(seed.job)->state, Offline::ImportJobState::Creating);

        const Run verified
            = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"), drive(2)});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("Drive 2 of 3")), qPrintable(verified.out));
        QVERIFY(verified.out.contains(QStringLiteral("signature matches")));

        // The recovery password on standard input unlocks drive 3 without the keychain's key.
        const Run unlocked = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"),
                                  drive(3), QStringLiteral("--recovery-password")},
                                 passwords.at(1).toLatin1() + '\n');
        QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
        const Run wrong = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"), drive(2),
                               QStringLiteral("--recovery-password")},
                              passwords.at(1).toLatin1() + '\n');
        QCOMPARE(wrong.exitCode, int(ErrorCode::AccessDenied));
        QByteArray mistyped = passwords.at(0).toLatin1();
        mistyped[7 * 2 + 3] = char('0' + (mistyped[7 * 2 + 3] - '0' + 5) % 10); // group 3, its second digit
        const Run typo = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"), drive(2),
                              QStringLiteral("--recovery-password")},
                             mistyped + '\n');
        QCOMPARE(typo.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(typo.err.contains(QStringLiteral("Group 3 of the recovery password is mistyped")),
                 qPrintable(typo.err));

        // A damaged byte on a drive: exit 6.
        QDirIterator files(drive(1) + QStringLiteral("/semina/objects"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        QFile object(files.next());
        QVERIFY(object.open(QIODevice::ReadWrite));
        QVERIFY(object.seek(100));
        QCOMPARE(object.write("x"), 1);
        object.close();
        const Run damaged
            = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"), drive(1)});
        QCOMPARE(damaged.exitCode, int(ErrorCode::Corruption));
    }

    // The end of the original's diskprep: the job created (or, when that fails, the drives kept
    // and the retry named), then the shipping details with its u: syntax.
    void theImportJobFollowsTheLastDriveThenTheShippingDetails()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        const QList<QStringList> server = m_fixture->serverSetup();
        const Run settings = cli(server.at(0)); // publish settings, but the storage account not added yet
        QVERIFY2(settings.exitCode == 0, qPrintable(settings.err));
        const QString limit = QString::number(Test::threeDriveLimit(seed, drive(1)));
        QStringList prepare{QStringLiteral("diskprep"), QStringLiteral("s:") + staging()};
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(QDir().mkpath(drive(i)));
            prepare << QStringLiteral("--drive") << drive(i);
        }
        const Run unregistered = cli(prepare + QStringList{QStringLiteral("--drive-size"), limit});
        QCOMPARE(unregistered.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(unregistered.err.contains(QStringLiteral("importjob create --job fileserver-1")),
                 qPrintable(unregistered.err));
        QCOMPARE(recoveryPasswords(unregistered.out).size(), 3);
        QCOMPARE(m_fixture->jobs.find(seed.job)->state, Offline::ImportJobState::DrivesPrepared);

        const Run added = cli(server.at(1));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run created = cli({QStringLiteral("importjob"), QStringLiteral("create"), QStringLiteral("--job"),
                                 seed.job, QStringLiteral("--staging"), staging()});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("is Creating")), qPrintable(created.out));
        QVERIFY(created.out.contains(QStringLiteral("Next: ship the drives")));

        const Run shipped = cli({QStringLiteral("diskprep"),
                                 QStringLiteral("u:"),
                                 QStringLiteral("s:") + staging(),
                                 QStringLiteral("p:") + server.at(0).last(),
                                 QStringLiteral("--carrier"),
                                 QStringLiteral("DHL"),
                                 QStringLiteral("--tracking-number"),
                                 QStringLiteral("JD014600006281234567"),
                                 QStringLiteral("--drive-count"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--ship-date"),
                                 QDate::currentDate().toString(Qt::ISODate),
                                 QStringLiteral("--recipient"),
                                 QStringLiteral("Contoso Backup Desk"),
                                 QStringLiteral("--street1"),
                                 QStringLiteral("Corso Italia 5"),
                                 QStringLiteral("--city"),
                                 QStringLiteral("Torino"),
                                 QStringLiteral("--postal-code"),
                                 QStringLiteral("10121"),
                                 QStringLiteral("--country"),
                                 QStringLiteral("Italia"),
                                 QStringLiteral("--phone"),
                                 QStringLiteral("+39 011 555 0101"),
                                 QStringLiteral("--email"),
                                 QStringLiteral("desk@contoso.example"),
                                 QStringLiteral("--return-carrier"),
                                 QStringLiteral("DHL"),
                                 QStringLiteral("--return-account"),
                                 QStringLiteral("ACC-778899"),
                                 QStringLiteral("--yes")});
        QVERIFY2(shipped.exitCode == 0, qPrintable(shipped.err + shipped.out));
        QCOMPARE(m_fixture->jobs.find(seed.job)->state, Offline::ImportJobState::Shipping);
    }

    void aDriveWithForeignFilesNeedsItsNameTyped()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        Test::Corpus::writeFile(drive(1) + QStringLiteral("/tax-2025.pdf"), "keep me");
        const QStringList run{QStringLiteral("diskprep"), QStringLiteral("s:") + staging(), QStringLiteral("--drive"),
                              drive(1)};
        const Run refused = cli(run);
        QCOMPARE(refused.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(refused.err.contains(QStringLiteral("tax-2025.pdf")), qPrintable(refused.err));
        QVERIFY(QFile::exists(drive(1) + QStringLiteral("/tax-2025.pdf")));
        const Run confirmed = cli(
            run + QStringList{QStringLiteral("--confirm-format"), QStringLiteral("d1"), QStringLiteral("--json")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        QVERIFY2(confirmed.out.contains(QStringLiteral("\"recoveryPassword\"")), qPrintable(confirmed.out));
        QVERIFY(!QFile::exists(drive(1) + QStringLiteral("/tax-2025.pdf")));
        QCOMPARE(Drives::preparedDrives(seed.jobFolder)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiskprepCli)
#include "tst_diskprepcli.moc"
