#include "InitiateWizardTest.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStorageInfo>

using namespace Semina;
using namespace Semina::Ui;

// Where "Initiate offline backup" stops instead of going on: a staging location too small for
// the estimate, and a seed that fails to be written (the error dialog, then "Try again").
class TestInitiateBackupWizardStops : public Test::InitiateWizardTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareServer(QStringLiteral("InitiateBackupStops")); }

    void aStagingLocationWithoutRoomForTheEstimateStops()
    {
        // A sparse file larger than the staging disk's free space: it takes no room itself.
        const QString staging = validForm(QStringLiteral("too-big")).stagingLocation;
        QVERIFY(QDir().mkpath(staging));
        const qint64 available = QStorageInfo(staging).bytesAvailable();
        QVERIFY(available > 0);
        const qint64 size = available + qint64(64) * 1024 * 1024 * 1024;
        if (size > qint64(15) * 1024 * 1024 * 1024 * 1024)
            QSKIP("The staging disk has more free space than one sparse file can exceed here.");
        const QString huge = m_home->filePath(QStringLiteral("huge"));
        QVERIFY(QDir().mkpath(huge));
        QFile sparse(huge + QStringLiteral("/disk.img"));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(size));
        sparse.close();

        InitiateBackupWizard wizard;
        reachTheEstimate(wizard, huge, QStringLiteral("too-big"));
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        auto *stop = driver.find<QLabel>(QStringLiteral("spaceProblem"));
        QVERIFY(stop->isVisible());
        // The engine's message naming the staging location, then what to do.
        QVERIFY2(stop->text().contains(QDir::toNativeSeparators(QDir::cleanPath(staging))), qPrintable(stop->text()));
        QVERIFY(stop->text().endsWith(QCoreApplication::translate(
            "Semina::Ui::EstimatePage", "Free some space there or go Back and choose another staging location.")));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!driver.canGoNext());
        // Nothing was written into the staging location.
        QVERIFY(!QFileInfo::exists(QDir(staging).filePath(QStringLiteral("too-big"))));
        QVERIFY(!Offline::ImportJobStore().find(QStringLiteral("too-big")).has_value());
    }

    void aSeedThatCannotBeWrittenShowsTheErrorDialogAndResumes()
    {
        // The job's folder cannot be made: a file is in its place.
        const Offline::OfflineBackupForm form = validForm(QStringLiteral("blocked-seed"));
        const QString jobFolder = QDir(form.stagingLocation).filePath(form.importJobName);
        QVERIFY(writeFile(jobFolder, QByteArray("in the way")));

        InitiateBackupWizard wizard;
        reachTheEstimate(wizard, m_sources, form.importJobName);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(Page::BackUp));

        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog"))), kJobTimeoutMs);
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), wizard.currentPage()->title());
        QCOMPARE(box->text(),
                 QCoreApplication::translate("Semina::Offline::DataFolder",
                                             "Cannot create the folder \"%1\": check the permissions "
                                             "of its parent folder.")
                     .arg(QDir::toNativeSeparators(QDir::cleanPath(jobFolder))));
        QVERIFY(box->detailedText().startsWith(errorCodeName(ErrorCode::Io)));
        QVERIFY(!wizard.currentPage()->isComplete());
        auto *retry = driver.find<QPushButton>(QStringLiteral("jobRetry"));
        QVERIFY(retry->isVisible());
        QVERIFY(!driver.find<QLabel>(QStringLiteral("jobOutcome"))->text().isEmpty());
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog")));

        // Nothing is lost: the wizard kept the form and the passphrase; fixed, "Try again" writes the seed.
        QCOMPARE(wizard.form.importJobName, form.importJobName);
        QVERIFY(QFile::remove(jobFolder));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(Page::Done));
        QVERIFY(QFileInfo(wizard.seed.manifestPath).isFile());
        QCOMPARE(Offline::ImportJobStore().find(form.importJobName)->state, Offline::ImportJobState::Seeded);
    }
};

QTEST_MAIN(TestInitiateBackupWizardStops)
#include "tst_initiatebackupwizard_stops.moc"
