#include "InitiateWizardTest.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QUuid>

using namespace Semina;
using namespace Semina::Ui;

// "Initiate offline backup" clicked through against the embedded default: the server is
// prepared through the engine first (the Prepare-this-server wizard has its own test), in a
// throw-away home with the real keychain.
class TestInitiateBackupWizard : public Test::InitiateWizardTest {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareServer(QStringLiteral("InitiateBackup")); }

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
        reachTheEstimate(wizard, m_sources, QStringLiteral("first-seed"));
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
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
        reachTheEstimate(wizard, big, QStringLiteral("resumed-seed"));
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
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
