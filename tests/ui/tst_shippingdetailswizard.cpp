#include "ShippingSample.h"
#include "TestEnvironment.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "crypto/Random.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"
#include "importjob/ServiceSetup.h"
#include "importjob/ShippingCommit.h"
#include "importjob/ShippingValidator.h"
#include "offline/LocalSubscription.h"
#include "offline/OfflineIdentity.h"
#include "offline/SeedManifest.h"
#include "secrets/SecretStore.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include <memory>

using namespace Semina;
using Page = Ui::ShippingDetailsWizard::PageId;
using Offline::ShippingField;

// "Shipping details" as a technician clicks through it, against the embedded import service with
// jobs created in the test by the engine (as "Prepare drives" creates them): each field's rule
// refused as it is typed, a tracking number another job uses refused at the commit and accepted
// once corrected, the job then Shipping with its arrival deadline, a job preselected by name, a
// job already shipped explained, and a job found from a staging location on another computer.
class TestShippingDetailsWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    QString m_language;
    QString m_publishSettings;
    QString m_subscriptionId;
    static constexpr int kTimeoutMs = 60'000;

    bool english() const { return m_language == QLatin1String("en"); }
    QString expect(const char *en, const char *it) const { return QString::fromUtf8(english() ? en : it); }

    // The service, connected as the source computer connects to it.
    std::unique_ptr<Offline::ImportService> service()
    {
        SecretStore secrets;
        auto opened = Offline::openImportService(m_publishSettings, m_subscriptionId, secrets);
        return opened ? std::move(*opened) : nullptr;
    }

    // A job of this computer whose drives are prepared, created in the service: state Creating.
    bool createJob(const QString &name, int drives, bool recordedHere = true)
    {
        Offline::ImportJobStore jobs;
        if (recordedHere) {
            Offline::ImportJob local;
            local.name = name;
            local.subscriptionId = m_subscriptionId;
            local.publishSettingsFile = m_publishSettings;
            local.storageAccount = QStringLiteral("seminalocal");
            local.container = QStringLiteral("semina");
            local.stagingLocation = m_home->filePath(QStringLiteral("staging"));
            local.state = Offline::ImportJobState::DrivesPrepared;
            if (!jobs.add(local))
                return false;
        }
        Offline::ImportJobCreation creation{name,
                                            QStringLiteral("seminalocal"),
                                            QStringLiteral("semina"),
                                            m_home->filePath(QStringLiteral("account")).toUtf8(),
                                            Crypto::randomBytes(32).value(),
                                            {}};
        for (int i = 1; i <= drives; ++i)
            creation.drives.append({QStringLiteral("%1-d%2").arg(name).arg(i), QStringLiteral("SN-%1").arg(i), i,
                                    drives, 2'000'000'000'000, Crypto::randomBytes(32).value(),
                                    Crypto::randomBytes(32).value()});
        SecretStore secrets;
        Offline::OfflineIdentity identity(secrets);
        auto opened = service();
        if (!opened)
            return false;
        auto created = Offline::createImportJob(*opened, identity, creation, recordedHere ? &jobs : nullptr);
        if (!created)
            qWarning("%s", qPrintable(created.error().message));
        return created.has_value() && created->state == Offline::ImportJobState::Creating;
    }

    // Valid details of a package of `drives` drives.
    static Offline::ShippingDetails validDetails(const QString &tracking, int drives)
    {
        return Test::sampleShippingDetails(QStringLiteral("UPS"), tracking, drives);
    }

    static QString objectName(ShippingField field)
    {
        switch (field) {
        case ShippingField::Carrier:
            return QStringLiteral("carrier");
        case ShippingField::TrackingNumber:
            return QStringLiteral("trackingNumber");
        case ShippingField::DriveCount:
            return {};
        case ShippingField::ShipDate:
            return QStringLiteral("shipDate");
        case ShippingField::Recipient:
            return QStringLiteral("recipient");
        case ShippingField::Street1:
            return QStringLiteral("street1");
        case ShippingField::Street2:
            return QStringLiteral("street2");
        case ShippingField::City:
            return QStringLiteral("city");
        case ShippingField::StateOrProvince:
            return QStringLiteral("stateOrProvince");
        case ShippingField::PostalCode:
            return QStringLiteral("postalCode");
        case ShippingField::CountryOrRegion:
            return QStringLiteral("countryOrRegion");
        case ShippingField::Phone:
            return QStringLiteral("phone");
        case ShippingField::Email:
            return QStringLiteral("email");
        case ShippingField::ReturnCarrier:
            return QStringLiteral("returnCarrier");
        case ShippingField::ReturnAccountNumber:
            return QStringLiteral("returnAccountNumber");
        }
        return {};
    }

    static Page pageOf(ShippingField field)
    {
        if (field <= ShippingField::ShipDate)
            return Page::Package;
        if (field <= ShippingField::CountryOrRegion)
            return Page::ReturnAddress;
        return Page::ReturnShipping;
    }

    // Types the fields of the current page as a person would (the ship date is picked).
    static void typePage(Test::WizardDriver &driver, const Offline::ShippingDetails &details)
    {
        for (int i = int(ShippingField::Carrier); i <= int(ShippingField::ReturnAccountNumber); ++i) {
            const auto field = ShippingField(i);
            if (field == ShippingField::DriveCount || pageOf(field) != Page(driver.page()))
                continue;
            if (field == ShippingField::ShipDate)
                driver.find<QDateEdit>(QStringLiteral("shipDate"))->setDate(details.package.shipDate);
            else
                QVERIFY(driver.type(objectName(field), Offline::shippingFieldValue(details, field)));
        }
    }

    // From the job page (its job looked up) to `until`, every page filled with `details`.
    void fillUntil(Ui::ShippingDetailsWizard &wizard, const Offline::ShippingDetails &details, Page until)
    {
        Test::WizardDriver driver(wizard);
        QCOMPARE(driver.page(), int(Page::Job));
        QTRY_VERIFY2_WITH_TIMEOUT(driver.canGoNext(),
                                  qPrintable(driver.find<QLabel>(QStringLiteral("jobStatus"))->text()), kTimeoutMs);
        for (Page page : {Page::Package, Page::ReturnAddress, Page::ReturnShipping}) {
            driver.next();
            QCOMPARE(driver.page(), int(page));
            if (page == until)
                return;
            typePage(driver, details);
            QVERIFY2(driver.canGoNext(), qPrintable(wizard.currentPage()->title()));
        }
        driver.next();
        QCOMPARE(driver.page(), int(Page::Review));
    }

    QString trackingNumber() const
    {
        return QStringLiteral("1Z%1").arg(QString::fromLatin1(Crypto::randomBytes(8).value().toHex()).toUpper());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("shipping-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shippingdetailswizard"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());

        // The source computer: its offline identity and a subscription of the embedded service.
        SecretStore secrets;
        Offline::OfflineIdentity identity(secrets);
        QVERIFY(QDir().mkpath(identity.dataFolder()));
        m_publishSettings = QDir(identity.dataFolder()).filePath(QStringLiteral("local.publishsettings"));
        const auto subscription = Offline::writeLocalSubscription(m_publishSettings, QStringLiteral("Local"));
        QVERIFY(subscription.has_value());
        m_subscriptionId = subscription->id;
        QVERIFY(identity.create(m_subscriptionId).has_value());
        QVERIFY(createJob(QStringLiteral("fields-job"), 2));
    }

    void cleanupTestCase() { m_home.reset(); }

    void eachFieldIsCheckedAsItIsTyped_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        const auto row = [](const char *name, ShippingField field, const char *wrong, const char *right) {
            QTest::newRow(name) << int(field) << QString::fromUtf8(wrong) << QString::fromUtf8(right);
        };
        row("carrier not supported", ShippingField::Carrier, "Pony Express", "ups");
        row("tracking number too short", ShippingField::TrackingNumber, "1Z9", "1Z999AA10123456784");
        row("tracking number with symbols", ShippingField::TrackingNumber, "1Z999#AA10", "1Z999AA10123456784");
        row("ship date over a week ahead", ShippingField::ShipDate, "9", "0");
        row("recipient missing", ShippingField::Recipient, "", "Contoso Backup Desk");
        row("street missing", ShippingField::Street1, "", "Corso Italia 5");
        row("city missing", ShippingField::City, "", "Torino");
        row("postal code missing", ShippingField::PostalCode, "", "10121");
        row("country missing", ShippingField::CountryOrRegion, "", "Italia");
        row("phone with letters", ShippingField::Phone, "011-CALL-ME", "+39 011 555 0101");
        row("phone too short", ShippingField::Phone, "12345", "+39 011 555 0101");
        row("email without domain", ShippingField::Email, "desk@", "desk@contoso.example");
        row("return carrier missing", ShippingField::ReturnCarrier, "", "UPS");
        row("return account missing", ShippingField::ReturnAccountNumber, "", "ACC-778899");
    }

    void eachFieldIsCheckedAsItIsTyped()
    {
        QFETCH(int, field);
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        const auto checked = ShippingField(field);
        Ui::ShippingDetailsWizard wizard(nullptr, QStringLiteral("fields-job"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const Offline::ShippingDetails valid = validDetails(QStringLiteral("1Z999AA10123456784"), 2);
        fillUntil(wizard, valid, pageOf(checked));
        if (QTest::currentTestFailed())
            return;
        Test::WizardDriver driver(wizard);
        typePage(driver, valid);

        // The engine's own message for the wrong value, in the test's language.
        const QString name = objectName(checked);
        Offline::ShippingDetails typed = valid;
        const auto enter = [&](const QString &value) {
            if (checked == ShippingField::ShipDate) {
                const QDate date = QDate::currentDate().addDays(value.toInt());
                driver.find<QDateEdit>(name)->setDate(date);
                typed.package.shipDate = date;
            } else {
                QVERIFY(driver.type(name, value));
                Offline::setShippingField(typed, checked, value);
            }
        };
        enter(wrong);
        const Offline::ShippingValidator validator(Offline::defaultCarriers(), 2, QDate::currentDate());
        const std::optional<QString> message = validator.check(checked, typed);
        QVERIFY(message.has_value());
        auto *problem = driver.find<QLabel>(name + QStringLiteral("Problem"));
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->text(), *message);
        QVERIFY(!driver.canGoNext());

        enter(right);
        QVERIFY(!problem->isVisible());
        QVERIFY(driver.canGoNext());
    }

    void theDetailsAreReviewedCommittedAndTheDeadlineShown()
    {
        const QString job = QStringLiteral("files-2026");
        QVERIFY(createJob(job, 3));
        const QString tracking = trackingNumber();
        Ui::ShippingDetailsWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QCOMPARE(wizard.currentPage()->title(), expect("Import job", "Processo di importazione"));
        // This computer's jobs waiting for shipping details; choose the new one.
        auto *jobs = driver.find<QComboBox>(QStringLiteral("localJob"));
        const int index = jobs->findData(job);
        QVERIFY(index >= 0);
        jobs->setCurrentIndex(index);
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kTimeoutMs);
        auto *status = driver.find<QLabel>(QStringLiteral("jobStatus"));
        QVERIFY(status->text().contains(job));
        QVERIFY(status->text().contains(Offline::stateLabel(Offline::ImportJobState::Creating)));

        Offline::ShippingDetails details = validDetails(tracking, 3);
        details.package.carrier = QStringLiteral("ups"); // typed as a person would; committed as UPS
        fillUntil(wizard, details, Page::Review);
        QCOMPARE(driver.page(), int(Page::Review));
        QCOMPARE(driver.button(QWizard::NextButton)->text(), expect("&Commit", "&Conferma"));
        auto *reviewed = driver.find<QLabel>(QStringLiteral("review-%1").arg(int(ShippingField::TrackingNumber)));
        QCOMPARE(reviewed->text(), tracking);
        reviewed = driver.find<QLabel>(QStringLiteral("review-%1").arg(int(ShippingField::Carrier)));
        QCOMPARE(reviewed->text(), QStringLiteral("UPS"));
        reviewed = driver.find<QLabel>(QStringLiteral("review-%1").arg(int(ShippingField::DriveCount)));
        QCOMPARE(reviewed->text(), QLocale().toString(3));

        driver.next();
        QCOMPARE(driver.page(), int(Page::Commit));
        QTRY_COMPARE_WITH_TIMEOUT(driver.page(), int(Page::Done), kTimeoutMs);
        auto committed = service()->job(job);
        QVERIFY(committed.has_value());
        QCOMPARE(committed->state, Offline::ImportJobState::Shipping);
        QCOMPARE(committed->shipping->package.trackingNumber, tracking);
        QCOMPARE(committed->shipping->package.carrier, QStringLiteral("UPS"));
        QCOMPARE(Offline::ImportJobStore().find(job)->state, Offline::ImportJobState::Shipping);
        QVERIFY(QFile::exists(Offline::shippingDetailsPath(job)));

        QVERIFY(driver.find<QLabel>(QStringLiteral("committedState"))
                    ->text()
                    .contains(Offline::stateLabel(Offline::ImportJobState::Shipping)));
        const Offline::JobDeadline deadline = Offline::deadlineFor(*committed);
        QCOMPARE(deadline.kind, Offline::JobDeadline::Kind::Arrival);
        const QString shown = driver.find<QLabel>(QStringLiteral("arrivalDeadline"))->text();
        // "Drives must arrive by 19 December: 13 days left": the day as the headline writes it.
        const QString day = Offline::deadlineHeadline(deadline, QDateTime::currentDateTimeUtc()).section(u':', 0, 0);
        QVERIFY2(!day.isEmpty() && shown.contains(day), qPrintable(shown));
        QVERIFY2(shown.contains(expect("must arrive", "devono arrivare")), qPrintable(shown));
        // Committed: finished, and no way back to change the details.
        QVERIFY(driver.button(QWizard::FinishButton)->isVisible());
        QVERIFY(!driver.button(QWizard::BackButton)->isEnabled());

        // The return address is offered again for the next job; the tracking number never is.
        const QString next = QStringLiteral("files-2027");
        QVERIFY(createJob(next, 1));
        Ui::ShippingDetailsWizard second(nullptr, next);
        second.show();
        Test::WizardDriver secondDriver(second);
        QTRY_VERIFY_WITH_TIMEOUT(secondDriver.canGoNext(), kTimeoutMs);
        secondDriver.next();
        QVERIFY(secondDriver.find<QLineEdit>(QStringLiteral("trackingNumber"))->text().isEmpty());
        QCOMPARE(secondDriver.find<QComboBox>(QStringLiteral("carrier"))->currentText(), QStringLiteral("UPS"));
        typePage(secondDriver, validDetails(trackingNumber(), 1));
        secondDriver.next();
        QCOMPARE(secondDriver.find<QLineEdit>(QStringLiteral("recipient"))->text(), details.returnAddress.recipient);
        QCOMPARE(secondDriver.find<QLineEdit>(QStringLiteral("postalCode"))->text(), details.returnAddress.postalCode);
        QVERIFY(secondDriver.canGoNext());
    }

    void aTrackingNumberOfAnotherJobIsRefusedAtTheCommitAndAcceptedAfterAFix()
    {
        // Another job already shipped with this tracking number.
        const QString tracking = trackingNumber();
        QVERIFY(createJob(QStringLiteral("first-package"), 1));
        Offline::ImportJobStore jobs;
        auto first = service();
        QVERIFY(Offline::commitShipping(*first, QStringLiteral("first-package"), validDetails(tracking, 1), jobs)
                    .has_value());

        const QString job = QStringLiteral("second-package");
        QVERIFY(createJob(job, 2));
        Ui::ShippingDetailsWizard wizard(nullptr, job);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        fillUntil(wizard, validDetails(tracking, 2), Page::Review);
        driver.next();
        QCOMPARE(driver.page(), int(Page::Commit));
        QPushButton *correct = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((correct = driver.find<QPushButton>(QStringLiteral("correctTrackingNumber")))
                                     && correct->isVisible(),
                                 kTimeoutMs);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(driver.button(QWizard::BackButton)->isEnabled());
        QVERIFY(driver.find<QLabel>(QStringLiteral("commitStatus"))->text().contains(tracking));
        QCOMPARE(service()->job(job)->state, Offline::ImportJobState::Creating);

        // Back at the field, the message under it, Next held until the number changes.
        QTest::mouseClick(correct, Qt::LeftButton);
        QCOMPARE(driver.page(), int(Page::Package));
        auto *problem = driver.find<QLabel>(QStringLiteral("trackingNumberProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(tracking));
        QVERIFY(!driver.canGoNext());
        const QString fixed = trackingNumber();
        QVERIFY(driver.type(QStringLiteral("trackingNumber"), fixed));
        QVERIFY(!problem->isVisible());
        QVERIFY(driver.canGoNext());
        for (Page page : {Page::ReturnAddress, Page::ReturnShipping, Page::Review, Page::Commit}) {
            driver.next();
            QCOMPARE(driver.page(), int(page));
        }
        QTRY_COMPARE_WITH_TIMEOUT(driver.page(), int(Page::Done), kTimeoutMs);
        const auto shipped = service()->job(job);
        QCOMPARE(shipped->state, Offline::ImportJobState::Shipping);
        QCOMPARE(shipped->shipping->package.trackingNumber, fixed);
    }

    void aTrackingNumberOfAnotherJobIsRefusedAsItIsTyped()
    {
        const QString tracking = trackingNumber();
        QVERIFY(createJob(QStringLiteral("typed-first"), 1));
        Offline::ImportJobStore jobs;
        QVERIFY(Offline::commitShipping(*service(), QStringLiteral("typed-first"), validDetails(tracking, 1), jobs)
                    .has_value());
        QVERIFY(createJob(QStringLiteral("typed-second"), 1));
        Ui::ShippingDetailsWizard wizard(nullptr, QStringLiteral("typed-second"));
        wizard.show();
        Test::WizardDriver driver(wizard);
        fillUntil(wizard, validDetails(tracking, 1), Page::Package);
        QVERIFY(driver.type(QStringLiteral("carrier"), QStringLiteral("UPS")));
        QVERIFY(driver.type(QStringLiteral("trackingNumber"), tracking.toLower()));
        // Well formed, so Next is offered until the service has answered.
        QVERIFY(driver.canGoNext());
        auto *problem = driver.find<QLabel>(QStringLiteral("trackingNumberProblem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), kTimeoutMs);
        auto expected = Offline::trackingNumberProblem(*service(), QStringLiteral("typed-second"), tracking.toLower());
        QVERIFY(expected.has_value() && expected->has_value());
        QCOMPARE(problem->text(), **expected);
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("trackingNumber"), trackingNumber()));
        QVERIFY(!problem->isVisible());
        QVERIFY(driver.canGoNext());
    }

    void aPreselectedJobIsChosenAndAShippedOneExplained()
    {
        QVERIFY(createJob(QStringLiteral("alpha"), 1));
        QVERIFY(createJob(QStringLiteral("beta"), 1));
        {
            Ui::ShippingDetailsWizard wizard(nullptr, QStringLiteral("beta"));
            wizard.show();
            Test::WizardDriver driver(wizard);
            QCOMPARE(driver.find<QComboBox>(QStringLiteral("localJob"))->currentData().toString(),
                     QStringLiteral("beta"));
            QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kTimeoutMs);
            QVERIFY(driver.find<QLabel>(QStringLiteral("jobStatus"))->text().contains(QStringLiteral("beta")));
        }
        // Shipped elsewhere meanwhile: what was committed, the deadline, and no way on.
        const QString tracking = trackingNumber();
        Offline::ImportJobStore jobs;
        auto shipped = Offline::commitShipping(*service(), QStringLiteral("beta"), validDetails(tracking, 1), jobs);
        QVERIFY(shipped.has_value());
        Ui::ShippingDetailsWizard wizard(nullptr, QStringLiteral("beta"));
        wizard.show();
        Test::WizardDriver driver(wizard);
        auto *status = driver.find<QLabel>(QStringLiteral("jobStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(tracking), kTimeoutMs);
        QVERIFY(status->text().contains(Offline::stateLabel(Offline::ImportJobState::Shipping)));
        const Offline::JobDeadline deadline = Offline::deadlineFor(shipped->job);
        QVERIFY2(status->text().contains(
                     Offline::deadlineHeadline(deadline, QDateTime::currentDateTimeUtc()).section(u':', 0, 0)),
                 qPrintable(status->text()));
        QVERIFY(!driver.canGoNext());

        // Without a name, the first job waiting for its details is chosen, not an older shipped one.
        QVERIFY(
            Offline::commitShipping(*service(), QStringLiteral("fields-job"), validDetails(trackingNumber(), 2), jobs)
                .has_value());
        Ui::ShippingDetailsWizard plain;
        plain.show();
        Test::WizardDriver plainDriver(plain);
        auto *local = plainDriver.find<QComboBox>(QStringLiteral("localJob"));
        QCOMPARE(local->itemData(0).toString(), QStringLiteral("fields-job"));
        const QString chosen = local->currentData().toString();
        QCOMPARE(Offline::ImportJobStore().find(chosen)->state, Offline::ImportJobState::Creating);
        QTRY_VERIFY_WITH_TIMEOUT(plainDriver.canGoNext(), kTimeoutMs);
    }

    void aJobIsFoundFromItsStagingLocationOnAnotherComputer()
    {
        // No record of the job on this computer: only its seed's manifest in the staging location.
        const QString job = QStringLiteral("copied-seed");
        QVERIFY(createJob(job, 2, false));
        const QString staging = m_home->filePath(QStringLiteral("shared-staging"));
        Offline::SeedManifest manifest;
        manifest.form = {
            staging, m_publishSettings, job, m_subscriptionId, QStringLiteral("seminalocal"), QStringLiteral("semina")};
        manifest.vaultId = QStringLiteral("ab").repeated(16);
        manifest.created = QDateTime::currentDateTimeUtc();
        // And the seed of a job whose drives were never prepared: the service does not know it.
        for (const QString &name : {job, QStringLiteral("an-unprepared-seed")}) {
            manifest.form.importJobName = name;
            QVERIFY(QDir().mkpath(QDir(staging).filePath(name)));
            QFile file(QDir(QDir(staging).filePath(name)).filePath(QLatin1String(Offline::SeedLayout::kManifestFile)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(manifest.toJson());
        }

        Ui::ShippingDetailsWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        Test::WizardDriver driver(wizard);
        QTest::mouseClick(driver.find<QRadioButton>(QStringLiteral("jobFromStaging")), Qt::LeftButton);
        QVERIFY(driver.find<QLabel>(QStringLiteral("publishSettingsWhy"))->isEnabled());
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), staging));
        auto *jobs = driver.find<QComboBox>(QStringLiteral("stagingJob"));
        QTRY_COMPARE_WITH_TIMEOUT(jobs->count(), 2, kTimeoutMs);
        auto *status = driver.find<QLabel>(QStringLiteral("jobStatus"));
        auto *again = driver.find<QPushButton>(QStringLiteral("lookUpAgain"));
        jobs->setCurrentIndex(jobs->findText(QStringLiteral("an-unprepared-seed")));
        auto unknown = service()->job(QStringLiteral("an-unprepared-seed"));
        QVERIFY(!unknown.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(unknown.error().message), kTimeoutMs);
        QVERIFY(status->text().contains(expect("Prepare drives", "Prepara i dischi")));
        QVERIFY(again->isVisible());
        QVERIFY(!driver.canGoNext());
        jobs->setCurrentIndex(jobs->findText(job));
        QTRY_VERIFY_WITH_TIMEOUT(driver.canGoNext(), kTimeoutMs);
        QVERIFY(!again->isVisible());
        QCOMPARE(driver.find<QComboBox>(QStringLiteral("subscriptionId"))->currentData().toString(), m_subscriptionId);
        QVERIFY(driver.find<QLabel>(QStringLiteral("jobStatus"))->text().contains(job));
        driver.next();
        QCOMPARE(driver.page(), int(Page::Package));
        QVERIFY(driver.find<QLabel>(QStringLiteral("packageDrives"))->text().contains(job));
        QCOMPARE(QSettings().value(QLatin1String(Ui::ShippingSettings::kStagingLocation)).toString(), staging);
    }
};

QTEST_MAIN(TestShippingDetailsWizard)
#include "tst_shippingdetailswizard.moc"
