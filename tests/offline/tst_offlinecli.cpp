#include "CliProcess.h"
#include "Fixtures.h"
#include "TestEnvironment.h"

#include "importjob/ImportJobStore.h"
#include "offline/CertificatePublisher.h"
#include "offline/LocalSubscription.h"
#include "offline/OfflineApplicationParams.h"
#include "offline/OfflineIdentity.h"
#include "offline/PublishSettings.h"
#include "secrets/SecretStore.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Semina;

namespace {
const QString kSubscription = QStringLiteral("7d3e2f10-aaaa-4bbb-8ccc-0123456789ab");
}

// The operator's commands as a script runs them: subscription, certgen, jobs, offline-backup.
// Each test has its own data and settings folders; the keychain is the real one.
class TestOfflineCli : public QObject {
    Q_OBJECT

    using Run = Test::CliRun;

    std::unique_ptr<Test::TemporaryFolder> m_home;
    SecretStore m_secrets;
    QMap<QString, QString> m_environment; // more variables for the next runs of this test

    Run cli(const QStringList &arguments)
    {
        QProcessEnvironment env = Test::cliEnvironment(m_home->path());
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            env.insert(it.key(), it.value());
        return Test::runCli(QStringLiteral(SEMINA_CLI_PATH), arguments, env, {}, 120'000);
    }

    QString appData() const { return m_home->filePath(QStringLiteral("data/Semina/Semina")); }
    QString paramsPath() const { return QDir(appData()).filePath(QStringLiteral("OfflineApplicationParams.xml")); }

    // Makes the identity through the CLI; the test's cleanup() removes its key again.
    void createIdentity()
    {
        const Run run = cli({QStringLiteral("certgen"), QStringLiteral("CreateNewApplication"),
                             QStringLiteral("SubscriptionId:") + kSubscription});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("offline-cli"));
        m_environment.clear();
    }
    void cleanup()
    {
        if (const auto params = Offline::OfflineApplicationParams::read(paramsPath()))
            QVERIFY(m_secrets.remove(Offline::OfflineIdentity::keyName(params->applicationId)).has_value());
        m_home.reset();
    }

    void everyCommandHasItsHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("subscription") << QStringLiteral("subscription")
                                      << QStringLiteral("semina-cli subscription create --name NAME");
        QTest::newRow("certgen") << QStringLiteral("certgen")
                                 << QStringLiteral("semina-cli certgen CreateNewApplication SubscriptionId:GUID");
        QTest::newRow("jobs") << QStringLiteral("jobs") << QStringLiteral("Usage: semina-cli jobs");
        QTest::newRow("offline-backup") << QStringLiteral("offline-backup")
                                        << QStringLiteral("semina-cli offline-backup --estimate");
    }
    void everyCommandHasItsHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const Run overview = cli({QStringLiteral("--help")});
        QVERIFY2(overview.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')), qPrintable(overview.out));
        const Run help = cli({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(usage), qPrintable(help.out));
    }

    void subscriptionCreateIssuesASchema2File()
    {
        const QString out = m_home->filePath(QStringLiteral("lab.publishsettings"));
        const Run run
            = cli({QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Local lab"), QStringLiteral("--id"), kSubscription, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(kSubscription));
        const auto settings = Offline::PublishSettings::read(out);
        QVERIFY2(settings.has_value(), qPrintable(settings ? QString() : settings.error().message));
        QCOMPARE(settings->schemaVersion, 2);
        QCOMPARE(settings->subscriptions.size(), 1);
        QCOMPARE(settings->subscriptions.first().id, kSubscription);
        QCOMPARE(settings->subscriptions.first().name, QStringLiteral("Local lab"));
        QCOMPARE(settings->subscriptions.first().serviceManagementUrl,
                 QLatin1String(Offline::kLocalServiceManagementUrl));
        // The real openssl opens its certificate with an empty password.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const qsizetype start = xml.indexOf("ManagementCertificate=\"") + 23;
        const QByteArray pkcs12 = QByteArray::fromBase64(xml.mid(start, xml.indexOf('"', start) - start));
        const QString pfx = m_home->filePath(QStringLiteral("cert.pfx"));
        QFile pfxFile(pfx);
        QVERIFY(pfxFile.open(QIODevice::WriteOnly) && pfxFile.write(pkcs12) == pkcs12.size());
        pfxFile.close();
        const QByteArray certificate
            = Test::Offline::runTool(QStringLiteral("openssl"),
                                     {QStringLiteral("pkcs12"), QStringLiteral("-in"), pfx, QStringLiteral("-nokeys"),
                                      QStringLiteral("-passin"), QStringLiteral("pass:")});
        QVERIFY(certificate.contains("BEGIN CERTIFICATE"));

        // Never over an existing file.
        const Run again = cli({QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("Other"), QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, int(ErrorCode::Conflict));
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
    }

    void subscriptionCreateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QStringList{QStringLiteral("--out"), QStringLiteral("OUT")} << 2
                                 << QStringLiteral("--name and --out are required");
        QTest::newRow("id not a GUID") << QStringList{QStringLiteral("--name"), QStringLiteral("x"),
                                                      QStringLiteral("--id"),   QStringLiteral("123"),
                                                      QStringLiteral("--out"),  QStringLiteral("OUT")}
                                       << 3 << QStringLiteral("is not a GUID");
    }
    void subscriptionCreateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("OUT"), m_home->filePath(QStringLiteral("x.publishsettings")));
        const Run run = cli(QStringList{QStringLiteral("subscription"), QStringLiteral("create")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("x.publishsettings"))));
    }

    void certgenTakesBothSyntaxes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("original") << QStringList{QStringLiteral("CreateNewApplication"),
                                                 QStringLiteral("SubscriptionId:") + kSubscription};
        QTest::newRow("original, other case")
            << QStringList{QStringLiteral("createnewapplication"), QStringLiteral("subscriptionid:") + kSubscription};
        QTest::newRow("long option") << QStringList{QStringLiteral("CreateNewApplication"),
                                                    QStringLiteral("--subscription-id"), kSubscription};
        QTest::newRow("long option with =") << QStringList{QStringLiteral("CreateNewApplication"),
                                                           QStringLiteral("--subscription-id=") + kSubscription};
        QTest::newRow("RSA key") << QStringList{QStringLiteral("CreateNewApplication"),
                                                QStringLiteral("SubscriptionId:") + kSubscription,
                                                QStringLiteral("KeyAlgorithm:rsa")};
    }
    void certgenTakesBothSyntaxes()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(QStringList{QStringLiteral("certgen")} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto params = Offline::OfflineApplicationParams::read(paramsPath());
        QVERIFY(params.has_value());
        QCOMPARE(params->subscriptionId, kSubscription);
        QVERIFY(run.out.contains(params->certificate.thumbprint()));
        QVERIFY(run.out.contains(QStringLiteral("CB_AzureADCertforOfflineSeeding_") + params->resourceId));
        QVERIFY(m_secrets.read(Offline::OfflineIdentity::keyName(params->applicationId)).has_value());
    }

    void certgenRefusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << QStringLiteral("Name an action");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("MakeItSo")}
                                        << QStringLiteral("Unknown certgen action \"MakeItSo\"");
        QTest::newRow("missing subscription")
            << QStringList{QStringLiteral("CreateNewApplication")} << QStringLiteral("SubscriptionId:VALUE");
        QTest::newRow("unknown argument")
            << QStringList{QStringLiteral("CreateNewApplication"), QStringLiteral("Tenant:x")}
            << QStringLiteral("Unknown argument \"Tenant:x\"");
        QTest::newRow("option without a value")
            << QStringList{QStringLiteral("ExportCertificate"), QStringLiteral("--out")}
            << QStringLiteral("needs a value");
        QTest::newRow("AddRegistryEntries without the account")
            << QStringList{QStringLiteral("AddRegistryEntries"), QStringLiteral("SubscriptionId:") + kSubscription,
                           QStringLiteral("xmlfilepath:x.xml")}
            << QStringLiteral("storageaccountname:VALUE");
    }
    void certgenRefusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(QStringList{QStringLiteral("certgen")} + arguments);
        QCOMPARE(run.exitCode, int(ErrorCode::Usage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void theOperatorsPathThroughCertgen()
    {
        createIdentity();
        // A second identity is refused, with the manual path.
        const Run second = cli({QStringLiteral("certgen"), QStringLiteral("CreateNewApplication"),
                                QStringLiteral("SubscriptionId:") + kSubscription});
        QCOMPARE(second.exitCode, int(ErrorCode::Conflict));
        QVERIFY2(second.err.contains(QStringLiteral("ExportCertificate out:FILE.cer")), qPrintable(second.err));

        // ExportCertificate prints the thumbprint openssl computes.
        const QString cer = m_home->filePath(QStringLiteral("server.cer"));
        const Run exported
            = cli({QStringLiteral("certgen"), QStringLiteral("ExportCertificate"), QStringLiteral("out:") + cer});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray fingerprint = Test::Offline::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), cer,
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
        const QString hex
            = QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed()).remove(QLatin1Char(':'));
        QCOMPARE(hex.size(), 40);
        QVERIFY2(exported.out.contains(QStringLiteral("Thumbprint: ") + hex), qPrintable(exported.out));

        // AddRegistryEntries needs the storage account set up in Semina, to publish the certificate.
        const QStringList addRegistryEntries{QStringLiteral("certgen"), QStringLiteral("AddRegistryEntries"),
                                             QStringLiteral("SubscriptionId:") + kSubscription,
                                             QStringLiteral("xmlfilepath:") + paramsPath(),
                                             QStringLiteral("storageaccountname:seedaccount1")};
        const QString written = QDir(appData()).filePath(QStringLiteral("OfflineApplicationParams_seedaccount1.xml"));
        const Run unknownAccount = cli(addRegistryEntries);
        QCOMPARE(unknownAccount.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(unknownAccount.err.contains(QStringLiteral("semina-cli account add seedaccount1")),
                 qPrintable(unknownAccount.err));
        QVERIFY(!QFile::exists(written));

        const QString accountFolder = m_home->filePath(QStringLiteral("account"));
        const Run account = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("seedaccount1"),
                                 QStringLiteral("--folder"), accountFolder});
        QVERIFY2(account.exitCode == 0, qPrintable(account.err));
        const Run registered = cli(addRegistryEntries);
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        QVERIFY2(registered.out.contains(written), qPrintable(registered.out));
        QVERIFY(QFile::exists(written));
        // The certificate is in the account, where the station and the vault look for it.
        auto store = Store::openFolderStore(accountFolder);
        QVERIFY(store.has_value());
        const auto published = Offline::CertificatePublisher(**store, QStringLiteral("semina")).fetch(hex);
        QVERIFY2(published.has_value(), qPrintable(published ? QString() : published.error().message));
        QCOMPARE(published->der(), Offline::OfflineApplicationParams::read(written).value().certificate.der());
        // Running it again changes nothing and succeeds.
        QCOMPARE(cli(addRegistryEntries).exitCode, 0);

        // The form now knows the account and the subscription of the publish settings file: only
        // the broken field is reported.
        const QString settings = m_home->filePath(QStringLiteral("lab.publishsettings"));
        QVERIFY(Offline::writeLocalSubscription(settings, QStringLiteral("Lab"), kSubscription).has_value());
        const Run form = cli(
            {QStringLiteral("offline-backup"), QStringLiteral("--staging"), m_home->filePath(QStringLiteral("staging")),
             QStringLiteral("--publish-settings"), settings, QStringLiteral("--job"), QStringLiteral("fileserver-1"),
             QStringLiteral("--subscription"), kSubscription, QStringLiteral("--storage-account"),
             QStringLiteral("seedaccount1"), QStringLiteral("--container"), QStringLiteral("seed--bad"), appData()});
        QCOMPARE(form.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(form.err.contains(QStringLiteral("Storage container: \"seed--bad\"")), qPrintable(form.err));
        QVERIFY2(!form.err.contains(QStringLiteral("Storage account:")), qPrintable(form.err));
        QVERIFY2(!form.err.contains(QStringLiteral("Subscription ID:")), qPrintable(form.err));
        QVERIFY2(!form.err.contains(QStringLiteral("Staging location:")), qPrintable(form.err));
    }

    void offlineBackupWritesAVerifiableSeedAndGatesTheVault()
    {
        createIdentity();
        const QString accountFolder = m_home->filePath(QStringLiteral("account"));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("seedaccount1"),
                      QStringLiteral("--folder"), accountFolder})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("certgen"), QStringLiteral("AddRegistryEntries"),
                      QStringLiteral("SubscriptionId:") + kSubscription, QStringLiteral("xmlfilepath:") + paramsPath(),
                      QStringLiteral("storageaccountname:seedaccount1")})
                     .exitCode,
                 0);
        const QString settings = m_home->filePath(QStringLiteral("lab.publishsettings"));
        QVERIFY(Offline::writeLocalSubscription(settings, QStringLiteral("Lab"), kSubscription).has_value());
        const QString source = m_home->filePath(QStringLiteral("source"));
        QDir().mkpath(source + QStringLiteral("/skip"));
        QByteArray random(400'000, Qt::Uninitialized);
        QRandomGenerator(9).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        for (const QString &name : {QStringLiteral("a.bin"), QStringLiteral("skip/b.bin")}) {
            QFile file(QDir(source).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(random) == random.size());
        }
        const QString staging = m_home->filePath(QStringLiteral("staging"));
        const QStringList seed{QStringLiteral("offline-backup"),
                               QStringLiteral("--staging"),
                               staging,
                               QStringLiteral("--publish-settings"),
                               settings,
                               QStringLiteral("--job"),
                               QStringLiteral("fileserver-1"),
                               QStringLiteral("--subscription"),
                               kSubscription,
                               QStringLiteral("--storage-account"),
                               QStringLiteral("seedaccount1"),
                               QStringLiteral("--container"),
                               QStringLiteral("seed"),
                               QStringLiteral("--no-keychain"),
                               QStringLiteral("--exclude"),
                               source + QStringLiteral("/skip"),
                               source};

        // No passphrase and no terminal: a new seed is refused.
        const Run noPassphrase = cli(seed);
        QCOMPARE(noPassphrase.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(noPassphrase.err.contains(QStringLiteral("SEMINA_PASSWORD")), qPrintable(noPassphrase.err));

        m_environment.insert(QStringLiteral("SEMINA_PASSWORD"), QStringLiteral("cli seed passphrase"));
        const Run written = cli(seed);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(QStringLiteral("Protected:         400.0 kB in 1 files")),
                 qPrintable(written.out));
        QVERIFY2(written.out.contains(QStringLiteral("Recovery key:")), qPrintable(written.out));
        QVERIFY2(written.err.contains(QStringLiteral("Reading the seed back")), qPrintable(written.err));
        const QString jobFolder = QDir(staging).filePath(QStringLiteral("fileserver-1"));
        QVERIFY(QFile::exists(jobFolder + QStringLiteral("/seed-manifest.json")));

        // Verified with this server's certificate, and with the exported .cer.
        const QStringList verify{QStringLiteral("offline-backup"), QStringLiteral("--verify"),
                                 QStringLiteral("--staging"),      staging,
                                 QStringLiteral("--job"),          QStringLiteral("fileserver-1")};
        const Run verified = cli(verify);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("matches its manifest")), qPrintable(verified.out));
        const QString cer = m_home->filePath(QStringLiteral("server.cer"));
        QCOMPARE(cli({QStringLiteral("certgen"), QStringLiteral("ExportCertificate"), QStringLiteral("out:") + cer})
                     .exitCode,
                 0);
        QCOMPARE(cli(verify + QStringList{QStringLiteral("--certificate"), cer}).exitCode, 0);

        // Listed as Seeded; written again only with --force.
        QVERIFY(cli({QStringLiteral("jobs")}).out.contains(Offline::stateLabel(Offline::ImportJobState::Seeded)));
        const Run again = cli(seed);
        QCOMPARE(again.exitCode, int(ErrorCode::Conflict));
        QVERIFY2(again.err.contains(QStringLiteral("--force")), qPrintable(again.err));

        // The seed's vault takes no backup until its import job has finished.
        const Run gated = cli({QStringLiteral("backup"), QStringLiteral("--vault"), jobFolder, source});
        QCOMPARE(gated.exitCode, 12);
        QVERIFY2(gated.err.contains(QStringLiteral("Waiting for import job to complete")), qPrintable(gated.err));

        // A changed byte in the manifest is found.
        {
            QFile manifest(jobFolder + QStringLiteral("/seed-manifest.json"));
            QVERIFY(manifest.open(QIODevice::ReadWrite));
            QByteArray text = manifest.readAll();
            text.replace("fileserver-1", "fileserver-2");
            QVERIFY(manifest.seek(0) && manifest.write(text) == text.size());
        }
        const Run damaged = cli(verify);
        QCOMPARE(damaged.exitCode, int(ErrorCode::Corruption));
        QVERIFY2(damaged.err.contains(QStringLiteral("changed after it was signed")), qPrintable(damaged.err));

        const Run replaced = cli(seed + QStringList{QStringLiteral("--force")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QVERIFY2(replaced.out.contains(QStringLiteral("Recovery key:")), qPrintable(replaced.out));
        QCOMPARE(cli(verify).exitCode, 0);
    }

    void addRegistryEntriesChecksTheSubscription()
    {
        createIdentity();
        const Run run
            = cli({QStringLiteral("certgen"), QStringLiteral("AddRegistryEntries"), QStringLiteral("--subscription-id"),
                   QStringLiteral("7d3e2f10-aaaa-4bbb-8ccc-ffffffffffff"), QStringLiteral("--xml-file-path"),
                   paramsPath(), QStringLiteral("--storage-account-name"), QStringLiteral("seedaccount1")});
        QCOMPARE(run.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(run.err.contains(QStringLiteral("is for subscription ") + kSubscription), qPrintable(run.err));
    }

    void aValueMayHoldAColon()
    {
        // The original's syntax splits at the first colon only: Windows paths keep theirs.
        const Run run = cli({QStringLiteral("certgen"), QStringLiteral("AddRegistryEntries"),
                             QStringLiteral("SubscriptionId:") + kSubscription,
                             QStringLiteral("xmlfilepath:C:\\Semina\\OfflineApplicationParams.xml"),
                             QStringLiteral("storageaccountname:seedaccount1")});
        QCOMPARE(run.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(run.err.contains(QStringLiteral("\"C:\\Semina\\OfflineApplicationParams.xml\" does not exist")),
                 qPrintable(run.err));
    }

    void jobsListsTheServersJobs()
    {
        const Run empty = cli({QStringLiteral("jobs")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.contains(QStringLiteral("no import jobs yet")));

        Offline::ImportJobStore store(QDir(appData()).filePath(QStringLiteral("jobs")));
        for (const QString &name : {QStringLiteral("fileserver-1"), QStringLiteral("mail_2")}) {
            Offline::ImportJob job;
            job.name = name;
            job.storageAccount = QStringLiteral("seedaccount1");
            job.container = QStringLiteral("seed");
            job.stagingLocation = QStringLiteral("\\\\copyhost\\staging");
            QVERIFY(store.add(job).has_value());
        }
        QVERIFY(store.setState(QStringLiteral("mail_2"), Offline::ImportJobState::Seeded).has_value());
        const Run listed = cli({QStringLiteral("jobs")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the heading and two jobs, oldest first
        QVERIFY(lines[1].startsWith(QStringLiteral("fileserver-1")));
        QVERIFY(lines[1].contains(Offline::stateLabel(Offline::ImportJobState::Seeding)));
        QVERIFY(lines[2].startsWith(QStringLiteral("mail_2")));
        QVERIFY(lines[2].contains(Offline::stateLabel(Offline::ImportJobState::Seeded)));
        QVERIFY(lines[2].contains(QStringLiteral("seedaccount1/seed")));
        QVERIFY(lines[2].contains(QStringLiteral("\\\\copyhost\\staging")));
    }

    void estimateReportsSizesAndDrives()
    {
        const QString source = m_home->filePath(QStringLiteral("source"));
        QDir().mkpath(source);
        QByteArray random(300'000, Qt::Uninitialized);
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QFile file(QDir(source).filePath(QStringLiteral("data.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(random) == random.size());
        file.close();
        const Run run = cli({QStringLiteral("offline-backup"), QStringLiteral("--estimate"),
                             QStringLiteral("--drive-size"), QStringLiteral("100k"), source});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Protected size:    300.0 kB in 1 files")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Expected seed:     300.0 kB (compresses to 100%")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Drives needed:     3 of 100.0 kB")), qPrintable(run.out));
    }

    void estimateChecksTheStagingLocation_data()
    {
        QTest::addColumn<QString>("staging"); // HOME is the test's folder
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("a folder with room") << QStringLiteral("HOME/staging") << 0 << QStringLiteral("enough");
        QTest::newRow("a network path") << QStringLiteral("\\\\copyhost\\staging") << 0
                                        << QStringLiteral("not known from here");
        QTest::newRow("not writable") << QStringLiteral("/proc/semina-staging") << 1
                                      << QStringLiteral("Staging location: ");
    }
    void estimateChecksTheStagingLocation()
    {
        QFETCH(QString, staging);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        staging.replace(QStringLiteral("HOME"), m_home->path());
        const Run run = cli({QStringLiteral("offline-backup"), QStringLiteral("--estimate"),
                             QStringLiteral("--staging"), staging, QStringLiteral(SEMINA_CLI_PATH)});
        QCOMPARE(run.exitCode, exitCode);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(output), qPrintable(all));
        QVERIFY(run.out.contains(QStringLiteral("Drives needed:     1 of 4.0 TB")));
    }

    void estimateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad drive size") << QStringList{QStringLiteral("--drive-size"), QStringLiteral("big"),
                                                       QStringLiteral("/tmp")}
                                        << 2 << QStringLiteral("\"big\" is not a size");
        QTest::newRow("missing source") << QStringList{QStringLiteral("/nonexistent/semina")} << 4
                                        << QStringLiteral("/nonexistent/semina");
        QTest::newRow("no source") << QStringList{} << 2 << QStringLiteral("Name at least one folder");
    }
    void estimateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(QStringList{QStringLiteral("offline-backup"), QStringLiteral("--estimate")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCli)
#include "tst_offlinecli.moc"
