#include "ImportStatusTest.h"
#include "WizardDriver.h"
#include "importjob/Deadlines.h"
#include "importjob/StationReport.h"
#include "models/ImportStatusModel.h"
#include "offline/SeedManifest.h"
#include "wizards/importstatus/ImportStatusPage.h"
#include "wizards/importstatus/ImportStatusWizard.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>

using namespace Semina;
using Page = Ui::ImportStatusWizard::PageId;
using Column = Ui::ImportStatusModel::Column;

// "Import status" as a technician uses it, in the language of the run: the jobs of this computer
// (or of a staging location) from the embedded import service, a job in Shipping with its
// deadline and drives, a change the station makes picked up by Refresh and by the timer, and
// Cancel where the state table allows it and refused with the reason where it does not.
class TestImportStatusWizard : public Test::ImportStatusTest {
    Q_OBJECT

    static constexpr int kTimeoutMs = 60'000;

    // The wizard shown and taken to the status page, its first refresh ended.
    Ui::ImportStatusPage *reachTheStatus(Ui::ImportStatusWizard &wizard, int jobs)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        Test::WizardDriver driver(wizard);
        if (driver.page() != int(Page::Source) || !driver.canGoNext())
            return nullptr;
        driver.next();
        auto *page = qobject_cast<Ui::ImportStatusPage *>(wizard.currentPage());
        if (!page)
            return nullptr;
        if (!QTest::qWaitFor([&] { return !page->runner().isRunning() && page->model()->rowCount() == jobs; },
                             kTimeoutMs))
            return nullptr;
        return page;
    }

    QString cell(Ui::ImportStatusPage *page, const QString &job, int column, int drive = -1) const
    {
        QModelIndex index = page->model()->indexOfJob(job);
        if (drive >= 0)
            index = page->model()->index(drive, 0, index);
        return index.siblingAtColumn(column).data().toString();
    }

    // Chooses the job's row with the mouse, as a person does.
    static void choose(Ui::ImportStatusPage *page, const QString &job)
    {
        auto *view = page->findChild<QTreeView *>(QStringLiteral("importJobs"));
        const QRect rect = view->visualRect(page->model()->indexOfJob(job));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    template <typename T> static T *child(QWidget *page, const char *name)
    {
        return page->findChild<T *>(QString::fromLatin1(name));
    }

    static QMessageBox *confirmation()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("confirmCancel") && widget->isVisible())
                return qobject_cast<QMessageBox *>(widget);
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { setUpServer(QStringLiteral("tst_importstatuswizard")); }
    void cleanup() { tearDownServer(); }

    void aShippingJobShowsItsDeadlineAndDrives()
    {
        makeJob(QStringLiteral("files-2026"), Offline::ImportJobState::Shipping, 3);
        if (QTest::currentTestFailed())
            return;
        Ui::ImportStatusWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QCOMPARE(wizard.currentPage()->title(), expect("Which import jobs", "Quali processi di importazione"));
        QVERIFY(driver.find<QRadioButton>(QStringLiteral("jobsOfThisComputer"))->isChecked());
        QCOMPARE(driver.find<QLabel>(QStringLiteral("localJobsFound"))->text(),
                 expect("This computer has 1 import job.", "Questo computer ha 1 processo di importazione."));
        wizard.close();

        Ui::ImportStatusWizard shown;
        Ui::ImportStatusPage *page = reachTheStatus(shown, 1);
        QVERIFY(page);
        QCOMPARE(page->title(), expect("Import status", "Stato dell'importazione"));
        const QString job = QStringLiteral("files-2026");
        QCOMPARE(cell(page, job, Column::State), expect("Shipping", "Spedizione"));
        QCOMPARE(cell(page, job, Column::Imported), QStringLiteral("0%"));
        QCOMPARE(page->model()->rowCount(page->model()->indexOfJob(job)), 3);
        QCOMPARE(cell(page, job, Column::Name, 1), expect("Drive 2 of 3 (WD-1002)", "Disco 2 di 3 (WD-1002)"));
        QCOMPARE(cell(page, job, Column::State, 1), expect("Specified", "Specificato"));
        QCOMPARE(cell(page, job, Column::Size, 1),
                 expect("%1 of %2", "%1 di %2")
                     .arg(QLocale().formattedDataSize(0), QLocale().formattedDataSize(1'000'000'000'000)));

        const QDateTime due = QDateTime::currentDateTimeUtc().addDays(Offline::kArrivalDays);
        QCOMPARE(child<QLabel>(page, "jobDeadline")->text(),
                 expect("Drives must arrive by %1: 13 days left",
                        "I dischi devono arrivare entro il %1: mancano 13 "
                        "giorni")
                     .arg(day(due)));
        QCOMPARE(cell(page, job, Column::Deadline), expect("13 days left", "mancano 13 giorni"));
        QCOMPARE(child<QLabel>(page, "jobShipping")->text(),
                 expect("Shipped with UPS, tracking number 1Z999AA10123456784, on %1: 3 drives.",
                        "Spedito con UPS, numero di tracciabilità 1Z999AA10123456784, il %1: 3 dischi.")
                     .arg(QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"))));
        QVERIFY(child<QLabel>(page, "jobLogs")->isVisible());
        QVERIFY(!child<QLabel>(page, "statusUpdated")->text().isEmpty());
    }

    void refreshPicksUpTheStationsChanges()
    {
        const QString job = QStringLiteral("files-2026");
        makeJob(job, Offline::ImportJobState::Shipping, 2);
        if (QTest::currentTestFailed())
            return;
        Ui::ImportStatusWizard wizard;
        Ui::ImportStatusPage *page = reachTheStatus(wizard, 1);
        QVERIFY(page);
        QCOMPARE(cell(page, job, Column::State), expect("Shipping", "Spedizione"));

        // The station receives the drives and imports half of the first, behind the wizard's back.
        auto store = embeddedStore();
        Offline::ServiceStorage storage(*store);
        const QString first = QStringLiteral("files-2026-drive-1");
        QVERIFY(Offline::reportJobState(storage, m_subscriptionId, job, Offline::ImportJobState::Received));
        QVERIFY(Offline::reportDriveState(storage, m_subscriptionId, job, first, Offline::DriveState::Received));
        QVERIFY(Offline::reportDriveState(storage, m_subscriptionId, job, first, Offline::DriveState::Transferring));
        QVERIFY(Offline::reportDriveProgress(storage, m_subscriptionId, job, first, 250'000'000'000,
                                             QStringLiteral("/station/logs/files-2026-drive-1.error.log"),
                                             QStringLiteral("/station/logs/files-2026-drive-1.verbose.log")));
        QCOMPARE(cell(page, job, Column::State), expect("Shipping", "Spedizione"));

        QTest::mouseClick(child<QPushButton>(page, "refreshStatus"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, job, Column::State), expect("Received", "Ricevuto"), kTimeoutMs);
        QCOMPARE(cell(page, job, Column::State, 0), expect("Transferring", "Trasferimento"));
        QCOMPARE(cell(page, job, Column::Imported, 0), QStringLiteral("50%"));
        // 250 GB of 1.5 TB in all.
        QCOMPARE(cell(page, job, Column::Imported), QStringLiteral("16%"));
        QVERIFY(child<QLabel>(page, "jobLogs")->text().contains(QStringLiteral("files-2026-drive-1.error.log")));
        QVERIFY(
            child<QLabel>(page, "jobDeadline")->text().startsWith(expect("Expected between", "Fine prevista tra il")));
        // Processing is the station's: no countdown for the technician.
        QVERIFY(cell(page, job, Column::Deadline).isEmpty());
        // Mirrored into this computer's record, as `semina-cli status` does.
        QCOMPARE(Offline::ImportJobStore().find(job)->state, Offline::ImportJobState::Received);

        // The timer asks again on its own.
        QVERIFY(Offline::reportDriveProgress(storage, m_subscriptionId, job, first, 500'000'000'000));
        page->setRefreshInterval(std::chrono::milliseconds(200));
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, job, Column::Imported, 0), QStringLiteral("100%"), kTimeoutMs);
    }

    void cancelWhereAllowedAndRefusedWhereNot()
    {
        makeJob(QStringLiteral("early"), Offline::ImportJobState::Creating, 1);
        makeJob(QStringLiteral("late"), Offline::ImportJobState::Shipping, 1, QStringLiteral("LATE4242"));
        if (QTest::currentTestFailed())
            return;
        auto store = embeddedStore();
        Offline::ServiceStorage storage(*store);
        QVERIFY(Offline::reportJobState(storage, m_subscriptionId, QStringLiteral("late"),
                                        Offline::ImportJobState::Received));
        Ui::ImportStatusWizard wizard;
        Ui::ImportStatusPage *page = reachTheStatus(wizard, 2);
        QVERIFY(page);
        auto *cancel = child<QPushButton>(page, "cancelJob");

        choose(page, QStringLiteral("late"));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(child<QLabel>(page, "cancelRefusal")->text(),
                 expect("The job \"late\" is Received: a job can be canceled only while Creating or Shipping, before "
                        "its drives reach the station.",
                        "Il processo \"late\" è in stato Ricevuto: un processo può essere annullato solo in stato "
                        "Creazione o Spedizione, prima che i suoi dischi arrivino alla stazione."));

        choose(page, QStringLiteral("early"));
        QVERIFY(cancel->isEnabled());
        QVERIFY(child<QLabel>(page, "cancelRefusal")->text().isEmpty());
        // Asked first; "Keep the job" keeps it.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(confirmation());
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmCancelNo")), Qt::LeftButton);
        QTRY_VERIFY(!confirmation());
        QVERIFY(!page->runner().isRunning());
        QCOMPARE(cell(page, QStringLiteral("early"), Column::State), expect("Creating", "Creazione"));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(confirmation());
        QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmCancelYes")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, QStringLiteral("early"), Column::State), expect("Canceled", "Annullato"),
                                  kTimeoutMs);
        QCOMPARE(child<QLabel>(page, "statusNotice")->text(),
                 expect("The import job \"early\" is canceled; its drives stay with you.",
                        "Il processo di importazione \"early\" è annullato; i dischi restano a te."));
        QCOMPARE(Offline::ImportJobStore().find(QStringLiteral("early"))->state, Offline::ImportJobState::Canceled);
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(child<QLabel>(page, "cancelRefusal")->text(),
                 expect("The job \"early\" is canceled already.", "Il processo \"early\" è già annullato."));
        QCOMPARE(cell(page, QStringLiteral("late"), Column::State), expect("Received", "Ricevuto"));
    }

    void aServiceThatCannotBeAskedIsNamed()
    {
        const QString job = QStringLiteral("files-2026");
        makeJob(job, Offline::ImportJobState::Shipping, 1);
        if (QTest::currentTestFailed())
            return;
        // The publish settings file moved away: the service cannot be asked.
        const QString moved = m_publishSettings + QStringLiteral(".moved");
        QVERIFY(QFile::rename(m_publishSettings, moved));
        Ui::ImportStatusWizard wizard;
        Ui::ImportStatusPage *page = reachTheStatus(wizard, 1);
        QVERIFY(page);
        // This computer's record stands in, and the problem is named.
        QCOMPARE(cell(page, job, Column::State), expect("Shipping", "Spedizione"));
        QCOMPARE(page->model()->rowCount(page->model()->indexOfJob(job)), 0);
        auto *problem = child<QLabel>(page, "jobProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QFileInfo(m_publishSettings).fileName()), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(page, "cancelJob")->isEnabled());
        QCOMPARE(child<QLabel>(page, "cancelRefusal")->text(),
                 expect("The import service could not be asked about the job \"files-2026\": cancel it once the "
                        "service answers (Refresh).",
                        "Non è stato possibile interrogare il servizio di importazione sul processo \"files-2026\": "
                        "annullalo quando il servizio risponde (Aggiorna)."));

        // Back in place, Refresh shows the service's record again.
        QVERIFY(QFile::rename(moved, m_publishSettings));
        QTest::mouseClick(child<QPushButton>(page, "refreshStatus"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(page->model()->indexOfJob(job)), 1, kTimeoutMs);
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QPushButton>(page, "cancelJob")->isEnabled());
    }

    void theJobsOfAStagingLocation()
    {
        // The copy computer knows no job: it finds them through the seeds in the staging location.
        const QString job = QStringLiteral("copied");
        makeJob(job, Offline::ImportJobState::Shipping, 2, QStringLiteral("COPY5151"));
        if (QTest::currentTestFailed())
            return;
        Offline::SeedManifest manifest;
        // The seed names the publish settings where the source computer keeps them.
        const QString sourcesFile = m_home->filePath(QStringLiteral("source-computer/local.publishsettings"));
        manifest.form
            = {staging(), sourcesFile, job, m_subscriptionId, QStringLiteral("seminalocal"), QStringLiteral("semina")};
        manifest.vaultId = QStringLiteral("ab").repeated(16);
        manifest.created = QDateTime::currentDateTimeUtc();
        QFile file(QDir(QDir(staging()).filePath(job)).filePath(QLatin1String(Offline::SeedLayout::kManifestFile)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manifest.toJson());
        file.close();

        Ui::ImportStatusWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        auto *fromStaging = driver.find<QRadioButton>(QStringLiteral("jobsOfStaging"));
        // On its round indicator: the button is wider than its text.
        QTest::mouseClick(fromStaging, Qt::LeftButton, {}, QPoint(8, fromStaging->height() / 2));
        QVERIFY(fromStaging->isChecked());
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), m_home->filePath(QStringLiteral("nowhere"))));
        QVERIFY(!driver.canGoNext());
        QCOMPARE(driver.find<QLabel>(QStringLiteral("stagingStatus"))->text(),
                 expect("There is no folder at this path: choose the staging location the seed was written to.",
                        "Non c'è nessuna cartella in questo percorso: scegli il percorso di gestione temporanea in cui "
                        "è stato scritto il seed."));
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), staging()));
        QCOMPARE(driver.find<QLabel>(QStringLiteral("stagingStatus"))->text(),
                 expect("1 import job found: copied. Their seeds name publish settings that are not on this "
                        "computer (%1): choose the publish settings file of their subscription, as the source "
                        "computer has it.",
                        "1 processo di importazione trovato: copied. I loro seed indicano impostazioni di "
                        "pubblicazione che non sono su questo computer (%1): scegli il file delle impostazioni di "
                        "pubblicazione della loro sottoscrizione, come lo ha il computer di origine.")
                     .arg(QDir::toNativeSeparators(sourcesFile)));
        // The file is asked for, and needed.
        QVERIFY(driver.find<QLineEdit>(QStringLiteral("statusPublishSettings"))->isVisible());
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("statusPublishSettings"), m_publishSettings));
        QVERIFY(driver.canGoNext());
        driver.next();
        auto *page = qobject_cast<Ui::ImportStatusPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kTimeoutMs);
        QCOMPARE(cell(page, job, Column::State), expect("Shipping", "Spedizione"));
        QCOMPARE(page->model()->rowCount(page->model()->indexOfJob(job)), 2);
    }
};

QTEST_MAIN(TestImportStatusWizard)
#include "tst_importstatuswizard.moc"
