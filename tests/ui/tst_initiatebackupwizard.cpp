#include "TestEnvironment.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "models/SourceSelectionModel.h"
#include "offline/ImportJobStore.h"
#include "offline/LocalSubscription.h"
#include "offline/OfflineFormValidator.h"
#include "offline/OfflineIdentity.h"
#include "offline/OfflineRegistry.h"
#include "offline/StorageRegistration.h"
#include "secrets/SecretStore.h"
#include "store/AccountRegistry.h"
#include "wizards/initiate/InitiateBackupWizard.h"
#include "wizards/initiate/OfflineFormPage.h"
#include "wizards/initiate/SourcesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QUuid>

#include <memory>

using namespace Semina;
using namespace Semina::Ui;
using Offline::FormField;
using Page = InitiateBackupWizard::PageId;

// "Initiate offline backup" clicked through against the embedded default: the server is
// prepared through the engine first (the Prepare-this-server wizard has its own test), in a
// throw-away home with the real keychain.
class TestInitiateBackupWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    QString m_language;
    QString m_publishSettings;
    QString m_subscriptionId;
    QString m_sources;
    qint64 m_keptBytes = 0;
    static constexpr int kJobTimeoutMs = 300'000;

    bool english() const { return m_language == QLatin1String("en"); }
    QString expect(const char *en, const char *it) const { return QString::fromUtf8(english() ? en : it); }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        return bytes;
    }

    // The valid form of the embedded default, with one job name.
    Offline::OfflineBackupForm validForm(const QString &job) const
    {
        return {m_home->filePath(QStringLiteral("staging")),
                m_publishSettings,
                job,
                m_subscriptionId,
                QStringLiteral("seminalocal"),
                QStringLiteral("semina")};
    }

    static QString objectName(FormField field)
    {
        switch (field) {
        case FormField::StagingLocation:
            return QStringLiteral("stagingLocation");
        case FormField::PublishSettings:
            return QStringLiteral("publishSettingsFile");
        case FormField::ImportJobName:
            return QStringLiteral("importJobName");
        case FormField::SubscriptionId:
            return QStringLiteral("subscriptionId");
        case FormField::StorageAccount:
            return QStringLiteral("storageAccount");
        case FormField::Container:
            return QStringLiteral("container");
        }
        return {};
    }

    // Sources checked, patterns typed, total awaited, Next: the form.
    void reachTheForm(InitiateBackupWizard &wizard, const QString &sources)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QCOMPARE(driver.page(), int(Page::Sources));
        QVERIFY(!driver.canGoNext());
        auto *page = qobject_cast<SourcesPage *>(wizard.currentPage());
        page->model()->setPathChecked(sources, true);
        QVERIFY(driver.type(QStringLiteral("exclusionPatterns"), QStringLiteral("*.tmp; cache")));
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kJobTimeoutMs);
        // The two entries the patterns match are left out of the total.
        if (sources == m_sources)
            QVERIFY(driver.find<QLabel>(QStringLiteral("sourcesTotal"))
                        ->text()
                        .contains(QLocale().formattedDataSize(m_keptBytes)));
        driver.next();
        QCOMPARE(driver.page(), int(Page::Form));
        QCOMPARE(wizard.currentPage()->title(), expect("Offline backup form", "Modulo del backup offline"));
    }

    void fillTheForm(Test::WizardDriver &driver, const Offline::OfflineBackupForm &form)
    {
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), form.stagingLocation));
        QVERIFY(driver.type(QStringLiteral("publishSettingsFile"), form.publishSettingsFile));
        QVERIFY(driver.type(QStringLiteral("importJobName"), form.importJobName));
        QVERIFY(driver.type(QStringLiteral("subscriptionId"), form.subscriptionId));
        QVERIFY(driver.type(QStringLiteral("storageAccount"), form.storageAccount));
        QVERIFY(driver.type(QStringLiteral("container"), form.container));
    }

    void passTheVaultKey(Test::WizardDriver &driver)
    {
        QCOMPARE(driver.page(), int(Page::VaultKey));
        QVERIFY(driver.type(QStringLiteral("vaultPassphrase"), QStringLiteral("correct horse battery")));
        QVERIFY(driver.type(QStringLiteral("vaultPassphraseRepeat"), QStringLiteral("correct horse batter")));
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("vaultPassphraseRepeat"), QStringLiteral("correct horse battery")));
        QVERIFY(driver.canGoNext());
        driver.next();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("initiate-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("InitiateBackup"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());

        // The server, prepared as "Prepare this server" does it.
        SecretStore secrets;
        Offline::OfflineIdentity identity(secrets);
        QVERIFY(QDir().mkpath(identity.dataFolder()));
        m_publishSettings = QDir(identity.dataFolder()).filePath(QStringLiteral("local.publishsettings"));
        const auto subscription = Offline::writeLocalSubscription(m_publishSettings, QStringLiteral("Local"));
        QVERIFY(subscription.has_value());
        m_subscriptionId = subscription->id;
        QVERIFY(identity.create(m_subscriptionId).has_value());
        Store::AccountRegistry accounts(secrets);
        QVERIFY(accounts
                    .addFolder(QStringLiteral("seminalocal"), m_home->filePath(QStringLiteral("account")),
                               QStringLiteral("semina"))
                    .has_value());
        QSettings settings;
        Offline::OfflineRegistry registry(settings, identity.dataFolder());
        const auto registered = Offline::registerStorageAccount(registry, accounts, m_subscriptionId,
                                                                identity.paramsPath(), QStringLiteral("seminalocal"));
        QVERIFY2(registered.has_value(), qPrintable(registered ? QString() : registered.error().message));

        // Three files kept, two left out by the patterns.
        m_sources = m_home->filePath(QStringLiteral("sources"));
        const QByteArray text = QByteArray("Semina seeds the first backup on drives.\n").repeated(2000);
        QVERIFY(writeFile(m_sources + QStringLiteral("/docs/a.txt"), text));
        QVERIFY(writeFile(m_sources + QStringLiteral("/docs/b.bin"), randomBytes(300'000)));
        QVERIFY(writeFile(m_sources + QStringLiteral("/c.txt"), text.left(1000)));
        QVERIFY(writeFile(m_sources + QStringLiteral("/scratch.tmp"), text));
        QVERIFY(writeFile(m_sources + QStringLiteral("/cache/big.bin"), randomBytes(100'000)));
        m_keptBytes = text.size() + 300'000 + 1000;

        // A job that is past seeding: its name is taken.
        Offline::ImportJob done;
        done.name = QStringLiteral("done-job");
        done.state = Offline::ImportJobState::Seeded;
        QVERIFY(Offline::ImportJobStore().add(done).has_value());
    }

    void theFormAcceptsTheEmbeddedDefault()
    {
        InitiateBackupWizard wizard;
        reachTheForm(wizard, m_sources);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        // Pre-filled from what "Prepare this server" registered.
        QCOMPARE(driver.find<QComboBox>(QStringLiteral("storageAccount"))->currentText(),
                 QStringLiteral("seminalocal"));
        fillTheForm(driver, validForm(QStringLiteral("accepted")));
        // The subscription ID comes from the file, and the file's subscriptions are named.
        QCOMPARE(driver.find<QComboBox>(QStringLiteral("subscriptionId"))->currentText(), m_subscriptionId);
        QVERIFY(driver.find<QLabel>(QStringLiteral("publishSettingsSubscriptions"))
                    ->text()
                    .contains(QStringLiteral("Local")));
        for (const FormField field : {FormField::StagingLocation, FormField::PublishSettings, FormField::ImportJobName,
                                      FormField::SubscriptionId, FormField::StorageAccount, FormField::Container})
            QVERIFY2(!driver.find<QLabel>(objectName(field) + QStringLiteral("Problem"))->isVisible(),
                     qPrintable(objectName(field)));
        QVERIFY(driver.canGoNext());
        QVERIFY(!driver.find<QLabel>(QStringLiteral("formReminder"))->text().isEmpty());
    }

    void everyInvalidValueShowsItsMessage_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        const auto row = [](const char *name, FormField field, const QString &value) {
            QTest::newRow(name) << int(field) << value;
        };
        row("staging empty", FormField::StagingLocation, QString());
        row("staging under a file", FormField::StagingLocation, QStringLiteral("@/sources/c.txt/staging"));
        row("staging network path without share", FormField::StagingLocation, QStringLiteral("//server"));
        row("publish settings empty", FormField::PublishSettings, QString());
        row("publish settings missing", FormField::PublishSettings, QStringLiteral("@/missing.publishsettings"));
        row("publish settings not XML", FormField::PublishSettings, QStringLiteral("@/sources/c.txt"));
        row("job empty", FormField::ImportJobName, QString());
        row("job too short", FormField::ImportJobName, QStringLiteral("ab"));
        row("job with spaces", FormField::ImportJobName, QStringLiteral("my job"));
        row("job too long", FormField::ImportJobName, QStringLiteral("j").repeated(65));
        row("job taken", FormField::ImportJobName, QStringLiteral("Done-Job"));
        row("subscription empty", FormField::SubscriptionId, QString());
        row("subscription not a GUID", FormField::SubscriptionId, QStringLiteral("not-a-guid"));
        row("subscription not in the file", FormField::SubscriptionId,
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        row("account empty", FormField::StorageAccount, QString());
        row("account upper case", FormField::StorageAccount, QStringLiteral("SeminaLocal"));
        row("account too short", FormField::StorageAccount, QStringLiteral("ab"));
        row("account not registered", FormField::StorageAccount, QStringLiteral("unregistered1"));
        row("container empty", FormField::Container, QString());
        row("container too short", FormField::Container, QStringLiteral("ab"));
        row("container starts with hyphen", FormField::Container, QStringLiteral("-semina"));
        row("container double hyphen", FormField::Container, QStringLiteral("semi--na"));
        row("container upper case", FormField::Container, QStringLiteral("Semina"));
        row("container too long", FormField::Container, QStringLiteral("c").repeated(64));
    }

    void everyInvalidValueShowsItsMessage()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        value.replace(QLatin1Char('@'), m_home->path());
        InitiateBackupWizard wizard;
        reachTheForm(wizard, m_sources);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        Offline::OfflineBackupForm form = validForm(QStringLiteral("valid-job"));
        fillTheForm(driver, form);
        QVERIFY(driver.canGoNext());
        if (QTest::currentTestFailed())
            return;

        QVERIFY(driver.type(objectName(FormField(field)), value));
        auto *page = qobject_cast<OfflineFormPage *>(wizard.currentPage());
        // The message is the engine's, for exactly this form.
        Offline::OfflineFormValidator validator;
        validator.setExistingJobNames({QStringLiteral("done-job")});
        validator.setRegisteredStorageAccounts({QStringLiteral("seminalocal")});
        validator.setSubscriptionIds({m_subscriptionId});
        QString expected;
        for (const Offline::FieldProblem &problem : validator.validate(page->form())) {
            if (int(problem.field) == field && expected.isEmpty())
                expected = problem.message;
        }
        QVERIFY2(!expected.isEmpty(), "the engine's validator accepts the value");
        auto *problem = driver.find<QLabel>(objectName(FormField(field)) + QStringLiteral("Problem"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), expected);
        QVERIFY(!driver.canGoNext());
        // The other fields stay quiet.
        for (int other = 0; other < 6; ++other) {
            if (other != field && FormField(other) != FormField::SubscriptionId)
                QVERIFY2(!driver.find<QLabel>(objectName(FormField(other)) + QStringLiteral("Problem"))->isVisible(),
                         qPrintable(objectName(FormField(other))));
        }
    }

    void estimatesAndWritesTheSeed()
    {
        InitiateBackupWizard wizard;
        reachTheForm(wizard, m_sources);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        fillTheForm(driver, validForm(QStringLiteral("first-seed")));
        QVERIFY(driver.canGoNext());
        driver.next();
        passTheVaultKey(driver);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(driver.page(), int(Page::Estimate));
        QCOMPARE(wizard.currentPage()->title(), expect("Estimate", "Stima"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QVERIFY(driver.find<QLabel>(QStringLiteral("protectedSize"))
                    ->text()
                    .contains(QLocale().formattedDataSize(m_keptBytes, 1, QLocale::DataSizeSIFormat)));
        QVERIFY(!driver.find<QLabel>(QStringLiteral("spaceProblem"))->isVisible());
        QVERIFY(driver.find<QLabel>(QStringLiteral("drivesNeeded"))->text().startsWith(QStringLiteral("1 ")));
        // A drive size that does not read keeps Next disabled.
        QVERIFY(driver.type(QStringLiteral("driveSize"), QStringLiteral("lots")));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(driver.type(QStringLiteral("driveSize"), QStringLiteral("2T")));
        QVERIFY(wizard.currentPage()->isComplete());
        // The staging location and the account are remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("operator/stagingLocation")).toString(),
                 QDir::cleanPath(m_home->filePath(QStringLiteral("staging"))));

        driver.next();
        QCOMPARE(driver.page(), int(Page::BackUp));
        QCOMPARE(wizard.currentPage()->title(), expect("Back up now", "Esegui il backup ora"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(Page::Done));
        QVERIFY(QFileInfo(wizard.seed.manifestPath).isFile());
        QCOMPARE(wizard.seed.files, 3);
        const auto job = Offline::ImportJobStore().find(QStringLiteral("first-seed"));
        QVERIFY(job.has_value());
        QCOMPARE(job->state, Offline::ImportJobState::Seeded);
        QVERIFY(driver.find<QLabel>(QStringLiteral("jobState"))->text().contains(Offline::stateLabel(job->state)));
        QVERIFY(driver.find<QLabel>(QStringLiteral("doneSummary"))
                    ->text()
                    .contains(QDir::toNativeSeparators(wizard.seed.manifestPath)));
    }

    void cancellingBackUpNowThenResuming()
    {
        // Enough data that Cancel lands while the seed is being written.
        const QString big = m_home->filePath(QStringLiteral("big"));
        for (int i = 0; i < 6; ++i)
            QVERIFY(writeFile(big + QStringLiteral("/part%1.bin").arg(i), randomBytes(8 * 1024 * 1024)));

        InitiateBackupWizard wizard;
        reachTheForm(wizard, big);
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        fillTheForm(driver, validForm(QStringLiteral("resumed-seed")));
        driver.next();
        passTheVaultKey(driver);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        driver.next();
        QCOMPARE(driver.page(), int(Page::BackUp));
        auto *cancel = driver.find<QPushButton>(QStringLiteral("progressCancel"));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), kJobTimeoutMs);
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *retry = driver.find<QPushButton>(QStringLiteral("jobRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kJobTimeoutMs);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!driver.canGoNext());
        const auto stopped = Offline::ImportJobStore().find(QStringLiteral("resumed-seed"));
        QVERIFY(stopped.has_value());
        QCOMPARE(stopped->state, Offline::ImportJobState::Seeding);

        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), kJobTimeoutMs);
        QVERIFY(wizard.seed.resumed);
        driver.next();
        QCOMPARE(Offline::ImportJobStore().find(QStringLiteral("resumed-seed"))->state,
                 Offline::ImportJobState::Seeded);
    }
};

QTEST_MAIN(TestInitiateBackupWizard)
#include "tst_initiatebackupwizard.moc"
