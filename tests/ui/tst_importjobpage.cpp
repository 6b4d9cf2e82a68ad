#include "PreparedDrivesTest.h"
#include "WizardDriver.h"
#include "importjob/ImportJob.h"
#include "wizards/preparedrives/ImportJobPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace Semina;

// The "Import job" page of "Prepare drives" against the embedded import service, on drives the
// engine really prepared: the job created as `semina-cli importjob create` creates it (Creating,
// the ship-to address and carriers, the deadline), the papers saved as PDF and printed, a
// missing storage account shown with "Try again" (the drives stay prepared) and then fixed, and
// the choice to enter the shipping details now (the signal the wizard opens them on) or later.
// In the test's language (SEMINA_TEST_LANG).
class TestImportJobPage : public Test::PreparedDrivesTest {
    Q_OBJECT

    using Host = PageHost<Ui::ImportJobPage>;

    // The job created: the page shows it and Finish is offered.
    void waitForTheJob(Host &host)
    {
        Test::WizardDriver driver(host.wizard);
        QTRY_VERIFY_WITH_TIMEOUT(host.page->isComplete(), kJobTimeoutMs);
        QVERIFY(driver.button(QWizard::FinishButton)->isVisible());
        QVERIFY(driver.button(QWizard::FinishButton)->isEnabled());
    }

private Q_SLOTS:
    void init() { setUpHome(QStringLiteral("importjobpage")); }
    void cleanup() { tearDown(); }

    void theJobIsCreatedWithWhereToShipTheDrives()
    {
        prepareSeedDrives(2);
        issuePublishSettings();
        addStorageAccount();
        Host host(m_session, false);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        QCOMPARE(host.page->title(), expect("Import job", "Processo di importazione"));
        waitForTheJob(host);
        if (QTest::currentTestFailed())
            return;

        const QString state = driver.find<QLabel>(QStringLiteral("importJobState"))->text();
        QVERIFY2(state.contains(m_session.job), qPrintable(state));
        QVERIFY2(state.contains(Offline::stateLabel(Offline::ImportJobState::Creating)), qPrintable(state));
        QVERIFY(state.contains(expect("Creating", "Creazione")));
        QCOMPARE(m_fixture->jobs.find(m_session.job)->state, Offline::ImportJobState::Creating);

        // The embedded service's ship-to address and its carriers.
        auto store = Store::openFolderStore(Offline::embeddedServiceFolder());
        QVERIFY(store.has_value());
        Offline::ServiceStorage storage(**store);
        const auto description = storage.readDescription();
        QVERIFY(description.has_value());
        const QString shipTo = driver.find<QLabel>(QStringLiteral("shipToAddress"))->text();
        for (const QString &line : description->shipTo.lines())
            QVERIFY2(shipTo.contains(line), qPrintable(shipTo));
        for (const QString &carrier : description->carriers)
            QVERIFY2(shipTo.contains(carrier), qPrintable(shipTo));
        QVERIFY(shipTo.contains(expect("Ship the drives to:", "Spedisci i dischi a:")));
        const QString deadline = driver.find<QLabel>(QStringLiteral("importJobDeadline"))->text();
        QVERIFY2(deadline.contains(expect("14 days", "14 giorni")) || deadline.contains(expect("13 days", "13 giorni")),
                 qPrintable(deadline));
        QVERIFY2(deadline.contains(expect("must arrive within 14 days", "devono arrivare entro 14 giorni")),
                 qPrintable(deadline));

        // The papers saved as PDF into a chosen folder: the packing list and the labels.
        const QString folder = m_home->filePath(QStringLiteral("papers"));
        QVERIFY(QDir().mkpath(folder));
        auto *savePdf = driver.find<QPushButton>(QStringLiteral("savePapersPdf"));
        QTest::mouseClick(savePdf, Qt::LeftButton);
        auto *dialog = waitForChild<QFileDialog>(host.wizard, QStringLiteral("papersFolderDialog"));
        QVERIFY(dialog);
        dialog->setDirectory(folder);
        QCOMPARE(dialog->selectedFiles(), QStringList{folder});
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, what its Choose button calls
        const QString packingList = QDir(folder).filePath(m_session.job + QStringLiteral("-packing-list.pdf"));
        const QString labels = QDir(folder).filePath(m_session.job + QStringLiteral("-drive-labels.pdf"));
        QTRY_VERIFY(QFileInfo(packingList).size() > 0);
        QVERIFY(QFileInfo(labels).size() > 0);
        const QString list = pdfText(packingList);
        QVERIFY2(list.contains(m_session.job), qPrintable(list));
        QVERIFY(list.contains(m_session.prepared.at(1).driveId));
        QVERIFY(driver.find<QLabel>(QStringLiteral("papersStatus"))->text().contains(QDir::toNativeSeparators(labels)));
    }

    void thePapersArePrinted()
    {
        prepareSeedDrives(2);
        issuePublishSettings();
        addStorageAccount();
        Host host(m_session, false);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        waitForTheJob(host);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("printPapers")), Qt::LeftButton);
        auto *dialog = waitForChild<QPrintDialog>(host.wizard, QStringLiteral("papersPrintDialog"));
        QVERIFY(dialog);
        auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers"));
        QVERIFY(printers);
        printers->setCurrentIndex(printers->count() - 1); // "Print to File (PDF)"
        const QString pdf = m_home->filePath(QStringLiteral("printed.pdf"));
        dialog->findChild<QLineEdit *>(QStringLiteral("filename"))->setText(pdf);
        dialog->accept();
        QTRY_VERIFY(QFileInfo(pdf).size() > 0);
        // The packing list, then one label per drive.
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(expect("PACKING LIST", "DISTINTA")), qPrintable(text));
        QVERIFY(text.contains(expect("DRIVE 2 OF 2", "DISCO 2 DI 2")));
        QCOMPARE(text.count(u'\f'), 3);
    }

    void withoutTheStorageAccountTheDrivesStayPreparedUntilTryAgain()
    {
        prepareSeedDrives(2);
        issuePublishSettings();
        Host host(m_session, false);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        auto *error = waitForChild<QMessageBox>(host.wizard, QStringLiteral("errorDialog"));
        QVERIFY(error);
        const QString account = m_fixture->request({}).form.storageAccount;
        QVERIFY2(error->text().contains(account), qPrintable(error->text()));
        QVERIFY(!error->detailedText().isEmpty());
        error->accept();
        auto *retry = driver.find<QPushButton>(QStringLiteral("jobRetry"));
        QVERIFY(retry->isVisible());
        QVERIFY(!host.page->isComplete());
        QVERIFY(!driver.button(QWizard::FinishButton)->isEnabled());
        // Nothing of the preparation was undone.
        const auto prepared = Drives::preparedDrives(m_session.jobFolder);
        QVERIFY(prepared.has_value());
        QCOMPARE(prepared->size(), 2);
        QCOMPARE(m_fixture->jobs.find(m_session.job)->state, Offline::ImportJobState::DrivesPrepared);

        addStorageAccount();
        QTest::mouseClick(retry, Qt::LeftButton);
        waitForTheJob(host);
        QCOMPARE(m_fixture->jobs.find(m_session.job)->state, Offline::ImportJobState::Creating);
    }

    void finishWithNowAsksForTheShippingDetails_data()
    {
        QTest::addColumn<bool>("now");
        QTest::newRow("now") << true;
        QTest::newRow("later") << false;
    }
    void finishWithNowAsksForTheShippingDetails()
    {
        QFETCH(bool, now);
        prepareSeedDrives(1);
        issuePublishSettings();
        addStorageAccount();
        Host host(m_session, false);
        QSignalSpy requested(host.page, &Ui::ImportJobPage::shippingDetailsRequested);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        waitForTheJob(host);
        if (QTest::currentTestFailed())
            return;
        auto *nowButton = driver.find<QRadioButton>(QStringLiteral("shippingDetailsNow"));
        auto *later = driver.find<QRadioButton>(QStringLiteral("shippingDetailsLater"));
        QVERIFY(nowButton->isChecked());
        auto *hint = driver.find<QLabel>(QStringLiteral("shippingDetailsLaterHint"));
        QVERIFY(!hint->isVisible());
        if (!now) {
            QTest::mouseClick(later, Qt::LeftButton);
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(expect("Shipping details", "Dettagli di spedizione")),
                     qPrintable(hint->text()));
        }
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(host.wizard.result(), int(QDialog::Accepted));
        if (now) {
            QCOMPARE(requested.size(), 1);
            QCOMPARE(requested.at(0).at(0).toString(), m_session.job);
        } else {
            QCOMPARE(requested.size(), 0);
        }
    }
};

QTEST_MAIN(TestImportJobPage)
#include "tst_importjobpage.moc"
