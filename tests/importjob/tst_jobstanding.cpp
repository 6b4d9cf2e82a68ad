#include "core/Language.h"
#include "importjob/Deadlines.h"
#include "importjob/JobStanding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace Semina;
using Offline::DriveState;
using Offline::ImportJobState;
using Offline::NextStep;

// Where a job stands, in the line the main window shows under the workflow of its next step:
// each state of the job's life, with the drives, the deadline counted down and a service that
// did not answer; and which jobs may still be canceled.
class TestJobStanding : public QObject {
    Q_OBJECT

    // 5 December 2026, 12:00 UTC: every deadline below is counted from here.
    const QDateTime m_now{QDate(2026, 12, 5), QTime(12, 0), Qt::UTC};

    // "files-2026" as the service has it: `state` entered `daysAgo` days before m_now, three
    // drives of which the first `done` are imported.
    Offline::JobStatus inService(ImportJobState state, int daysAgo, int done = 0) const
    {
        Offline::ServiceJob job;
        job.request.name = QStringLiteral("files-2026");
        job.state = state;
        job.stateChanged = m_now.addDays(-daysAgo);
        if (state >= ImportJobState::Received)
            job.received = job.stateChanged;
        for (int i = 1; i <= 3; ++i) {
            Offline::ServiceDrive drive;
            drive.driveId = QStringLiteral("d%1").arg(i);
            drive.sequence = i;
            drive.count = 3;
            drive.bytes = 1000;
            drive.state = i <= done ? DriveState::Completed : DriveState::Specified;
            job.request.drives.append(drive);
        }
        return {{job.request.name, QStringLiteral("/x.publishsettings"), {}}, std::nullopt, job, std::nullopt};
    }

    Offline::JobStatus onThisComputer(ImportJobState state, int daysAgo = 0) const
    {
        Offline::ImportJob job;
        job.name = QStringLiteral("files-2026");
        job.state = state;
        job.updated = m_now.addDays(-daysAgo);
        return {{job.name, {}, {}}, job, std::nullopt, std::nullopt};
    }

    static QString day(const QDateTime &moment)
    {
        return QLocale().toString(moment.toLocalTime().date(), QStringLiteral("d MMMM"));
    }

private Q_SLOTS:
    // English with its plural forms (semina_en.ts), as the programs install it.
    void initTestCase() { QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("en")).has_value()); }

    void eachStateStandsUnderItsNextStep_data()
    {
        QTest::addColumn<Offline::JobStatus>("status");
        QTest::addColumn<int>("prepared");
        QTest::addColumn<NextStep>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("Seeding") << onThisComputer(ImportJobState::Seeding) << 0 << NextStep::InitiateBackup
                                 << QStringLiteral(
                                        "files-2026: the first backup is not written completely yet; continue it here");
        QTest::newRow("Seeded") << onThisComputer(ImportJobState::Seeded) << 0 << NextStep::PrepareDrives
                                << QStringLiteral(
                                       "files-2026: the first backup is written, ready to be copied onto drives");
        QTest::newRow("DrivesPrepared, one")
            << onThisComputer(ImportJobState::DrivesPrepared) << 1 << NextStep::PrepareDrives
            << QStringLiteral("files-2026: 1 drive prepared, the import job not created yet");
        QTest::newRow("Creating, 5 days in")
            << inService(ImportJobState::Creating, 5) << 0 << NextStep::ShippingDetails
            << QStringLiteral("files-2026: 3 drives prepared, waiting for shipping details; 9 days left");
        QTest::newRow("Creating, overdue")
            << inService(ImportJobState::Creating, 16) << 0 << NextStep::ShippingDetails
            << QStringLiteral("files-2026: 3 drives prepared, waiting for shipping details; overdue by 2 "
                              "days");
        QTest::newRow("Shipping") << inService(ImportJobState::Shipping, 5) << 0 << NextStep::ImportStatus
                                  << QStringLiteral(
                                         "files-2026: 3 drives on their way. Drives must arrive by %1: 9 days left")
                                         .arg(day(m_now.addDays(9)));
        QTest::newRow("Transferring") << inService(ImportJobState::Transferring, 2, 1) << 0 << NextStep::ImportStatus
                                      << QStringLiteral(
                                             "files-2026: Transferring at the station, 1 of 3 drives done. Expected "
                                             "between %1 and %2")
                                             .arg(day(m_now.addDays(5)), day(m_now.addDays(8)));
        QTest::newRow("Completed") << inService(ImportJobState::Completed, 1, 3) << 0 << NextStep::FinishRestore
                                   << QStringLiteral(
                                          "files-2026: imported; the next backup moves the data into the vault");
        QTest::newRow("Closed") << inService(ImportJobState::Closed, 1) << 0 << NextStep::ImportStatus
                                << QStringLiteral("files-2026: closed with errors; the drives' logs say why");
        QTest::newRow("Canceled") << inService(ImportJobState::Canceled, 1) << 0 << NextStep::ImportStatus
                                  << QStringLiteral("files-2026: canceled; its drives stay with you");
        // The service did not answer: the local record's state and its time stand in.
        Offline::JobStatus unreachable = onThisComputer(ImportJobState::Creating, 4);
        unreachable.problem = Error{ErrorCode::Network, QStringLiteral("The service is unreachable.")};
        QTest::newRow("Creating, service unreachable")
            << unreachable << 2 << NextStep::ShippingDetails
            << QStringLiteral("files-2026: 2 drives prepared, waiting for shipping details; 10 days left (the import "
                              "service did not answer: The service is unreachable.)");
    }

    void eachStateStandsUnderItsNextStep()
    {
        QFETCH(Offline::JobStatus, status);
        QFETCH(int, prepared);
        QFETCH(NextStep, step);
        QFETCH(QString, text);
        const Offline::JobStanding standing = Offline::standingOf(status, prepared, m_now);
        QCOMPARE(standing.job, QStringLiteral("files-2026"));
        QCOMPARE(standing.state, status.state());
        QCOMPARE(standing.step, step);
        QCOMPARE(standing.text, text);
    }

    void cancelOnlyWhileTheDrivesAreNotAtTheStation_data()
    {
        QTest::addColumn<Offline::JobStatus>("status");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("Creating") << inService(ImportJobState::Creating, 1) << QString();
        QTest::newRow("Shipping") << inService(ImportJobState::Shipping, 1) << QString();
        QTest::newRow("Received") << inService(ImportJobState::Received, 1)
                                  << QStringLiteral("The job \"files-2026\" is Received: a job can be canceled only "
                                                    "while Creating or Shipping, before its drives reach the station.");
        QTest::newRow("Canceled") << inService(ImportJobState::Canceled, 1)
                                  << QStringLiteral("The job \"files-2026\" is canceled already.");
        Offline::JobStatus unreachable = onThisComputer(ImportJobState::Shipping);
        unreachable.problem = Error{ErrorCode::Network, QStringLiteral("The service is unreachable.")};
        QTest::newRow("service unreachable") << unreachable
                                             << QStringLiteral("The import service could not be asked about the job "
                                                               "\"files-2026\": cancel it once the service answers "
                                                               "(Refresh).");
        QTest::newRow("not in the service") << onThisComputer(ImportJobState::DrivesPrepared)
                                            << QStringLiteral("The job \"files-2026\" is not in the import service, "
                                                              "so there is nothing to cancel there.");
    }

    void cancelOnlyWhileTheDrivesAreNotAtTheStation()
    {
        QFETCH(Offline::JobStatus, status);
        QFETCH(QString, refusal);
        QCOMPARE(Offline::cancelRefusal(status), refusal);
    }

    void theHeadlineWritesTheYearOnlyWhenItDiffers()
    {
        Offline::ServiceJob job = *inService(ImportJobState::Shipping, 0).service;
        job.stateChanged = QDateTime(QDate(2026, 12, 28), QTime(12, 0), Qt::UTC);
        const QString headline = Offline::deadlineHeadline(Offline::deadlineFor(job), m_now);
        QCOMPARE(headline,
                 QStringLiteral("Drives must arrive by %1: 37 days left")
                     .arg(QLocale().toString(QDate(2027, 1, 11), QStringLiteral("d MMMM yyyy"))));
    }
};

QTEST_GUILESS_MAIN(TestJobStanding)
#include "tst_jobstanding.moc"
