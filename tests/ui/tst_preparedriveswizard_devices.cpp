#include "DriveFixture.h"
#include "LoopImage.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "devices/DriveDiscovery.h"
#include "devices/VolumeFormatter.h"
#include "drives/DriveVerifier.h"
#include "drives/PreparedDrives.h"
#include "importjob/ImportJobStore.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

#include <memory>

using namespace Semina;
using namespace Semina::Ui;
using Page = PrepareDrivesWizard::PageId;
using Semina::Test::DriveFixture;
using Semina::Test::LoopImage;

// "Prepare drives" on a real block device (root only; skipped otherwise): a loop device chosen
// in the list of drives plugged in, erased once its name is typed (GPT, exFAT, a private
// mount), the seed copied onto it and the volume released at the end; the system disk is never
// listed.
class TestPrepareDrivesWizardDevices : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;
    QString m_language;
    static constexpr int kJobTimeoutMs = 300'000;

    static void goNext(Test::WizardDriver &driver, Page expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(expected));
    }

    static QTreeWidgetItem *listed(QTreeWidget *list, const QString &path)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == path)
                return list->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = Test::loopDevicesUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("prepare-drives-devices"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PrepareDrivesDevices"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
        m_fixture = std::make_unique<DriveFixture>(Offline::OfflineIdentity::defaultDataFolder(),
                                                   Offline::ImportJobStore::defaultFolder());
        m_fixture->seed();
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_home.reset();
    }

    void preparesALoopDeviceChosenFromTheList()
    {
        const QString folder = m_home->filePath(QStringLiteral("loop"));
        QVERIFY(QDir().mkpath(folder));
        LoopImage loop(folder, 48 * 1024 * 1024);
        QVERIFY(loop.isAttached());
        const QString name = QFileInfo(loop.device()).fileName();

        PrepareDrivesWizard wizard;
        wizard.scrypt = Crypto::ScryptParameters::forTestsOnly();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), m_fixture->staging()));
        QTRY_COMPARE_WITH_TIMEOUT(driver.find<QTreeWidget>(QStringLiteral("seedList"))->topLevelItemCount(), 1,
                                  kJobTimeoutMs);
        goNext(driver, Page::Plan);
        // The loop device is one of the drives at hand: its size is offered.
        auto *size = driver.find<QComboBox>(QStringLiteral("driveSize"));
        QTRY_VERIFY_WITH_TIMEOUT(size->count() > 0, kJobTimeoutMs);
        bool offered = false;
        for (int i = 0; i < size->count(); ++i)
            offered = offered || size->itemText(i).contains(name);
        QVERIFY(offered);
        QVERIFY(driver.type(QStringLiteral("driveSize"), QStringLiteral("48M")));
        goNext(driver, Page::Drives);

        auto *list = driver.find<QTreeWidget>(QStringLiteral("driveList"));
        QTreeWidgetItem *item = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((item = listed(list, loop.device())) != nullptr, kJobTimeoutMs);
        // The disk the system runs from is never listed.
        if (const auto drives = Devices::discoverDrives(m_fixture->staging()))
            for (const Devices::DriveCandidate &drive : *drives)
                if (drive.isRefusedFor(QStringLiteral("system-disk")))
                    QVERIFY2(!listed(list, drive.path), qPrintable(drive.path));
        list->setCurrentItem(item);
        // A device without a Semina volume is formatted: its name is typed first.
        QTRY_VERIFY_WITH_TIMEOUT(driver.find<QWidget>(QStringLiteral("eraseRow"))->isVisible(), kJobTimeoutMs);
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("eraseConfirmation"), name));
        goNext(driver, Page::Preparing);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QCOMPARE(wizard.session().prepared.size(), 1);
        QCOMPARE(wizard.session().finishedNow.size(), 1);

        // The volume was released at the end of the run; mounted again, every object verifies.
        auto candidate = Devices::inspectDrive(loop.device());
        QVERIFY(candidate);
        QVERIFY2(candidate->mountPoints.isEmpty(), qPrintable(candidate->mountPoints.join(u' ')));
        JobContext context;
        auto volume = Devices::mountDrive(*candidate, context);
        QVERIFY2(volume, qPrintable(volume ? QString() : volume.error().message));
        const auto certificate = m_fixture->identity.load()->certificate;
        JobContext verifyContext;
        const auto verified
            = Drives::verifyDrive(volume->mountPoint(), {nullptr, &m_fixture->secrets}, &certificate, verifyContext);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->manifestSha256, wizard.session().prepared.first().manifestSha256);
        QVERIFY(volume->unmount());
    }
};

QTEST_MAIN(TestPrepareDrivesWizardDevices)
#include "tst_preparedriveswizard_devices.moc"
