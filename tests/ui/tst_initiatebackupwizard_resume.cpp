#include "InitiateWizardTest.h"

#include "widgets/JobProgressPanel.h"
#include "wizards/JobPage.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace Semina;
using namespace Semina::Ui;

// "Initiate offline backup" interrupted and continued: Cancel during the seed asks first and
// leaves the job to continue; a new wizard offers "Continue job X" with the form filled; a wrong
// passphrase says so; the run that completes the seed shows the recovery key; after it, no
// "Commit", no time left, the bar at rest. And the form: a relative staging path is refused under
// its field, and messages do not push the fields down.
class TestInitiateBackupWizardResume : public Test::InitiateWizardTest {
    Q_OBJECT

    QString m_bigSources;

    // To the Back up page with `passphrase`, the form filled or continued.
    void reachTheBackUpPage(InitiateBackupWizard &wizard, const QString &job, const QString &passphrase, bool continued)
    {
        reachTheForm(wizard, m_bigSources);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        if (continued) {
            auto *button = driver.find<QPushButton>(QStringLiteral("continueJob-") + job);
            QVERIFY(button && button->isVisible());
            QCOMPARE(button->text(), expect("Continue job %1", "Continua il processo %1").arg(job));
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("importJobName"))->text(), job);
        } else {
            fillTheForm(driver, validForm(job));
        }
        QVERIFY(driver.canGoNext());
        driver.next();
        QCOMPARE(driver.page(), int(Page::VaultKey));
        QVERIFY(driver.type(QStringLiteral("vaultPassphrase"), passphrase));
        QVERIFY(driver.type(QStringLiteral("vaultPassphraseRepeat"), passphrase));
        QVERIFY(driver.canGoNext());
        driver.next();
        QCOMPARE(driver.page(), int(Page::Estimate));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(Page::BackUp));
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareServer(QStringLiteral("InitiateBackupResume"));
        m_bigSources = m_home->filePath(QStringLiteral("big"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(writeFile(QStringLiteral("%1/part-%2.bin").arg(m_bigSources).arg(i), randomBytes(8 * 1024 * 1024)));
    }

    void aRelativeStagingPathIsRefusedWithoutMovingTheFields()
    {
        InitiateBackupWizard wizard;
        reachTheForm(wizard, m_sources);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        fillTheForm(driver, validForm(QStringLiteral("relative-staging")));
        QVERIFY(driver.canGoNext());
        auto *container = driver.find<QWidget>(QStringLiteral("container"));
        const int containerY = container->mapTo(&wizard, QPoint()).y();
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), QStringLiteral("staging/here")));
        auto *problem = driver.find<QLabel>(QStringLiteral("stagingLocationProblem"));
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(!problem->text().isEmpty(), qPrintable(problem->text()));
        QVERIFY(!driver.canGoNext());
        QCOMPARE(container->mapTo(&wizard, QPoint()).y(), containerY);
    }

    void aStoppedSeedIsContinuedAndShowsItsRecoveryKey()
    {
        const QString job = QStringLiteral("stopped-seed");
        {
            InitiateBackupWizard wizard;
            reachTheBackUpPage(wizard, job, QStringLiteral("correct horse battery"), false);
            if (QTest::currentTestFailed())
                return;
            Test::WizardDriver driver(wizard);
            auto *page = qobject_cast<JobPage *>(wizard.currentPage());
            QTRY_VERIFY_WITH_TIMEOUT(page->progressPanel()->findChild<QLabel *>(QStringLiteral("progressPhase"))->text()
                                         == QCoreApplication::translate("Semina::Vault::Backup", "Backing up"),
                                     kJobTimeoutMs);
            // Cancel asks first; "Keep writing" changes nothing.
            QTest::mouseClick(driver.button(QWizard::CancelButton), Qt::LeftButton);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(QStringLiteral("confirmStop"))));
            QVERIFY(box->text().contains(expect("Continue job %1", "Continua il processo %1").arg(job)));
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmStopNo")), Qt::LeftButton);
            QVERIFY(wizard.isVisible());
            QVERIFY(page->runner().isRunning());
            QTest::mouseClick(driver.button(QWizard::CancelButton), Qt::LeftButton);
            QTRY_VERIFY((box = wizard.findChild<QMessageBox *>(QStringLiteral("confirmStop"))));
            QSignalSpy rejected(&wizard, &QWizard::rejected);
            QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmStopYes")), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kJobTimeoutMs);
            QVERIFY(!page->runner().isRunning());
        }
        QCOMPARE(Offline::ImportJobStore().find(job)->state, Offline::ImportJobState::Seeding);

        // A wrong passphrase on the continued job says so.
        {
            InitiateBackupWizard wizard;
            reachTheBackUpPage(wizard, job, QStringLiteral("a wrong passphrase"), true);
            if (QTest::currentTestFailed())
                return;
            QMessageBox *box = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((box = wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog"))),
                                     kJobTimeoutMs);
            QVERIFY2(box->text().startsWith(expect("Wrong passphrase", "Passphrase errata")), qPrintable(box->text()));
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            QVERIFY(!wizard.currentPage()->isComplete());
            wizard.close();
        }

        // Continued with the right one: the seed completes, with its one recovery key.
        InitiateBackupWizard wizard;
        reachTheBackUpPage(wizard, job, QStringLiteral("correct horse battery"), true);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        auto *panel = qobject_cast<JobPage *>(wizard.currentPage())->progressPanel();
        auto *bar = panel->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY(bar->maximum() > 0); // not a busy indicator any more
        QCOMPARE(bar->value(), bar->maximum());
        const QString rate = panel->findChild<QLabel *>(QStringLiteral("progressRate"))->text();
        QVERIFY2(!rate.contains(expect("left", "rimast")), qPrintable(rate));
        const QString nextText = driver.button(QWizard::CommitButton)->text();
        QVERIFY2(!nextText.contains(QStringLiteral("Commit")) && !nextText.contains(QStringLiteral("Applica")),
                 qPrintable(nextText));
        QTest::mouseClick(driver.button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(driver.page(), int(Page::Done));
        QVERIFY(!wizard.seed.recoveryKey.isEmpty());
        auto *key = driver.find<QLabel>(QStringLiteral("recoveryKey"));
        QVERIFY(key->isVisible());
        QVERIFY(key->text().contains(wizard.seed.recoveryKey));
        QCOMPARE(Offline::ImportJobStore().find(job)->state, Offline::ImportJobState::Seeded);
    }
};

QTEST_MAIN(TestInitiateBackupWizardResume)
#include "tst_initiatebackupwizard_resume.moc"
