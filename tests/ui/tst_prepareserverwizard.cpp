#include "TestEnvironment.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "offline/LocalSubscription.h"
#include "offline/OfflineIdentity.h"
#include "offline/OfflineRegistry.h"
#include "secrets/SecretStore.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include <memory>

using namespace Semina;
using namespace Semina::Ui;
using Page = PrepareServerWizard::PageId;

// "Prepare this server" clicked through against the embedded default, in a throw-away home
// (data and settings folders of its own) with the real keychain.
class TestPrepareServerWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    QString m_language;
    // Jobs (key generation, the keychain, the store) run on a worker thread: generous bounds.
    static constexpr int kJobTimeoutMs = 120'000;

    bool english() const { return m_language == QLatin1String("en"); }
    QString expect(const char *en, const char *it) const { return QString::fromUtf8(english() ? en : it); }

    static QString dataFolder() { return Offline::OfflineIdentity::defaultDataFolder(); }

    static void goNext(Test::WizardDriver &driver, Page expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(expected));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything reads them: QSettings and QStandardPaths follow these folders.
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("prepare-server-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PrepareServer"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
    }

    void preparesTheServerWithALocalSubscription()
    {
        PrepareServerWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QCOMPARE(driver.page(), int(Page::Subscription));
        QVERIFY(driver.find<QRadioButton>(QStringLiteral("subscriptionLocal"))->isChecked());
        QVERIFY(driver.type(QStringLiteral("localSubscriptionName"), QStringLiteral("Test server")));
        goNext(driver, Page::LocalSubscription);

        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        const QString subscriptionFile
            = QDir(dataFolder()).filePath(QStringLiteral("local-subscription.publishsettings"));
        QVERIFY(QFileInfo(subscriptionFile).isFile());
        QVERIFY(driver.find<QLabel>(QStringLiteral("localSubscriptionSummary"))
                    ->text()
                    .contains(QStringLiteral("Test server")));
        QCOMPARE(wizard.subscription.name, QStringLiteral("Test server"));

        goNext(driver, Page::Certificate);
        QCOMPARE(wizard.currentPage()->title(), expect("Offline certificate", "Certificato offline"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        SecretStore secrets;
        const auto identity = Offline::OfflineIdentity(secrets).load();
        QVERIFY2(identity.has_value(), qPrintable(identity ? QString() : identity.error().message));
        QCOMPARE(identity->subscriptionId, wizard.subscription.id);
        const QString thumbprint = identity->certificate.thumbprint();
        QCOMPARE(driver.find<QLabel>(QStringLiteral("certificateThumbprint"))->text(), thumbprint);
        QVERIFY(driver.find<QLabel>(QStringLiteral("certificateSubject"))
                    ->text()
                    .startsWith(QStringLiteral("CB_AzureADCertforOfflineSeeding_")));
        // The validity names its months in the wizard's language ("dic", not "Dec", in Italian).
        const QString validity = driver.find<QLabel>(QStringLiteral("certificateValidity"))->text();
        const QDateTime from = identity->certificate.notBefore().toLocalTime();
        const QString month = QLocale(m_language).monthName(from.date().month(), QLocale::ShortFormat);
        QVERIFY2(
            validity.contains(QStringLiteral("%1 %2 %3").arg(from.date().day()).arg(month).arg(from.date().year())),
            qPrintable(validity));

        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("copyThumbprint")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), thumbprint);

        const QString cer = m_home->filePath(QStringLiteral("server.cer"));
        QVERIFY(driver.type(QStringLiteral("certificateExportPath"), cer));
        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("exportCertificate")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(cer).size() > 0, kJobTimeoutMs);
        QTRY_VERIFY(driver.find<QLabel>(QStringLiteral("certificateExportStatus"))->text().contains(thumbprint));

        goNext(driver, Page::StorageAccount);
        QCOMPARE(wizard.currentPage()->title(), expect("Storage account", "Account di archiviazione"));
        auto *account = driver.find<QComboBox>(QStringLiteral("storageAccount"));
        QCOMPARE(account->currentText(), QStringLiteral("seminalocal"));
        auto *createFolder = driver.find<QCheckBox>(QStringLiteral("createFolderAccount"));
        QVERIFY(createFolder->isVisible());
        QVERIFY(createFolder->isChecked());

        goNext(driver, Page::Registration);
        QCOMPARE(wizard.currentPage()->title(),
                 expect("Register the storage account", "Registra l'account di archiviazione"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        const QString params = QDir(dataFolder()).filePath(QStringLiteral("OfflineApplicationParams_seminalocal.xml"));
        QVERIFY(QFileInfo(params).isFile());
        QVERIFY(
            driver.find<QLabel>(QStringLiteral("parametersPath"))->text().contains(QDir::toNativeSeparators(params)));
        QSettings settings;
        QCOMPARE(Offline::OfflineRegistry(settings, dataFolder()).registeredStorageAccounts(),
                 QStringList{QStringLiteral("seminalocal")});
        QVERIFY(driver.button(QWizard::FinishButton)->isVisible());
        QVERIFY(driver.find<QLabel>(QStringLiteral("registrationNext"))
                    ->text()
                    .contains(expect("Initiate offline backup", "Avvia il backup offline")));
        // Qt's own catalogue translates the standard buttons.
        QCOMPARE(driver.button(QWizard::FinishButton)->text(),
                 english() ? QStringLiteral("&Finish") : QStringLiteral("&Fine"));
    }

    void aSecondRunShowsTheSameCertificateAndKnowsTheAccount()
    {
        SecretStore secrets;
        const auto before = Offline::OfflineIdentity(secrets).load();
        QVERIFY(before.has_value());

        PrepareServerWizard wizard;
        wizard.show();
        Test::WizardDriver driver(wizard);
        goNext(driver, Page::LocalSubscription);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        // The local subscription of the first run is used again, not a second one.
        QCOMPARE(wizard.subscription.id, before->subscriptionId);
        goNext(driver, Page::Certificate);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QCOMPARE(driver.find<QLabel>(QStringLiteral("certificateThumbprint"))->text(),
                 before->certificate.thumbprint());
        QVERIFY(driver.find<QLabel>(QStringLiteral("certificateStatus"))
                    ->text()
                    .contains(expect("not replaced", "non è stato sostituito")));
        goNext(driver, Page::StorageAccount);
        QVERIFY(!driver.find<QCheckBox>(QStringLiteral("createFolderAccount"))->isVisible());
        goNext(driver, Page::Registration);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
    }

    void aPublishSettingsFileSkipsTheLocalSubscription()
    {
        // Another subscription than the certificate's: the page says so and keeps Next disabled.
        const QString file = m_home->filePath(QStringLiteral("other.publishsettings"));
        const auto other = Offline::writeLocalSubscription(file, QStringLiteral("Other subscription"));
        QVERIFY(other.has_value());

        PrepareServerWizard wizard;
        wizard.show();
        Test::WizardDriver driver(wizard);
        // On the indicator: the button is wider than its text.
        auto *fromFile = driver.find<QRadioButton>(QStringLiteral("subscriptionFromFile"));
        QTest::mouseClick(fromFile, Qt::LeftButton, {}, QPoint(8, fromFile->height() / 2));
        QVERIFY(fromFile->isChecked());
        QVERIFY(driver.type(QStringLiteral("publishSettingsFile"), QStringLiteral("/no/such/file.publishsettings")));
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("publishSettingsFile"), file));
        auto *subscriptions = driver.find<QComboBox>(QStringLiteral("subscription"));
        QCOMPARE(subscriptions->count(), 1);
        QVERIFY(subscriptions->currentText().contains(QStringLiteral("Other subscription")));
        QCOMPARE(subscriptions->currentData().toString(), other->id);

        goNext(driver, Page::Certificate);
        QTRY_VERIFY_WITH_TIMEOUT(
            !wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("jobRetry"))->isVisible()
                && driver.find<QLabel>(QStringLiteral("certificateStatus"))->text().contains(other->id),
            kJobTimeoutMs);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!driver.canGoNext());
    }

    void anInvalidAccountNameKeepsNextDisabled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("too short") << QStringLiteral("ab");
        QTest::newRow("upper case") << QStringLiteral("SeminaLocal");
        QTest::newRow("hyphen") << QStringLiteral("semina-local");
        QTest::newRow("too long") << QStringLiteral("a").repeated(25);
        QTest::newRow("empty") << QString();
    }

    void anInvalidAccountNameKeepsNextDisabled()
    {
        QFETCH(QString, name);
        PrepareServerWizard wizard;
        wizard.setStartId(int(Page::StorageAccount));
        wizard.show();
        Test::WizardDriver driver(wizard);
        QVERIFY(driver.type(QStringLiteral("storageAccount"), name));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!driver.canGoNext());
        auto *problem = driver.find<QLabel>(QStringLiteral("storageAccountProblem"));
        QVERIFY(problem->isVisible());
        QCOMPARE(
            problem->text(),
            expect("A storage account name has 3 to 24 characters, lower-case letters and digits only.",
                   "Il nome di un account di archiviazione ha da 3 a 24 caratteri, solo lettere minuscole e cifre."));
        QVERIFY(driver.type(QStringLiteral("storageAccount"), QStringLiteral("valid1")));
        QVERIFY(driver.canGoNext());
    }
};

QTEST_MAIN(TestPrepareServerWizard)
#include "tst_prepareserverwizard.moc"
