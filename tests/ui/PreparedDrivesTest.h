#pragma once

#include "DriveFixture.h"
#include "TestEnvironment.h"
#include "core/Language.h"
#include "drives/PreparedDrives.h"
#include "drives/SpanPlan.h"
#include "importjob/ServiceSetup.h"
#include "importjob/ServiceStorage.h"
#include "offline/LocalSubscription.h"
#include "store/AccountRegistry.h"
#include "store/StoreFactory.h"
#include "wizards/preparedrives/DrivesSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTest>
#include <QWizard>
#include <QWizardPage>

#include <memory>

namespace Semina::Test {

// What the tests of the "Prepare drives" pages share: a throw-away home (data and settings), the
// test's language, a seed in a staging location prepared onto folders standing for drives by the
// engine's prepareDrives (as tst_driveprep does), the seed form's publish settings (the embedded
// import service) and its storage account, and the session the wizard would hold at that point.
// The drive keys and the station's key made in the real keychain are removed again.
class PreparedDrivesTest : public QObject {
protected:
    std::unique_ptr<TemporaryFolder> m_config;
    std::unique_ptr<TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;
    QString m_language;
    Ui::DrivesSession m_session;
    static constexpr int kJobTimeoutMs = 120'000;

    [[nodiscard]] bool english() const { return m_language == QLatin1String("en"); }
    [[nodiscard]] QString expect(const char *en, const char *it) const
    {
        return QString::fromUtf8(english() ? en : it);
    }

    // A fresh data folder for each test; the settings folder is the program's (QSettings keeps
    // the first location it sees), so what a test registers there is removed by tearDown().
    void setUpHome(const QString &application)
    {
        if (!m_config) {
            m_config = std::make_unique<TemporaryFolder>(application + QStringLiteral("-config"));
            qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
        }
        m_home = std::make_unique<TemporaryFolder>(application);
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(application);
        m_language = testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
    }

    // The seed written and spread over `drives` folder drives in one run: the session holds
    // what the Preparing page hands on (every drive finished now, with its recovery password).
    void prepareSeedDrives(int drives)
    {
        // The seed server's identity and jobs where the wizard's engine calls look for them.
        m_fixture = std::make_unique<DriveFixture>(Offline::OfflineIdentity::defaultDataFolder(),
                                                   Offline::ImportJobStore::defaultFolder());
        const Drives::StagedSeed seed = m_fixture->seed();
        QStringList roots;
        for (int i = 1; i <= drives; ++i)
            roots << m_fixture->drive(i);
        Drives::DriveCapacity capacity{0, 4096};
        qint64 footprint = 0;
        for (const Offline::SeedObject &object : seed.seed.manifest.objects)
            footprint += capacity.footprint(object.size);
        const qint64 limit = capacity.reserve(seed.seed.manifest.objects.size()) + footprint / drives + footprint / 20;
        JobContext context;
        const auto prepared
            = Drives::prepareDrives(DriveFixture::preparation(seed, roots, limit),
                                    {&m_fixture->secrets, &m_fixture->identity, &m_fixture->jobs}, context);
        QVERIFY2(prepared.has_value(), qPrintable(prepared ? QString() : prepared.error().message));
        QCOMPARE(prepared->drives.size(), drives);
        for (const Drives::PreparedDrive &drive : prepared->drives)
            m_fixture->vaultKeys << drive.keychainEntry;
        const Offline::OfflineBackupForm form = m_fixture->request({}).form;
        m_session.staging = m_fixture->staging();
        m_session.job = seed.job;
        m_session.jobFolder = seed.jobFolder;
        m_session.finishedNow = prepared->finishedNow;
        m_session.prepared = prepared->drives;
    }

    // The seed form's subscription, as publish settings of the embedded import service.
    void issuePublishSettings()
    {
        const Offline::OfflineBackupForm form = m_fixture->request({}).form;
        const auto issued
            = Offline::writeLocalSubscription(form.publishSettingsFile, QStringLiteral("Lab"), form.subscriptionId);
        QVERIFY2(issued.has_value(), qPrintable(issued ? QString() : issued.error().message));
    }

    // The seed form's storage account, as a folder: what creating the job hands the station.
    void addStorageAccount()
    {
        const QString folder = m_home->filePath(QStringLiteral("account"));
        QVERIFY(QDir().mkpath(folder));
        Store::AccountRegistry accounts(m_fixture->secrets);
        const auto added = accounts.addFolder(m_fixture->request({}).form.storageAccount, folder, {});
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message));
    }

    // The text of a PDF file, as pdftotext (poppler-utils) reads it, ligatures ("ﬁ") undone.
    static QString pdfText(const QString &file)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        process.waitForFinished(30'000);
        return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

    // A page of "Prepare drives" in a wizard of the real one's style and size; with `pageAfter`
    // a plain page follows it, so that Next exists.
    template <typename Page> struct PageHost {
        QWizard wizard;
        Page *page;
        PageHost(Ui::DrivesSession &session, bool pageAfter)
            : page(new Page(session))
        {
            wizard.setWizardStyle(QWizard::ModernStyle);
            wizard.resize(760, 600); // as the operator's wizards open
            wizard.addPage(page);
            if (pageAfter) {
                auto *after = new QWizardPage;
                after->setTitle(QStringLiteral("after"));
                wizard.addPage(after);
            }
        }
        [[nodiscard]] bool show()
        {
            wizard.show();
            return QTest::qWaitForWindowExposed(&wizard);
        }
    };

    // A dialog or other child of `parent` once it shows (null, and the test failed, when it does not).
    template <typename T> T *waitForChild(QWidget &parent, const QString &name, int timeoutMs = kJobTimeoutMs)
    {
        T *child = nullptr;
        [&] {
            QTRY_VERIFY2_WITH_TIMEOUT((child = parent.findChild<T *>(name)) && child->isVisible(), qPrintable(name),
                                      timeoutMs);
        }();
        return child;
    }

    void tearDown()
    {
        if (m_fixture) {
            if (auto store = Store::openFolderStore(Offline::embeddedServiceFolder())) {
                Offline::ServiceStorage storage(**store);
                if (auto description = storage.readDescription())
                    m_fixture->vaultKeys << Offline::stationKeyName(*description);
            }
            Store::AccountRegistry accounts(m_fixture->secrets);
            if (accounts.find(m_fixture->request({}).form.storageAccount))
                QVERIFY(accounts.remove(m_fixture->request({}).form.storageAccount).has_value());
        }
        m_session = {};
        m_fixture.reset();
        m_home.reset();
    }
};

} // namespace Semina::Test
