#include "ImportStatusTest.h"
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "core/Language.h"
#include "importjob/Deadlines.h"
#include "importjob/JobStatus.h"
#include "wizards/preparedrives/ImportJobPage.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWizard>

using namespace Semina;
using namespace Semina::Ui;

// The main window as a person sees it, in the language of the run (SEMINA_TEST_LANG): the six
// workflows, and under each where the jobs that wait on it stand.
class TestMainWindow : public Test::ImportStatusTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_language = Test::testLanguage();
        // Installed before any widget exists, as main() does.
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
    }

    void listsTheSixWorkflowsInOrder()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList ids
            = {QStringLiteral("prepare-server"),   QStringLiteral("initiate-backup"), QStringLiteral("prepare-drives"),
               QStringLiteral("shipping-details"), QStringLiteral("import-status"),   QStringLiteral("finish-restore")};
        int previousY = -1;
        for (const QString &id : ids) {
            auto *button = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-") + id);
            QVERIFY2(button, qPrintable(id));
            QVERIFY(button->isVisible());
            QVERIFY(button->y() > previousY);
            previousY = button->y();
        }
        auto *first = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-prepare-server"));
        QCOMPARE(first->text(), expect("1. Prepare this server", "1. Prepara questo server"));
        auto *second = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-initiate-backup"));
        QCOMPARE(second->text(), expect("2. Initiate offline backup", "2. Avvia il backup offline"));
    }

    void clickingAWorkflowOpensItsWizard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-shipping-details"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QWizard *wizard = window.currentWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->objectName(), QStringLiteral("wizard-shipping-details"));
        QCOMPARE(wizard->windowTitle(), expect("Shipping details", "Dettagli di spedizione"));
        QVERIFY(wizard->currentPage());
        QVERIFY(!wizard->currentPage()->title().isEmpty());

        // Qt's own catalogue translates the standard buttons.
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), expect("Cancel", "Annulla"));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), expect("&Finish", "&Fine"));
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), expect("&Next >", "&Successivo >"));

        // A second click raises the same wizard instead of stacking another.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.currentWizard(), wizard);
        wizard->reject();
    }

    // "Enter the shipping details now" on Prepare drives' last page: when that wizard is gone,
    // Shipping details opens on the job it created.
    void shippingDetailsFollowPrepareDrivesOnTheJobItCreated()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<QWizard> prepare = window.openWorkflow(Workflow::PrepareDrives);
        QVERIFY(prepare);
        auto *importJob = prepare->findChild<ImportJobPage *>();
        QVERIFY(importJob);
        // The page says so when Finish is pressed with "now" chosen (tst_importjobpage); the wizard
        // then closes.
        Q_EMIT importJob->shippingDetailsRequested(QStringLiteral("files-2026"));
        prepare->close();
        QTRY_VERIFY(!prepare);
        QTRY_VERIFY(window.currentWizard());
        auto *shipping = qobject_cast<ShippingDetailsWizard *>(window.currentWizard());
        QVERIFY(shipping);
        QCOMPARE(shipping->preselectedJob(), QStringLiteral("files-2026"));
        shipping->reject();

        // Closed without that choice, nothing else opens.
        QTRY_VERIFY(!window.currentWizard());
        QPointer<QWizard> again = window.openWorkflow(Workflow::PrepareDrives);
        QVERIFY(qobject_cast<PrepareDrivesWizard *>(again.data()));
        again->close();
        QTRY_VERIFY(!again);
        QTest::qWait(50);
        QVERIFY(!window.currentWizard());
    }

    void aPlannedWorkflowSaysWhatItWillDo()
    {
        MainWindow window;
        QWizard *wizard = window.openWorkflow(Workflow::FinishRestore);
        auto *steps = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("plannedSteps"));
        QVERIFY(steps);
        QVERIFY(steps->text().contains(expect("Move the imported data into the vault", "Sposta i dati importati")));
        wizard->reject();
    }

    void showsWhereEachJobStandsUnderItsNextStep_data()
    {
        QTest::addColumn<Offline::ImportJobState>("state");
        QTest::addColumn<QString>("workflow");
        QTest::addColumn<QString>("inEnglish");
        QTest::addColumn<QString>("inItalian");
        QTest::newRow("Seeded") << Offline::ImportJobState::Seeded << QStringLiteral("prepare-drives")
                                << QStringLiteral("files-2026: the first backup is written, ready to be copied onto "
                                                  "drives")
                                << QStringLiteral("files-2026: il primo backup è scritto, pronto per essere copiato "
                                                  "sui dischi");
        QTest::newRow("DrivesPrepared") << Offline::ImportJobState::DrivesPrepared << QStringLiteral("prepare-drives")
                                        << QStringLiteral("files-2026: 3 drives prepared, the import job not created "
                                                          "yet")
                                        << QStringLiteral("files-2026: 3 dischi preparati, il processo di importazione "
                                                          "non è ancora creato");
        QTest::newRow("Creating") << Offline::ImportJobState::Creating << QStringLiteral("shipping-details")
                                  << QStringLiteral("files-2026: 3 drives prepared, waiting for shipping details; 13 "
                                                    "days left")
                                  << QStringLiteral("files-2026: 3 dischi preparati, in attesa dei dettagli di "
                                                    "spedizione; mancano 13 giorni");
        QTest::newRow("Shipping") << Offline::ImportJobState::Shipping << QStringLiteral("import-status")
                                  << QStringLiteral("files-2026: 3 drives on their way. Drives must arrive by %1: 13 "
                                                    "days left")
                                  << QStringLiteral("files-2026: 3 dischi in viaggio. I dischi devono arrivare entro "
                                                    "il %1: mancano 13 giorni");
    }

    void showsWhereEachJobStandsUnderItsNextStep()
    {
        QFETCH(Offline::ImportJobState, state);
        QFETCH(QString, workflow);
        QFETCH(QString, inEnglish);
        QFETCH(QString, inItalian);
        setUpServer(QStringLiteral("tst_mainwindow"));
        makeJob(QStringLiteral("files-2026"), state, 3);
        if (QTest::currentTestFailed())
            return;
        const QString due = day(QDateTime::currentDateTimeUtc().addDays(Offline::kArrivalDays));
        QString expected = english() ? inEnglish : inItalian;
        if (expected.contains(QLatin1String("%1")))
            expected = expected.arg(due);

        MainWindow window;
        QSignalSpy refreshed(&window, &MainWindow::standingsRefreshed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 60'000);
        auto *line = window.findChild<QLabel *>(QStringLiteral("standing-") + workflow);
        QVERIFY(line);
        QCOMPARE(line->text(), expected);
        QVERIFY(line->isVisible());
        // Nothing under the other workflows.
        for (const Workflow other : allWorkflows()) {
            if (workflowId(other) != workflow)
                QVERIFY2(window.standingText(other).isEmpty(), qPrintable(workflowId(other)));
        }
        tearDownServer();
    }

    void aJobCreatedAtTheCopyComputerStandsAsTheServiceHasIt()
    {
        setUpServer(QStringLiteral("tst_mainwindow"));
        makeJob(QStringLiteral("files-2026"), Offline::ImportJobState::Shipping, 3,
                QStringLiteral("1Z999AA10123456784"), true);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(Offline::ImportJobStore().find(QStringLiteral("files-2026"))->state,
                 Offline::ImportJobState::DrivesPrepared);
        MainWindow window;
        QSignalSpy refreshed(&window, &MainWindow::standingsRefreshed);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 60'000);
        QVERIFY(window.standingText(Workflow::PrepareDrives).isEmpty());
        QCOMPARE(window.standingText(Workflow::ImportStatus),
                 expect("files-2026: 3 drives on their way. Drives must arrive by %1: 13 days left",
                        "files-2026: 3 dischi in viaggio. I dischi devono arrivare entro il %1: mancano 13 giorni")
                     .arg(day(QDateTime::currentDateTimeUtc().addDays(Offline::kArrivalDays))));
        // And this computer's record follows.
        QCOMPARE(Offline::ImportJobStore().find(QStringLiteral("files-2026"))->state,
                 Offline::ImportJobState::Shipping);
        tearDownServer();
    }

    void theLinesFollowAWizardThatCloses()
    {
        setUpServer(QStringLiteral("tst_mainwindow"));
        makeJob(QStringLiteral("files-2026"), Offline::ImportJobState::Creating, 2);
        if (QTest::currentTestFailed())
            return;
        MainWindow window;
        QSignalSpy refreshed(&window, &MainWindow::standingsRefreshed);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 60'000);
        QVERIFY(!window.standingText(Workflow::ShippingDetails).isEmpty());
        QVERIFY(window.standingText(Workflow::ImportStatus).isEmpty());

        // Canceled behind the window's back: the line moves once a wizard closes.
        Offline::ImportJobStore localJobs;
        QVERIFY(Offline::cancelImportJob(target(QStringLiteral("files-2026")), m_secrets, localJobs));
        QWizard *wizard = window.openWorkflow(Workflow::ImportStatus);
        refreshed.clear();
        wizard->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 60'000);
        QVERIFY(window.standingText(Workflow::ShippingDetails).isEmpty());
        QCOMPARE(
            window.standingText(Workflow::ImportStatus),
            expect("files-2026: canceled; its drives stay with you", "files-2026: annullato; i dischi restano a te"));
        tearDownServer();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
