#include "Fixtures.h"
#include "TestEnvironment.h"

#include "offline/OfflineFormValidator.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>
#include <QTest>

using namespace Semina;
using namespace Semina::Offline;

namespace {
const QString kSubscription = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
const QString kOtherSubscription = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-ffffffffffff");

// Checks one rule's verdict: valid, or invalid with a message naming the field and the fix.
void expectVerdict(const Result<> &result, bool valid, const QString &label, const QString &fragment)
{
    if (valid) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.startsWith(label + QStringLiteral(": ")), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
}
} // namespace

// Every rule of the offline-backup form with valid and invalid values (DOMAIN.md's naming rules).
class TestFormValidator : public QObject {
    Q_OBJECT

    OfflineFormValidator validator() const
    {
        OfflineFormValidator v;
        v.setExistingJobNames({QStringLiteral("fileserver-2026"), QStringLiteral("Mail_Seed")});
        v.setSubscriptionIds({kSubscription});
        v.setRegisteredStorageAccounts({QStringLiteral("seedaccount1")});
        return v;
    }

private Q_SLOTS:
    void importJobName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("letters digits hyphen underscore") << QStringLiteral("Files_2026-11") << true << QString();
        QTest::newRow("three characters") << QStringLiteral("abc") << true << QString();
        QTest::newRow("64 characters") << QString(64, QLatin1Char('j')) << true << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("give the job a name");
        QTest::newRow("two characters") << QStringLiteral("ab") << false << QStringLiteral("3 to 64");
        QTest::newRow("65 characters") << QString(65, QLatin1Char('j')) << false << QStringLiteral("3 to 64");
        QTest::newRow("space") << QStringLiteral("file server") << false << QStringLiteral("3 to 64");
        QTest::newRow("dot") << QStringLiteral("job.1") << false << QStringLiteral("3 to 64");
        QTest::newRow("accented letter") << QStringLiteral("lavoro-città") << false << QStringLiteral("3 to 64");
        QTest::newRow("an existing job") << QStringLiteral("fileserver-2026") << false
                                         << QStringLiteral("already has a job");
        QTest::newRow("an existing job in another case")
            << QStringLiteral("MAIL_seed") << false << QStringLiteral("already has a job");
    }
    void importJobName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        expectVerdict(validator().checkImportJobName(name), valid, QStringLiteral("Import job name"), fragment);
    }

    void subscriptionId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("in the publish settings") << kSubscription << true << QString();
        QTest::newRow("in upper case") << kSubscription.toUpper() << true << QString();
        QTest::newRow("a GUID not in the file")
            << kOtherSubscription << false << QString(QStringLiteral("holds ") + kSubscription);
        QTest::newRow("not a GUID") << QStringLiteral("my subscription") << false << QStringLiteral("is not a GUID");
        QTest::newRow("GUID without hyphens")
            << QStringLiteral("0a1b2c3d4e5f4a6b8c7d0e1f2a3b4c5d") << false << QStringLiteral("is not a GUID");
        QTest::newRow("empty") << QString() << false << QStringLiteral("is not a GUID");
    }
    void subscriptionId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        expectVerdict(validator().checkSubscriptionId(id), valid, QStringLiteral("Subscription ID"), fragment);
    }

    void subscriptionIdWithoutPublishSettings()
    {
        expectVerdict(OfflineFormValidator().checkSubscriptionId(kSubscription), false,
                      QStringLiteral("Subscription ID"), QStringLiteral("choose the publish settings file first"));
    }

    void storageAccount_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("registered") << QStringLiteral("seedaccount1") << true << QString();
        QTest::newRow("valid but not registered")
            << QStringLiteral("otheraccount") << false << QStringLiteral("AddRegistryEntries");
        QTest::newRow("upper case") << QStringLiteral("SeedAccount1") << false
                                    << QStringLiteral("3 to 24 lower-case letters and digits");
        QTest::newRow("hyphen") << QStringLiteral("seed-account") << false
                                << QStringLiteral("3 to 24 lower-case letters and digits");
        QTest::newRow("two characters") << QStringLiteral("ab") << false
                                        << QStringLiteral("3 to 24 lower-case letters and digits");
        QTest::newRow("25 characters") << QString(25, QLatin1Char('a')) << false
                                       << QStringLiteral("3 to 24 lower-case letters and digits");
    }
    void storageAccount()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        expectVerdict(validator().checkStorageAccount(name), valid, QStringLiteral("Storage account"), fragment);
    }

    void container_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << QStringLiteral("seed") << true;
        QTest::newRow("single hyphens") << QStringLiteral("seed-2026-11") << true;
        QTest::newRow("starts with a digit") << QStringLiteral("2026-seed") << true;
        QTest::newRow("three characters") << QStringLiteral("abc") << true;
        QTest::newRow("63 characters") << QString(63, QLatin1Char('c')) << true;
        QTest::newRow("two characters") << QStringLiteral("ab") << false;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('c')) << false;
        QTest::newRow("upper case") << QStringLiteral("Seed") << false;
        QTest::newRow("two hyphens in a row") << QStringLiteral("seed--2026") << false;
        QTest::newRow("starts with a hyphen") << QStringLiteral("-seed") << false;
        QTest::newRow("ends with a hyphen") << QStringLiteral("seed-") << false;
        QTest::newRow("underscore") << QStringLiteral("seed_2026") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void container()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        expectVerdict(validator().checkContainer(name), valid, QStringLiteral("Storage container"),
                      QStringLiteral("never two hyphens in a row"));
    }

    void stagingLocation_data()
    {
        QTest::addColumn<QString>("path"); // "TMP" is replaced by a fresh test folder
        QTest::addColumn<qint64>("seedBytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<bool>("network");
        QTest::newRow("existing folder") << QStringLiteral("TMP") << qint64(1024) << true << QString() << false;
        QTest::newRow("folder to be created")
            << QStringLiteral("TMP/new/deeper") << qint64(0) << true << QString() << false;
        QTest::newRow("not enough free space") << QStringLiteral("TMP") << std::numeric_limits<qint64>::max() << false
                                               << QStringLiteral("free some space") << false;
        QTest::newRow("a file, not a folder") << QStringLiteral("TMP/file.txt") << qint64(0) << false
                                              << QStringLiteral("is a file, not a folder") << false;
        QTest::newRow("below a file") << QStringLiteral("TMP/file.txt/stage") << qint64(0) << false
                                      << QStringLiteral("cannot be created because") << false;
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        QTest::newRow("not writable") << QStringLiteral("/proc") << qint64(0) << false
                                      << QStringLiteral("is not writable") << false;
        QTest::newRow("cannot be created") << QStringLiteral("/proc/semina-stage") << qint64(0) << false
                                           << QStringLiteral("cannot be created") << false;
        QTest::newRow("relative path") << QStringLiteral("stage") << qint64(0) << false
                                       << QStringLiteral("give the full path") << false;
        QTest::newRow("empty") << QString() << qint64(0) << false << QStringLiteral("give a folder") << false;
        QTest::newRow("Windows network path")
            << QStringLiteral("\\\\copyhost\\staging\\job1") << qint64(1) << true << QString() << true;
        QTest::newRow("network path with slashes")
            << QStringLiteral("//copyhost/staging") << qint64(1) << true << QString() << true;
        QTest::newRow("network path without a share") << QStringLiteral("\\\\copyhost") << qint64(0) << false
                                                      << QStringLiteral("not a complete network path") << false;
    }
    void stagingLocation()
    {
        QFETCH(QString, path);
        QFETCH(qint64, seedBytes);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        QFETCH(bool, network);
        Test::TemporaryFolder folder(QStringLiteral("staging"));
        QFile file(folder.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        path.replace(QStringLiteral("TMP"), folder.path());

        OfflineFormValidator v = validator();
        v.setEstimatedSeedBytes(seedBytes);
        const auto location = v.checkStagingLocation(path);
        expectVerdict(location ? Result<>() : Result<>(std::unexpected(location.error())), valid,
                      QStringLiteral("Staging location"), fragment);
        if (!valid)
            return;
        QCOMPARE(location->isNetworkPath, network);
        QCOMPARE(location->path, network ? path : QDir::cleanPath(path));
        if (!network) {
            QCOMPARE(location->exists, QFileInfo(path).isDir());
            // The disk's free space, read at about the same time: other processes (the tests run
            // in parallel) write meanwhile, so the two readings agree only to within some MiB.
            const qint64 available = QStorageInfo(folder.path()).bytesAvailable();
            QVERIFY2(qAbs(location->bytesAvailable - available) < 256 * 1024 * 1024,
                     qPrintable(QStringLiteral("%1 vs %2").arg(location->bytesAvailable).arg(available)));
            // Checking leaves nothing behind: no probe file, no folder made.
            QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                     QStringList{QStringLiteral("file.txt")});
        }
    }

    void validateListsEveryProblemOfAForm()
    {
        Test::TemporaryFolder folder(QStringLiteral("form"));
        const QString settingsPath = folder.filePath(QStringLiteral("sub.publishsettings"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::Offline::schema2(
            {{kOtherSubscription, QStringLiteral("Other"),
              QString::fromLatin1(Test::Offline::managementCertificate(now.addDays(-1), now.addDays(30)))}}));
        file.close();

        OfflineBackupForm form{folder.filePath(QStringLiteral("stage")),
                               settingsPath,
                               QStringLiteral("new-job"),
                               kOtherSubscription,
                               QStringLiteral("seedaccount1"),
                               QStringLiteral("seed")};
        // The subscription comes from the file, not from setSubscriptionIds().
        QCOMPARE(validator().validate(form).size(), 0);

        form.importJobName = QStringLiteral("x");
        form.subscriptionId = kSubscription;
        form.container = QStringLiteral("Seed");
        form.publishSettingsFile = folder.filePath(QStringLiteral("missing.publishsettings"));
        const QList<FieldProblem> problems = validator().validate(form);
        QList<FormField> fields;
        for (const FieldProblem &problem : problems)
            fields.append(problem.field);
        QCOMPARE(fields,
                 (QList<FormField>{FormField::PublishSettings, FormField::ImportJobName, FormField::Container}));
        QVERIFY(problems.first().message.startsWith(QStringLiteral("Publish settings file: ")));
        QVERIFY(problems.first().message.contains(QStringLiteral("missing.publishsettings")));
    }

    // A rejected publish settings file is one problem, said once: the label names the file's
    // kind and the message does not repeat it ("Publish settings file: The publish settings
    // file ... does not exist"), and the subscription, which cannot be checked without the
    // file, is not reported as "no publish settings file was given".
    void aRejectedPublishSettingsFileIsOneProblem_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("not XML") << QByteArray("not xml") << QStringLiteral("is not an XML file");
        QTest::newRow("no subscription") << QByteArray(
            "<PublishData><PublishProfile SchemaVersion=\"2.0\"/></PublishData>")
                                         << QStringLiteral("lists no subscription");
    }
    void aRejectedPublishSettingsFileIsOneProblem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        Test::TemporaryFolder folder(QStringLiteral("rejected-settings"));
        const QString path = folder.filePath(QStringLiteral("lab.publishsettings"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        }
        OfflineFormValidator validator; // as the CLI has it: the subscriptions come from the file
        validator.setRegisteredStorageAccounts({QStringLiteral("seedaccount1")});
        const OfflineBackupForm form{folder.filePath(QStringLiteral("stage")),
                                     path,
                                     QStringLiteral("new-job"),
                                     kSubscription,
                                     QStringLiteral("seedaccount1"),
                                     QStringLiteral("seed")};
        const QList<FieldProblem> problems = validator.validate(form);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, FormField::PublishSettings);
        const QString message = problems.first().message;
        QVERIFY2(message.startsWith(QStringLiteral("Publish settings file: ")), qPrintable(message));
        QVERIFY2(message.contains(fragment), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("publish settings file"), Qt::CaseInsensitive), 1);
        QCOMPARE(message.count(QStringLiteral("lab.publishsettings")), 1);
        expectVerdict(validator.checkPublishSettingsFile(path), false, QStringLiteral("Publish settings file"),
                      fragment);

        // An id that is not a GUID is still said, the file rejected or not.
        OfflineBackupForm badId = form;
        badId.subscriptionId = QStringLiteral("my subscription");
        QCOMPARE(validator.validate(badId).size(), 2);
        QCOMPARE(validator.validate(badId).last().field, FormField::SubscriptionId);
    }
};

QTEST_GUILESS_MAIN(TestFormValidator)
#include "tst_formvalidator.moc"
