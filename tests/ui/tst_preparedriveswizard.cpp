#include "DriveFixture.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "drives/DriveJournal.h"
#include "drives/PreparedDrives.h"
#include "importjob/ImportJobStore.h"
#include "offline/LocalSubscription.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTreeWidget>

#include <atomic>
#include <memory>

using namespace Semina;
using namespace Semina::Ui;
using Page = PrepareDrivesWizard::PageId;
using Semina::Test::DriveFixture;

// "Prepare drives" clicked through as a technician does, against the embedded default with
// folders standing for drives: the seed found in the staging location, the plan, a refused
// drive, the erase confirmed by typing the drive's name, three drives with a stop in the middle
// of the second and the rest done from a new wizard (the journal), a drive refused at the copy
// and chosen again. Real keychain, real copy.
class TestPrepareDrivesWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;
    QString m_language;
    static constexpr int kJobTimeoutMs = 300'000;

    bool english() const { return m_language == QLatin1String("en"); }
    QString expect(const char *en, const char *it) const { return QString::fromUtf8(english() ? en : it); }

    static void goNext(Test::WizardDriver &driver, Page expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(expected));
    }

    template <typename T> static T *onPage(QWizard &wizard, const QString &name)
    {
        return wizard.currentPage()->findChild<T *>(name);
    }

    // A limit per drive that spreads the seed over three drives (as tst_diskprepcli computes it).
    static qint64 threeDriveLimit(const Drives::StagedSeed &seed)
    {
        Drives::DriveCapacity capacity{0, 4096};
        qint64 footprint = 0;
        for (const Offline::SeedObject &object : seed.seed.manifest.objects)
            footprint += capacity.footprint(object.size);
        return capacity.reserve(seed.seed.manifest.objects.size()) + footprint * 4 / 10;
    }

    // The Staging and Plan pages: the seed chosen, each drive limited to `limit` bytes.
    void chooseSeedAndPlan(PrepareDrivesWizard &wizard, Test::WizardDriver &driver, qint64 limit,
                           const QString &expectedState)
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        QCOMPARE(driver.page(), int(Page::Staging));
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), m_fixture->staging()));
        auto *seeds = driver.find<QTreeWidget>(QStringLiteral("seedList"));
        QTRY_COMPARE_WITH_TIMEOUT(seeds->topLevelItemCount(), 1, kJobTimeoutMs);
        const QTreeWidgetItem *job = seeds->topLevelItem(0);
        QCOMPARE(job->text(0), QStringLiteral("fileserver-1"));
        QVERIFY2(job->text(1).contains(expectedState), qPrintable(job->text(1)));
        QCOMPARE(job->text(3), QSysInfo::machineHostName());
        // The job is in this computer's job list: no publish settings are asked for.
        QVERIFY(!driver.find<QWidget>(QStringLiteral("publishSettingsRow"))->isVisible());
        goNext(driver, Page::Plan);
        QCOMPARE(wizard.session().job, QStringLiteral("fileserver-1"));

        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("driveSize"), QStringLiteral("lots")));
        QVERIFY(!driver.find<QLabel>(QStringLiteral("driveSizeProblem"))->text().isEmpty());
        QVERIFY(!driver.canGoNext());
        // With room enough, one drive takes everything.
        QVERIFY(driver.type(QStringLiteral("driveSize"), QStringLiteral("1G")));
        auto *plan = driver.find<QTreeWidget>(QStringLiteral("planTable"));
        QCOMPARE(plan->topLevelItemCount(), 1);
        QCOMPARE(plan->topLevelItem(0)->text(1), QLocale().toString(seed.seed.manifest.objects.size()));
        const QString summary = driver.find<QLabel>(QStringLiteral("planSummary"))->text();
        QVERIFY2(summary.contains(expect("needs 1 drive of", "richiede 1 disco da")), qPrintable(summary));
        // Drives this small are too small for exFAT's clusters; folders hold more.
        QVERIFY(driver.type(QStringLiteral("driveSize"), QString::number(limit)));
        QVERIFY(!driver.find<QLabel>(QStringLiteral("driveSizeProblem"))->text().isEmpty());
        driver.find<QCheckBox>(QStringLiteral("limitDriveSize"))->setChecked(true);
        goNext(driver, Page::Drives);
        QCOMPARE(wizard.driveSizeLimit, limit);
    }

    // Types `path` as the folder to use and waits until the chooser has inspected it.
    static void chooseFolder(QWizard &wizard, const QString &path)
    {
        auto *folder = onPage<QLineEdit>(wizard, QStringLiteral("driveFolder"));
        QVERIFY(folder);
        folder->setFocus();
        folder->selectAll();
        QTest::keyClick(folder, Qt::Key_Backspace);
        QTest::keyClicks(folder, path);
        auto *message = onPage<QLabel>(wizard, QStringLiteral("driveMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() && !message->text().endsWith(QStringLiteral("...")),
                                 kJobTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("prepare-drives-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PrepareDrives"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
        // The seed server's identity and job list where the wizard looks for them.
        m_fixture = std::make_unique<DriveFixture>(Offline::OfflineIdentity::defaultDataFolder(),
                                                   Offline::ImportJobStore::defaultFolder());
        m_fixture->seed();
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_home.reset();
    }

    void anotherComputerNamesThePublishSettings()
    {
        // The job is not in this computer's job list, as on a copy computer: the list is set aside.
        const QString jobs = Offline::ImportJobStore::defaultFolder();
        QVERIFY(QDir().rename(jobs, jobs + QStringLiteral("-aside")));
        const auto restore = qScopeGuard([&jobs]() { QDir().rename(jobs + QStringLiteral("-aside"), jobs); });
        PrepareDrivesWizard wizard;
        wizard.show();
        Test::WizardDriver driver(wizard);
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), m_fixture->staging()));
        QTRY_COMPARE_WITH_TIMEOUT(driver.find<QTreeWidget>(QStringLiteral("seedList"))->topLevelItemCount(), 1,
                                  kJobTimeoutMs);
        QTRY_VERIFY(driver.find<QWidget>(QStringLiteral("publishSettingsRow"))->isVisible());
        const QString reason = driver.find<QLabel>(QStringLiteral("publishSettingsReason"))->text();
        QVERIFY2(reason.contains(QLatin1String(DriveFixture::kSubscription)), qPrintable(reason));
        QVERIFY2(reason.contains(expect("not created on this computer", "non è stato creato su questo computer")),
                 qPrintable(reason));
        QVERIFY(!driver.canGoNext());

        // Another subscription's file is refused, naming the one needed.
        const QString other = m_home->filePath(QStringLiteral("other.publishsettings"));
        QVERIFY(Offline::writeLocalSubscription(other, QStringLiteral("Other")).has_value());
        QVERIFY(driver.type(QStringLiteral("publishSettingsFile"), other));
        const QString problem = driver.find<QLabel>(QStringLiteral("publishSettingsProblem"))->text();
        QVERIFY2(problem.contains(QLatin1String(DriveFixture::kSubscription)), qPrintable(problem));
        QVERIFY(!driver.canGoNext());

        const QString lab = m_home->filePath(QStringLiteral("lab.publishsettings"));
        QVERIFY(Offline::writeLocalSubscription(lab, QStringLiteral("Lab"), QLatin1String(DriveFixture::kSubscription))
                    .has_value());
        // Chosen with Browse, as a person would.
        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("browsePublishSettings")), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
        dialog->selectFile(lab);
        static_cast<QDialog *>(dialog)->accept(); // as the Open button does
        QTRY_COMPARE(driver.find<QLineEdit>(QStringLiteral("publishSettingsFile"))->text(), lab);
        QVERIFY(driver.find<QLabel>(QStringLiteral("publishSettingsProblem"))->text().isEmpty());
        goNext(driver, Page::Plan);
        QCOMPARE(wizard.session().publishSettingsFile, lab);
        QCOMPARE(wizard.session().subscriptionId, QLatin1String(DriveFixture::kSubscription));
    }

    void preparesThreeDrivesStoppedInTheSecondAndResumed()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        const qint64 limit = threeDriveLimit(seed);
        // The first drive holds someone's file: erasing it needs its name typed.
        QVERIFY(Test::DriveFixture::stagedSeed(m_fixture->identity, m_fixture->staging()).ready);
        QDir().mkpath(m_fixture->drive(1));
        QVERIFY(m_fixture->drive(1).size() > 0);
        {
            QFile holiday(m_fixture->drive(1) + QStringLiteral("/holiday.jpg"));
            QVERIFY(holiday.open(QIODevice::WriteOnly));
            holiday.write("not a seed");
        }
        QDir().mkpath(m_fixture->drive(2));
        QDir().mkpath(m_fixture->drive(3));

        auto wizard = std::make_unique<PrepareDrivesWizard>();
        wizard->scrypt = Crypto::ScryptParameters::forTestsOnly();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        Test::WizardDriver driver(*wizard);
        chooseSeedAndPlan(*wizard, driver, limit, expect("Ready to copy", "Pronto per la copia"));
        if (QTest::currentTestFailed())
            return;

        // A folder inside the staging location is refused, with the reason under the list.
        chooseFolder(*wizard, m_fixture->jobFolder() + QStringLiteral("/vault"));
        QVERIFY(!driver.canGoNext());
        const QString refusal = driver.find<QLabel>(QStringLiteral("driveMessage"))->text();
        QVERIFY2(refusal.contains(expect("cannot be used", "non può essere usato")), qPrintable(refusal));

        chooseFolder(*wizard, m_fixture->drive(1));
        QVERIFY(driver.find<QWidget>(QStringLiteral("eraseRow"))->isVisible());
        QVERIFY(driver.find<QLabel>(QStringLiteral("eraseQuestion"))->text().contains(QStringLiteral("d1")));
        QVERIFY(driver.type(QStringLiteral("eraseConfirmation"), QStringLiteral("d2")));
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("eraseConfirmation"), QStringLiteral("d1")));
        goNext(driver, Page::Preparing);

        // Drive 1 fills up; the page asks for the next drive with the list of drives.
        auto *nextRow = driver.find<QWidget>(QStringLiteral("nextDriveRow"));
        QTRY_VERIFY_WITH_TIMEOUT(nextRow->isVisible(), kJobTimeoutMs);
        QVERIFY(!QFileInfo::exists(m_fixture->drive(1) + QStringLiteral("/holiday.jpg")));
        QCOMPARE(wizard->session().finishedNow.size(), 1);
        QCOMPARE(wizard->session().finishedNow.first().drive.sequence, 1);
        QCOMPARE(driver.find<QTreeWidget>(QStringLiteral("finishedDrives"))->topLevelItemCount(), 1);
        const QString question = driver.find<QLabel>(QStringLiteral("nextDriveQuestion"))->text();
        QVERIFY2(question.contains(expect("drive 2 of the job", "disco 2 del processo")), qPrintable(question));
        QVERIFY(!driver.canGoNext());
        // The drive's own progress was shown beside the whole seed's.
        QVERIFY(driver.find<QLabel>(QStringLiteral("driveProgressLabel"))->text().contains(QStringLiteral("(d1)")));
        QVERIFY(driver.find<QProgressBar>(QStringLiteral("driveProgress"))->value() > 500);

        // Stop is pressed while the second drive is being written, after its second object.
        auto *stop = driver.find<QPushButton>(QStringLiteral("progressCancel"));
        auto writes = std::make_shared<std::atomic<int>>(0);
        const QString second = QDir(m_fixture->drive(2)).absolutePath();
        wizard->afterWriteForTests = [stop, writes, second](const QString &path) {
            if (path.startsWith(second) && ++*writes == 2)
                QMetaObject::invokeMethod(
                    stop, [stop]() { stop->click(); }, Qt::BlockingQueuedConnection);
        };
        chooseFolder(*wizard, m_fixture->drive(2));
        auto *continueButton = driver.find<QPushButton>(QStringLiteral("continueOnNextDrive"));
        QTRY_VERIFY(continueButton->isEnabled());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        auto *resume = driver.find<QPushButton>(QStringLiteral("resumePreparing"));
        QTRY_VERIFY_WITH_TIMEOUT(resume->isVisible(), kJobTimeoutMs);
        QVERIFY(
            driver.find<QLabel>(QStringLiteral("preparingOutcome"))->text().contains(expect("Stopped", "Interrotto")));
        QVERIFY(!driver.canGoNext());
        const auto journal = Drives::DriveJournal::read(Drives::PreparationLayout::journalPath(m_fixture->jobFolder()));
        QVERIFY(journal.has_value());
        QCOMPARE(journal->drives.size(), 2);
        QVERIFY(journal->drives.at(0).finished);
        QVERIFY(journal->drives.at(1).isOpen());
        QVERIFY(journal->drives.at(1).end > journal->drives.at(1).first);
        wizard.reset();

        // Later, a new wizard on the same staging location continues from the journal.
        PrepareDrivesWizard again;
        again.scrypt = Crypto::ScryptParameters::forTestsOnly();
        again.show();
        Test::WizardDriver resumed(again);
        // The staging location chosen last time is offered again.
        QCOMPARE(resumed.find<QLineEdit>(QStringLiteral("stagingLocation"))->text(), m_fixture->staging());
        chooseSeedAndPlan(again, resumed, limit, expect("1 drive prepared", "1 disco preparato"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(resumed.find<QLabel>(QStringLiteral("drivesIntroduction"))->text().contains(QStringLiteral("d2")));
        chooseFolder(again, m_fixture->drive(2));
        // Its own unfinished drive: nothing to erase.
        QVERIFY(!resumed.find<QWidget>(QStringLiteral("eraseRow"))->isVisible());
        goNext(resumed, Page::Preparing);
        QTRY_VERIFY_WITH_TIMEOUT(resumed.find<QWidget>(QStringLiteral("nextDriveRow"))->isVisible(), kJobTimeoutMs);
        // The third drive, empty when chosen, gets someone's file before the copy reaches it: it
        // is not erased, and the page asks for a drive again; chosen again, the erase is confirmed.
        chooseFolder(again, m_fixture->drive(3));
        QVERIFY(!resumed.find<QWidget>(QStringLiteral("eraseRow"))->isVisible());
        const QString late = m_fixture->drive(3) + QStringLiteral("/late.txt");
        {
            QFile file(late);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("written after the drive was chosen");
        }
        auto *continueAgain = resumed.find<QPushButton>(QStringLiteral("continueOnNextDrive"));
        QTRY_VERIFY(continueAgain->isEnabled());
        QTest::mouseClick(continueAgain, Qt::LeftButton);
        auto *askedAgain = resumed.find<QLabel>(QStringLiteral("nextDriveQuestion"));
        QTRY_VERIFY_WITH_TIMEOUT(askedAgain->text().contains(expect("was not used", "non è stato usato")),
                                 kJobTimeoutMs);
        QVERIFY(resumed.find<QWidget>(QStringLiteral("nextDriveRow"))->isVisible());
        QVERIFY(QFileInfo::exists(late));
        chooseFolder(again, m_fixture->drive(3));
        QVERIFY(resumed.find<QWidget>(QStringLiteral("eraseRow"))->isVisible());
        QVERIFY(!continueAgain->isEnabled());
        QVERIFY(resumed.type(QStringLiteral("eraseConfirmation"), QStringLiteral("d3")));
        QTRY_VERIFY(continueAgain->isEnabled());
        QTest::mouseClick(continueAgain, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(again.currentPage()->isComplete(), kJobTimeoutMs);
        QVERIFY(!QFileInfo::exists(late));

        QCOMPARE(again.session().prepared.size(), 3);
        QCOMPARE(again.session().finishedNow.size(), 2);
        QCOMPARE(again.session().finishedNow.at(0).drive.sequence, 2);
        QCOMPARE(again.session().finishedNow.at(1).drive.sequence, 3);
        const auto prepared = Drives::preparedDrives(m_fixture->jobFolder());
        QVERIFY2(prepared.has_value(), qPrintable(prepared ? QString() : prepared.error().message));
        QCOMPARE(prepared->size(), 3);
        const QString outcome = resumed.find<QLabel>(QStringLiteral("preparingOutcome"))->text();
        QVERIFY2(outcome.contains(expect("3 drives", "3 dischi")), qPrintable(outcome));

        // The passwords of the drives this wizard finished are shown once; Next waits until the
        // technician says they are stored away from the drives.
        // Preparing is a commit page: its button moves on (no going back to a copy that is done).
        auto *commit = again.button(QWizard::CommitButton);
        QVERIFY(commit->isVisible() && commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(resumed.page(), int(Page::RecoveryPasswords));
        QVERIFY(!resumed.find<QLabel>(QStringLiteral("recoveryPassword1")));
        for (const Drives::FinishedDrive &finished : again.session().finishedNow)
            QCOMPARE(resumed.find<QLabel>(QStringLiteral("recoveryPassword%1").arg(finished.drive.sequence))->text(),
                     finished.recoveryPassword);
        QVERIFY(!resumed.canGoNext());
        resumed.find<QCheckBox>(QStringLiteral("recoveryPasswordsStored"))->setChecked(true);
        QVERIFY(resumed.canGoNext());
    }

    void aPreparedJobGoesStraightOnFromTheStagingLocation()
    {
        // Every drive is prepared (the test above): no plan, no drive, the record is checked.
        QVERIFY(Drives::preparedDrives(m_fixture->jobFolder()).has_value());
        PrepareDrivesWizard wizard;
        wizard.show();
        Test::WizardDriver driver(wizard);
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), m_fixture->staging()));
        auto *seeds = driver.find<QTreeWidget>(QStringLiteral("seedList"));
        QTRY_COMPARE_WITH_TIMEOUT(seeds->topLevelItemCount(), 1, kJobTimeoutMs);
        QVERIFY2(seeds->topLevelItem(0)->text(1).contains(expect("Drives prepared", "Dischi preparati")),
                 qPrintable(seeds->topLevelItem(0)->text(1)));
        goNext(driver, Page::Preparing);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QCOMPARE(wizard.session().prepared.size(), 3);
        QVERIFY(wizard.session().finishedNow.isEmpty());
    }
};

QTEST_MAIN(TestPrepareDrivesWizard)
#include "tst_preparedriveswizard.moc"
