#include "CliProcess.h"
#include "TestEnvironment.h"

#include "crypto/Random.h"
#include "importjob/JobCreation.h"
#include "importjob/ServiceSetup.h"
#include "importjob/StationReport.h"
#include "offline/OfflineApplicationParams.h"
#include "offline/OfflineIdentity.h"
#include "offline/SeedManifest.h"
#include "secrets/SecretStore.h"
#include "store/StoreFactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Semina;

// The technician's commands as a person runs them on a folder account: the service set up,
// publish settings issued, the job created from a seed, shipping details refused and then
// committed (also typed at the prompts, in Italian), the state shown, the papers printed, and
// cancel. Each test has its own data and settings folders; the keychain is the real one.
class TestImportJobCli : public QObject {
    Q_OBJECT

    using Run = Test::CliRun;

    std::unique_ptr<Test::TemporaryFolder> m_home;
    SecretStore m_secrets;
    QStringList m_keys; // keychain entries to remove after the test

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return Test::runCli(QStringLiteral(SEMINA_CLI_PATH), arguments, Test::cliEnvironment(m_home->path()), input);
    }

    QString path(const QString &name) const { return m_home->filePath(name); }
    QString accountFolder() const { return path(QStringLiteral("account")); }

    // The service in account "lab", publish settings for `subscriptions`, the offline identity.
    void setUpService(const QStringList &subscriptions)
    {
        QVERIFY(QDir().mkpath(accountFolder()));
        Run run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("lab"),
                       QStringLiteral("--folder"), accountFolder()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("service"), QStringLiteral("init"), QStringLiteral("--account"),
                   QStringLiteral("lab"), QStringLiteral("--address"),
                   QStringLiteral("Semina Receiving Station; Via dei Dischi 12; Dock 3; Milano; MI; 20121; Italia"),
                   QStringLiteral("--carriers"), QStringLiteral("DHL,UPS")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Via dei Dischi 12")));
        auto store = Store::openFolderStore(accountFolder()).value();
        Offline::ServiceStorage storage(*store);
        m_keys << Offline::stationKeyName(storage.readDescription().value());
        for (const QString &name : subscriptions) {
            run = cli({QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--service"),
                       QStringLiteral("lab"), QStringLiteral("--name"), name, QStringLiteral("--out"),
                       path(name + QStringLiteral(".publishsettings"))});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        run = cli({QStringLiteral("certgen"), QStringLiteral("CreateNewApplication"),
                   QStringLiteral("SubscriptionId:7d3e2f10-aaaa-4bbb-8ccc-0123456789ab")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto params = Offline::OfflineApplicationParams::read(
            path(QStringLiteral("data/Semina/Semina/OfflineApplicationParams.xml")));
        QVERIFY(params);
        m_keys << Offline::OfflineIdentity::keyName(params->applicationId);
    }

    // A seed manifest for `job` in staging, `drives` drive keys in the keychain and the drive
    // list; returns the keys. The subscription's id comes from its publish settings file.
    QList<QByteArray> prepare(const QString &job, const QString &subscription, int drives)
    {
        QFile settings(path(subscription + QStringLiteral(".publishsettings")));
        if (!settings.open(QIODevice::ReadOnly))
            return {};
        const QString xml = QString::fromUtf8(settings.readAll());
        const qsizetype at = xml.indexOf(QStringLiteral("Id=\"")) + 4;
        Offline::SeedManifest manifest;
        manifest.form = {path(QStringLiteral("staging")), settings.fileName(),   job, xml.mid(at, 36),
                         QStringLiteral("lab"),           QStringLiteral("seed")};
        manifest.vaultId = QStringLiteral("ab").repeated(16);
        manifest.created = QDateTime::currentDateTimeUtc();
        const QString folder = QDir(path(QStringLiteral("staging"))).filePath(job);
        QDir().mkpath(folder);
        QFile file(QDir(folder).filePath(QLatin1String(Offline::SeedLayout::kManifestFile)));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(manifest.toJson());
        file.close();
        QJsonArray list;
        QList<QByteArray> keys;
        for (int i = 1; i <= drives; ++i) {
            const QString id = QStringLiteral("%1-d%2").arg(job).arg(i);
            keys << Crypto::randomBytes(32).value();
            if (!m_secrets.write(Offline::driveKeyName(id), keys.last()))
                return {};
            m_keys << Offline::driveKeyName(id);
            list.append(QJsonObject{
                {QStringLiteral("driveId"), id},
                {QStringLiteral("serial"), QStringLiteral("SN-%1").arg(i)},
                {QStringLiteral("sequence"), i},
                {QStringLiteral("count"), drives},
                {QStringLiteral("bytes"), QStringLiteral("4000000000000")},
                {QStringLiteral("manifestSha256"), QString::fromLatin1(Crypto::randomBytes(32).value().toHex())}});
        }
        QFile drivesFile(path(job + QStringLiteral("-drives.json")));
        if (!drivesFile.open(QIODevice::WriteOnly))
            return {};
        drivesFile.write(QJsonDocument(list).toJson());
        return keys;
    }

    Run create(const QString &job)
    {
        return cli({QStringLiteral("importjob"), QStringLiteral("create"), QStringLiteral("--job"), job,
                    QStringLiteral("--staging"), path(QStringLiteral("staging")), QStringLiteral("--drives"),
                    path(job + QStringLiteral("-drives.json"))});
    }

    QStringList shipArguments(const QString &job, const QString &subscription, const QString &tracking, int drives,
                              const QString &email = QStringLiteral("desk@contoso.example"))
    {
        return {QStringLiteral("importjob"),
                QStringLiteral("ship"),
                QStringLiteral("--job"),
                job,
                QStringLiteral("--publish-settings"),
                path(subscription + QStringLiteral(".publishsettings")),
                QStringLiteral("--carrier"),
                QStringLiteral("ups"),
                QStringLiteral("--tracking-number"),
                tracking,
                QStringLiteral("--drive-count"),
                QString::number(drives),
                QStringLiteral("--ship-date"),
                QDate::currentDate().toString(Qt::ISODate),
                QStringLiteral("--recipient"),
                QStringLiteral("Contoso Backup Desk"),
                QStringLiteral("--street1"),
                QStringLiteral("Corso Italia 5"),
                QStringLiteral("--city"),
                QStringLiteral("Torino"),
                QStringLiteral("--postal-code"),
                QStringLiteral("10121"),
                QStringLiteral("--country"),
                QStringLiteral("Italia"),
                QStringLiteral("--phone"),
                QStringLiteral("+39 011 555 0101"),
                QStringLiteral("--email"),
                email,
                QStringLiteral("--return-carrier"),
                QStringLiteral("UPS"),
                QStringLiteral("--return-account"),
                QStringLiteral("ACC-778899"),
                QStringLiteral("--yes")};
    }

    static QString pdfText(const QString &file)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        process.waitForFinished(30'000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("importjob-cli")); }
    void cleanup()
    {
        for (const QString &key : std::as_const(m_keys))
            QVERIFY(m_secrets.remove(key).has_value());
        m_keys.clear();
        m_home.reset();
    }

    void aJobIsCreatedShippedAndShown()
    {
        setUpService({QStringLiteral("contoso"), QStringLiteral("fabrikam")});
        QVERIFY(!prepare(QStringLiteral("seed-one"), QStringLiteral("contoso"), 2).isEmpty());
        QVERIFY(!prepare(QStringLiteral("theirs"), QStringLiteral("fabrikam"), 1).isEmpty());

        Run run = create(QStringLiteral("seed-one"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\"seed-one\" is Creating")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Ship the drives to:")));
        QVERIFY(run.out.contains(QStringLiteral("Via dei Dischi 12")));
        QVERIFY(run.out.contains(QStringLiteral("Supported carriers: DHL, UPS")));
        QVERIFY(run.out.contains(QStringLiteral("Enter the shipping details by")));
        QCOMPARE(create(QStringLiteral("seed-one")).exitCode, 0); // a retry finds the job
        run = create(QStringLiteral("theirs"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(shipArguments(QStringLiteral("theirs"), QStringLiteral("fabrikam"), QStringLiteral("1Z9999"), 1));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Refused, each with its exit code, and the job stays Creating.
        run = cli(shipArguments(QStringLiteral("seed-one"), QStringLiteral("contoso"), QStringLiteral("1z-9999"), 2));
        QCOMPARE(run.exitCode, 11);
        QVERIFY2(run.err.contains(QStringLiteral("already used by another import job")), qPrintable(run.err));
        run = cli(shipArguments(QStringLiteral("seed-one"), QStringLiteral("contoso"), QStringLiteral("JD0001"), 3));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("but the job has 2")), qPrintable(run.err));
        run = cli(shipArguments(QStringLiteral("seed-one"), QStringLiteral("contoso"), QStringLiteral("JD0001"), 2,
                                QString()));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Email is missing")), qPrintable(run.err));
        QStringList noAnswer
            = shipArguments(QStringLiteral("seed-one"), QStringLiteral("contoso"), QStringLiteral("JD0001"), 2);
        noAnswer.removeLast(); // no --yes: the review waits for an answer
        run = cli(noAnswer, "no\n");
        QCOMPARE(run.exitCode, 9);
        QVERIFY(run.out.contains(QStringLiteral("Review the shipping details")));

        const QStringList job{QStringLiteral("--job"), QStringLiteral("seed-one"), QStringLiteral("--publish-settings"),
                              path(QStringLiteral("contoso.publishsettings"))};
        run = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + job);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().first()[QStringLiteral("state")].toString(),
                 QStringLiteral("Creating"));

        run = cli(noAnswer, "yes\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\"seed-one\" is Shipping")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("The shipping details are stored in")));
        QVERIFY(run.out.contains(QStringLiteral("The drives must arrive at the station by")));
        QVERIFY(QFile::exists(path(QStringLiteral("data/Semina/Semina/shipping/seed-one.json"))));

        // Run again: the job and each drive's state.
        run = cli(QStringList{QStringLiteral("importjob"), QStringLiteral("ship")} + job);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Drive 2 of 2: seed-one-d2 (serial SN-2): Specified")));
        run = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + job);
        const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QCOMPARE(status[QStringLiteral("state")].toString(), QStringLiteral("Shipping"));
        QVERIFY(status[QStringLiteral("secondsLeft")].toDouble() > 13.9 * 86'400);
    }

    void shippingDetailsTypedAtThePromptsInItalian()
    {
        setUpService({QStringLiteral("contoso")});
        QVERIFY(!prepare(QStringLiteral("typed"), QStringLiteral("contoso"), 1).isEmpty());
        QVERIFY(create(QStringLiteral("typed")).exitCode == 0);
        // The original's order; a wrong phone is asked again; "sì" commits.
        const QByteArray answers = "Pony Express\nDHL\nJD014600006281\n\n\nMaria Rossi\nVia Roma 1\n\nBologna\nBO\n"
                                   "40121\nItalia\nnot a phone\n+39 051 123456\nmaria@example.it\nDHL\n998877\nsì\n";
        const Run run
            = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("importjob"), QStringLiteral("ship"),
                   QStringLiteral("--job"), QStringLiteral("typed"), QStringLiteral("--publish-settings"),
                   path(QStringLiteral("contoso.publishsettings")), QStringLiteral("--interactive")},
                  answers);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Pony Express")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not a phone")), qPrintable(run.err));
        QVERIFY2(
            run.out.contains(QStringLiteral("Confermato: il processo di importazione \"typed\" è in stato Spedizione")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("I dischi devono arrivare alla stazione entro il")));
        auto store = Store::openFolderStore(accountFolder()).value();
        Offline::ServiceStorage storage(*store);
        QFile settings(path(QStringLiteral("contoso.publishsettings")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(settings.readAll());
        const QString id = text.mid(text.indexOf(QStringLiteral("Id=\"")) + 4, 36);
        const auto job = storage.readJob(id, QStringLiteral("typed"));
        QVERIFY(job);
        QCOMPARE(job->state, Offline::ImportJobState::Shipping);
        QCOMPARE(job->shipping->returnAddress.phone, QStringLiteral("+39 051 123456"));
        QCOMPARE(job->shipping->package.driveCount, 1);
        QCOMPARE(job->shipping->package.shipDate, QDateTime::currentDateTimeUtc().date());
    }

    void papersHoldTheRightPagesAndNoKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("PACKING LIST");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("DISTINTA DI IMBALLAGGIO");
    }
    void papersHoldTheRightPagesAndNoKey()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        setUpService({QStringLiteral("contoso")});
        const QList<QByteArray> keys = prepare(QStringLiteral("papered"), QStringLiteral("contoso"), 3);
        QVERIFY(!keys.isEmpty());
        QVERIFY(create(QStringLiteral("papered")).exitCode == 0);
        QVERIFY(cli(shipArguments(QStringLiteral("papered"), QStringLiteral("contoso"), QStringLiteral("PAPER123"), 3))
                    .exitCode
                == 0);
        const Run run = cli({QStringLiteral("--lang"), language, QStringLiteral("importjob"), QStringLiteral("papers"),
                             QStringLiteral("--job"), QStringLiteral("papered"), QStringLiteral("--publish-settings"),
                             path(QStringLiteral("contoso.publishsettings")), QStringLiteral("--out"),
                             path(QStringLiteral("papers"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString list = pdfText(path(QStringLiteral("papers/papered-packing-list.pdf")));
        const QString labels = pdfText(path(QStringLiteral("papers/papered-drive-labels.pdf")));
        QVERIFY2(list.contains(title), qPrintable(list));
        QCOMPARE(list.count(QLatin1Char('\f')), 1); // one page
        QCOMPARE(labels.count(QLatin1Char('\f')), 3); // one label per drive
        for (const QString &expected :
             {QStringLiteral("papered"), QStringLiteral("Via dei Dischi 12"), QStringLiteral("PAPER123"),
              QStringLiteral("Corso Italia 5"), QStringLiteral("papered-d3"), QStringLiteral("SN-2")})
            QVERIFY2(list.contains(expected), qPrintable(expected + QLatin1Char('\n') + list));
        QVERIFY2(list.contains(language == QLatin1String("it") ? QStringLiteral("2 di 3") : QStringLiteral("2 of 3")),
                 qPrintable(list));
        QVERIFY(labels.contains(QStringLiteral("papered-d2")));
        QVERIFY(labels.contains(QStringLiteral("Via dei Dischi 12")));
        for (const QByteArray &key : keys) {
            for (const QString &form : {QString::fromLatin1(key.toHex()), QString::fromLatin1(key.toBase64())}) {
                QVERIFY(!list.contains(form, Qt::CaseInsensitive));
                QVERIFY(!labels.contains(form, Qt::CaseInsensitive));
            }
        }
    }

    void cancelWhileCreatingButNotOnceReceived()
    {
        setUpService({QStringLiteral("contoso")});
        QVERIFY(!prepare(QStringLiteral("early"), QStringLiteral("contoso"), 1).isEmpty());
        QVERIFY(!prepare(QStringLiteral("late"), QStringLiteral("contoso"), 1).isEmpty());
        QVERIFY(create(QStringLiteral("early")).exitCode == 0);
        QVERIFY(create(QStringLiteral("late")).exitCode == 0);
        const QString settings = path(QStringLiteral("contoso.publishsettings"));
        Run run = cli({QStringLiteral("importjob"), QStringLiteral("cancel"), QStringLiteral("--job"),
                       QStringLiteral("early"), QStringLiteral("--publish-settings"), settings});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("canceled")));

        auto store = Store::openFolderStore(accountFolder()).value();
        Offline::ServiceStorage storage(*store);
        QFile file(settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QString id = text.mid(text.indexOf(QStringLiteral("Id=\"")) + 4, 36);
        QVERIFY(cli(shipArguments(QStringLiteral("late"), QStringLiteral("contoso"), QStringLiteral("LATE4242"), 1))
                    .exitCode
                == 0);
        QVERIFY(Offline::reportJobState(storage, id, QStringLiteral("late"), Offline::ImportJobState::Received));
        run = cli({QStringLiteral("importjob"), QStringLiteral("cancel"), QStringLiteral("--job"),
                   QStringLiteral("late"), QStringLiteral("--publish-settings"), settings});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("only while Creating or Shipping")), qPrintable(run.err));
        run = cli({QStringLiteral("status"), QStringLiteral("--publish-settings"), settings});
        QVERIFY2(run.out.contains(QStringLiteral("Processing is expected to end between")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestImportJobCli)
#include "tst_importjobcli.moc"
