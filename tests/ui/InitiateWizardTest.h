#pragma once

#include "TestEnvironment.h"
#include "WizardDriver.h"
#include "core/Language.h"
#include "importjob/ImportJobStore.h"
#include "models/SourceSelectionModel.h"
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

namespace Semina::Test {

// What the "Initiate offline backup" tests share: a server prepared through the engine (as
// "Prepare this server" does it) in a throw-away home with the real keychain, the embedded
// default's valid form, and the steps that click through the first pages.
class InitiateWizardTest : public QObject {
protected:
    using Page = Ui::InitiateBackupWizard::PageId;
    using FormField = Offline::FormField;

    std::unique_ptr<TemporaryFolder> m_home;
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
    void reachTheForm(Ui::InitiateBackupWizard &wizard, const QString &sources)
    {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver driver(wizard);
        QCOMPARE(driver.page(), int(Page::Sources));
        QVERIFY(!driver.canGoNext());
        auto *page = qobject_cast<Ui::SourcesPage *>(wizard.currentPage());
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

    void fillTheForm(WizardDriver &driver, const Offline::OfflineBackupForm &form)
    {
        QVERIFY(driver.type(QStringLiteral("stagingLocation"), form.stagingLocation));
        QVERIFY(driver.type(QStringLiteral("publishSettingsFile"), form.publishSettingsFile));
        QVERIFY(driver.type(QStringLiteral("importJobName"), form.importJobName));
        QVERIFY(driver.type(QStringLiteral("subscriptionId"), form.subscriptionId));
        QVERIFY(driver.type(QStringLiteral("storageAccount"), form.storageAccount));
        QVERIFY(driver.type(QStringLiteral("container"), form.container));
    }

    void passTheVaultKey(WizardDriver &driver)
    {
        QCOMPARE(driver.page(), int(Page::VaultKey));
        QVERIFY(driver.type(QStringLiteral("vaultPassphrase"), QStringLiteral("correct horse battery")));
        QVERIFY(driver.type(QStringLiteral("vaultPassphraseRepeat"), QStringLiteral("correct horse batter")));
        QVERIFY(!driver.canGoNext());
        QVERIFY(driver.type(QStringLiteral("vaultPassphraseRepeat"), QStringLiteral("correct horse battery")));
        QVERIFY(driver.canGoNext());
        driver.next();
    }

    // Through the form and the vault key to the Estimate page, its job finished.
    void reachTheEstimate(Ui::InitiateBackupWizard &wizard, const QString &sources, const QString &job)
    {
        reachTheForm(wizard, sources);
        if (QTest::currentTestFailed())
            return;
        WizardDriver driver(wizard);
        fillTheForm(driver, validForm(job));
        QVERIFY(driver.canGoNext());
        driver.next();
        passTheVaultKey(driver);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(driver.page(), int(Page::Estimate));
        QTRY_VERIFY_WITH_TIMEOUT(driver.find<QLabel>(QStringLiteral("stagingFreeSpace"))->isVisible(), kJobTimeoutMs);
    }

    // The server, its account and the sources, as the tests start from them; `application` keeps
    // the QSettings of each test program apart.
    void prepareServer(const QString &application)
    {
        m_home = std::make_unique<TemporaryFolder>(QStringLiteral("initiate-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(application);
        m_language = testLanguage();
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
};

} // namespace Semina::Test
