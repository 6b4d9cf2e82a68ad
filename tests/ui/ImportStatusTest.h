#pragma once

#include "ShippingSample.h"
#include "TestEnvironment.h"
#include "core/Language.h"
#include "crypto/Random.h"
#include "drives/PreparedDrives.h"
#include "drives/StagedSeeds.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"
#include "importjob/ServiceSetup.h"
#include "importjob/StagedJob.h"
#include "offline/LocalSubscription.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

#include <memory>

namespace Semina::Test {

// What the import-status tests share: a server in a throw-away home (the real keychain), the
// embedded import service reached through a local subscription's publish settings, and import
// jobs brought to the state a test needs with the engine's own calls, as the technician's
// commands do (local record, drives recorded, job created in the service, shipping details
// committed).
class ImportStatusTest : public QObject {
protected:
    std::unique_ptr<TemporaryFolder> m_home;
    QString m_language;
    QString m_publishSettings;
    QString m_subscriptionId;
    QStringList m_keys; // keychain entries to remove again
    SecretStore m_secrets;

    bool english() const { return m_language == QLatin1String("en"); }
    QString expect(const char *en, const char *it) const { return QString::fromUtf8(english() ? en : it); }
    QString staging() const { return m_home->filePath(QStringLiteral("staging")); }
    Offline::JobTarget target(const QString &job) const { return {job, m_publishSettings, m_subscriptionId}; }

    // "19 December", as the deadlines write a day of this year.
    static QString day(const QDateTime &moment)
    {
        return QLocale().toString(moment.toLocalTime().date(), QStringLiteral("d MMMM"));
    }

    void setUpServer(const QString &application)
    {
        m_home = std::make_unique<TemporaryFolder>(QStringLiteral("import-status-home"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(application);
        m_language = testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());

        Offline::OfflineIdentity identity(m_secrets);
        QVERIFY(QDir().mkpath(identity.dataFolder()));
        m_publishSettings = QDir(identity.dataFolder()).filePath(QStringLiteral("local.publishsettings"));
        const auto subscription = Offline::writeLocalSubscription(m_publishSettings, QStringLiteral("Local"));
        QVERIFY(subscription.has_value());
        m_subscriptionId = subscription->id;
        const auto params = identity.create(m_subscriptionId);
        QVERIFY(params.has_value());
        m_keys << Offline::OfflineIdentity::keyName(params->applicationId);
    }

    void tearDownServer()
    {
        if (auto store = Offline::openEmbeddedStore()) {
            Offline::ServiceStorage storage(**store);
            if (auto description = storage.readDescription())
                m_keys << Offline::stationKeyName(*description);
        }
        for (const QString &key : std::as_const(m_keys))
            (void)m_secrets.remove(key);
        m_keys.clear();
        m_home.reset();
    }

    // The embedded service's storage, as the receiving station writes to it.
    static std::unique_ptr<Store::ObjectStore> embeddedStore()
    {
        return std::move(Offline::openEmbeddedStore().value());
    }

    // The job `name` on this computer in `state`, its `drives` drives recorded as prepared; from
    // Creating on, created in the service (and from Shipping on, shipped with `tracking`). With
    // `elsewhere`, created and shipped as the copy computer does it: this computer's record stays
    // DrivesPrepared.
    void makeJob(const QString &name, Offline::ImportJobState state, int drives,
                 const QString &tracking = QStringLiteral("1Z999AA10123456784"), bool elsewhere = false)
    {
        Offline::ImportJobStore localJobs;
        Offline::ImportJob job;
        job.name = name;
        job.subscriptionId = m_subscriptionId;
        job.storageAccount = QStringLiteral("seminalocal");
        job.container = QStringLiteral("semina");
        job.stagingLocation = staging();
        job.publishSettingsFile = m_publishSettings;
        job.state = std::min(state, Offline::ImportJobState::DrivesPrepared);
        QVERIFY(localJobs.add(job).has_value());
        if (state < Offline::ImportJobState::DrivesPrepared)
            return;
        const QString jobFolder = QDir(staging()).filePath(name);
        QList<Drives::PreparedDrive> prepared;
        Offline::ImportJobCreation creation{name,
                                            job.storageAccount,
                                            job.container,
                                            QByteArray("folder:") + staging().toUtf8(),
                                            Crypto::randomBytes(32).value(),
                                            {}};
        for (int i = 1; i <= drives; ++i) {
            const QString id = QStringLiteral("%1-drive-%2").arg(name).arg(i);
            const QString serial = QStringLiteral("WD-%1").arg(1000 + i);
            const qint64 bytes = qint64(i) * 500'000'000'000;
            const QByteArray manifest = Crypto::randomBytes(32).value();
            prepared.append({i,
                             drives,
                             id,
                             serial,
                             bytes,
                             1000,
                             QString::fromLatin1(manifest.toHex()),
                             {},
                             Offline::driveKeyName(id)});
            creation.drives.append({id, serial, i, drives, bytes, manifest, Crypto::randomBytes(32).value()});
        }
        QVERIFY(QDir().mkpath(QFileInfo(Drives::PreparationLayout::preparedPath(jobFolder)).path()));
        QVERIFY(Drives::recordPreparedDrives(jobFolder, name, prepared).has_value());
        if (state < Offline::ImportJobState::Creating)
            return;
        auto service = Offline::openJobService(target(name), m_secrets);
        QVERIFY2(service.has_value(), qPrintable(service ? QString() : service.error().message));
        Offline::OfflineIdentity identity(m_secrets);
        auto created = Offline::createImportJob(**service, identity, creation, elsewhere ? nullptr : &localJobs);
        QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().message));
        if (state < Offline::ImportJobState::Shipping)
            return;
        const Offline::ShippingDetails details = Test::sampleShippingDetails(QStringLiteral("UPS"), tracking, drives);
        auto shipped = (*service)->ship(name, details);
        QVERIFY2(shipped.has_value(), qPrintable(shipped ? QString() : shipped.error().message));
        if (!elsewhere)
            QVERIFY(Offline::mirrorLocalState(localJobs, *shipped).has_value());
    }
};

} // namespace Semina::Test
