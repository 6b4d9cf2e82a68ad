#include "SeedFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "offline/ImportGate.h"
#include "offline/SeedManifest.h"
#include "offline/SeedVerification.h"
#include "store/StoreFactory.h"
#include "store/local/FolderLayout.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Semina;
using namespace Semina::Offline;
using Semina::Test::SeedFixture;
namespace Corpus = Semina::Test::Corpus;

// The seed of an offline backup: a vault in <staging>/<job>/ with its signed manifest, written,
// interrupted and resumed, verified, damaged, replaced, and the gate it puts on later backups.
// Real folders and the real keychain.
class TestSeed : public QObject {
    Q_OBJECT

    static QString source(SeedFixture &fixture)
    {
        const QString path = fixture.folder.filePath(QStringLiteral("source"));
        if (!QFileInfo::exists(path))
            Corpus::makeMixedTree(path, 40, 256 * 1024);
        return path;
    }

    // Incompressible files large enough to span several packs, so a run can be stopped inside.
    static void addBigFiles(const QString &data)
    {
        for (int i = 0; i < 6; ++i)
            Corpus::writeFile(data + QStringLiteral("/big/%1.bin").arg(i),
                              Corpus::randomBytes(1024 * 1024, quint32(70 + i)));
    }

    static void flipByte(const QString &path, qint64 fromEnd)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = file.size() - fromEnd;
        QVERIFY(file.seek(at));
        const char byte = file.read(1).at(0);
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x01))), 1);
    }

    // The recovery key a run showed opens the seed's vault and is its only one: a key an
    // interrupted run made, and never showed, is gone.
    static void checkTheOnlyRecoveryKey(SeedFixture &fixture, const QString &key)
    {
        QVERIFY(!key.isEmpty());
        auto store = Store::openFolderStore(fixture.jobFolder());
        QVERIFY(store);
        auto vault = Vault::Vault::open({store->get(), QStringLiteral("vault"), {}}, key.toUtf8());
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        const auto keys = (*vault)->listKeys();
        QVERIFY(keys);
        QCOMPARE(std::count_if(keys->begin(), keys->end(),
                               [](const Vault::KeyInfo &info) { return info.kind == Vault::KeyFile::Kind::Recovery; }),
                 1);
    }

    static Result<SeedVerification> verify(SeedFixture &fixture)
    {
        JobContext context;
        return verifySeed(fixture.jobFolder(), fixture.identity.load().value().certificate, context);
    }

private Q_SLOTS:
    void aSeedVerifiesAgainstItsSignedManifest()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        JobContext context;
        const auto seed = writeSeed(fixture.request({source(fixture)}), fixture.services(), context);
        QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
        QCOMPARE(seed->jobFolder, fixture.jobFolder());
        QVERIFY(!seed->recoveryKey.isEmpty());
        QVERIFY(!seed->resumed);
        QVERIFY(seed->objects > 3);
        QVERIFY(seed->files > 10);
        QVERIFY(QFile::exists(fixture.jobFolder() + QStringLiteral("/seed-manifest.sig")));

        // With the certificate as `certgen ExportCertificate` writes it.
        const QString cer = fixture.folder.filePath(QStringLiteral("server.cer"));
        QVERIFY(fixture.identity.exportCertificate(cer));
        QFile cerFile(cer);
        QVERIFY(cerFile.open(QIODevice::ReadOnly));
        const auto exported = Certificate::fromDer(cerFile.readAll());
        QVERIFY(exported);
        JobContext verifying;
        const auto verified = verifySeed(fixture.jobFolder(), *exported, verifying);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().details));
        QCOMPARE(verified->objectsChecked, seed->objects);
        QCOMPARE(verified->bytesChecked, seed->seedBytes);
        // Every field of the form, the host and the vault travel in the manifest.
        const SeedManifest &manifest = verified->manifest;
        const SeedRequest request = fixture.request({});
        QCOMPARE(manifest.form.importJobName, request.form.importJobName);
        QCOMPARE(manifest.form.stagingLocation, request.form.stagingLocation);
        QCOMPARE(manifest.form.publishSettingsFile, request.form.publishSettingsFile);
        QCOMPARE(manifest.form.subscriptionId, request.form.subscriptionId);
        QCOMPARE(manifest.form.storageAccount, request.form.storageAccount);
        QCOMPARE(manifest.form.container, request.form.container);
        QCOMPARE(manifest.vaultId, seed->vaultId);
        QCOMPARE(manifest.snapshotId, seed->snapshotId);
        QVERIFY(!manifest.sourceHost.isEmpty());
        QVERIFY(manifest.created.isValid());

        // The job is recorded as Seeded, with its vault and totals.
        const auto job = fixture.jobs.find(QStringLiteral("fileserver-1"));
        QVERIFY(job);
        QCOMPARE(job->state, ImportJobState::Seeded);
        QCOMPARE(job->vaultId, seed->vaultId);
        QCOMPARE(job->seedBytes, seed->seedBytes);
        QCOMPARE(job->protectedBytes, seed->protectedBytes);
        QCOMPARE(job->sources, QStringList{source(fixture)});
    }

    void aChangeIsDetectedAndNamed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("byte in the manifest") << QStringLiteral("manifest") << int(ErrorCode::Corruption)
                                              << QStringLiteral("was changed after it was signed");
        QTest::newRow("byte in an object")
            << QStringLiteral("object") << int(ErrorCode::Corruption) << QStringLiteral("%1: changed");
        QTest::newRow("object removed") << QStringLiteral("missing") << int(ErrorCode::Corruption)
                                        << QStringLiteral("%1: missing");
        QTest::newRow("object added") << QStringLiteral("extra") << int(ErrorCode::Corruption)
                                      << QStringLiteral("%1: not in the manifest");
        QTest::newRow("signature removed")
            << QStringLiteral("signature") << int(ErrorCode::NotFound) << QStringLiteral("seed-manifest.sig");
    }

    void aChangeIsDetectedAndNamed()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QFETCH(QString, message);
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        JobContext context;
        QVERIFY(writeSeed(fixture.request({source(fixture)}), fixture.services(), context));
        QVERIFY(verify(fixture));

        const auto manifest = SeedManifest::fromJson(
            [&] {
                QFile file(fixture.jobFolder() + QStringLiteral("/seed-manifest.json"));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }(),
            QStringLiteral("manifest"));
        QVERIFY(manifest);
        // A pack, picked at random: each must be covered.
        QString object;
        for (const SeedObject &candidate : manifest->objects) {
            if (candidate.name.startsWith(QStringLiteral("data/"))
                && (object.isEmpty() || QRandomGenerator::global()->bounded(3) == 0))
                object = candidate.name;
        }
        QVERIFY(!object.isEmpty());
        const QString objectFile
            = fixture.jobFolder() + QStringLiteral("/vault/") + *Store::Local::FolderLayout::relativePath(object);
        if (damage == QLatin1String("manifest")) {
            flipByte(fixture.jobFolder() + QStringLiteral("/seed-manifest.json"), 200);
        } else if (damage == QLatin1String("object")) {
            flipByte(objectFile, 10);
        } else if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(objectFile));
        } else if (damage == QLatin1String("extra")) {
            auto store = Store::openFolderStore(fixture.jobFolder());
            QVERIFY(store);
            object = QStringLiteral("data/zz/late-pack");
            QVERIFY((*store)->put(QStringLiteral("vault"), object, QByteArray("written after the seed")));
        } else {
            QVERIFY(QFile::remove(fixture.jobFolder() + QStringLiteral("/seed-manifest.sig")));
        }
        const auto verified = verify(fixture);
        QVERIFY(!verified);
        QCOMPARE(int(verified.error().code), code);
        const QString expected = message.contains(QLatin1String("%1")) ? message.arg(object) : message;
        QVERIFY2(verified.error().message.contains(expected),
                 qPrintable(verified.error().message + QStringLiteral(" | expected: ") + expected));
    }

    void anotherServersCertificateIsRefused()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        JobContext context;
        QVERIFY(writeSeed(fixture.request({source(fixture)}), fixture.services(), context));
        const auto other = makeSelfSignedIdentity({QStringLiteral("another server"), KeyAlgorithm::EcP256,
                                                   QDateTime::currentDateTimeUtc().addDays(-1),
                                                   QDateTime::currentDateTimeUtc().addDays(1)});
        QVERIFY(other);
        const auto verified = verifySeed(fixture.jobFolder(), other->certificate, context);
        QVERIFY(!verified);
        QCOMPARE(verified.error().code, ErrorCode::InvalidInput);
        QVERIFY(verified.error().message.contains(other->certificate.thumbprint()));
    }

    void aCancelledSeedResumesWithTheKeychainKey()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        addBigFiles(source(fixture));
        SeedRequest request = fixture.request({source(fixture)});
        request.storeKeyInKeychain = true;
        JobContext stopped;
        // Stop once some data has been packed, i.e. halfway through the backup.
        stopped.setProgressListener(
            [&stopped](const Progress &progress) {
                if (progress.bytesDone > 2 * 1024 * 1024)
                    stopped.cancel();
            },
            0);
        const auto first = writeSeed(request, fixture.services(), stopped);
        QVERIFY(!first);
        QCOMPARE(first.error().code, ErrorCode::Cancelled);
        QCOMPARE(fixture.jobs.find(QStringLiteral("fileserver-1"))->state, ImportJobState::Seeding);
        QVERIFY(!QFile::exists(fixture.jobFolder() + QStringLiteral("/seed-manifest.json")));
        {
            auto store = Store::openFolderStore(fixture.jobFolder());
            auto vault = Vault::Vault::open({store->get(), QStringLiteral("vault"), {}}, SeedFixture::kPassphrase);
            QVERIFY(vault);
            fixture.vaultKeys << (*vault)->keychainName();
        }

        // No passphrase this time: the key kept in the keychain opens the vault.
        request.passphrase.clear();
        JobContext context;
        const auto resumed = writeSeed(request, fixture.services(), context);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QVERIFY(resumed->resumed);
        // Shown once, by the run that completes the seed, although another run made the vault.
        checkTheOnlyRecoveryKey(fixture, resumed->recoveryKey);
        QVERIFY(verify(fixture));
    }

    void aKilledSeedResumesAndVerifies()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        const QString data = source(fixture);
        addBigFiles(data);
        QProcess child;
        child.start(QStringLiteral(SEED_CHILD), {fixture.folder.path(), data});
        QVERIFY(child.waitForStarted());
        // Killed after a random number of progress lines, wherever that falls in the run.
        const int lines = 20 + int(QRandomGenerator::global()->bounded(400));
        int seen = 0;
        while (seen < lines && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            while (child.canReadLine() && seen < lines) {
                child.readLine();
                ++seen;
            }
        }
        const bool killed = child.state() == QProcess::Running;
        if (killed) {
            child.kill();
            QVERIFY(child.waitForFinished());
            QCOMPARE(fixture.jobs.find(QStringLiteral("fileserver-1"))->state, ImportJobState::Seeding);
        } else {
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        }
        qInfo() << "killed after" << seen << "progress lines:" << killed;

        JobContext context;
        const auto resumed = writeSeed(fixture.request({data}), fixture.services(), context);
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
        QCOMPARE(resumed->resumed, true);
        checkTheOnlyRecoveryKey(fixture, resumed->recoveryKey);
        const auto verified = verify(fixture);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().details));
        QCOMPARE(fixture.jobs.find(QStringLiteral("fileserver-1"))->state, ImportJobState::Seeded);
    }

    void aFinishedSeedIsReplacedOnlyWithForce()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        SeedRequest request = fixture.request({source(fixture)});
        JobContext context;
        const auto first = writeSeed(request, fixture.services(), context);
        QVERIFY(first);
        const auto again = writeSeed(request, fixture.services(), context);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("--force")), qPrintable(again.error().message));
        QVERIFY(verify(fixture)); // untouched

        request.force = true;
        const auto replaced = writeSeed(request, fixture.services(), context);
        QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error().message));
        QVERIFY(replaced->vaultId != first->vaultId);
        QVERIFY(replaced->recoveryKey != first->recoveryKey);
        checkTheOnlyRecoveryKey(fixture, replaced->recoveryKey);
        const auto verified = verify(fixture);
        QVERIFY(verified);
        QCOMPARE(verified->manifest.vaultId, replaced->vaultId);
        QCOMPARE(fixture.jobs.find(QStringLiteral("fileserver-1"))->vaultId, replaced->vaultId);
    }

    void aNewSeedNeedsAPassphrase()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        SeedRequest request = fixture.request({source(fixture)});
        request.passphrase.clear();
        JobContext context;
        const auto seed = writeSeed(request, fixture.services(), context);
        QVERIFY(!seed);
        QCOMPARE(seed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(seed.error().message.contains(QStringLiteral("passphrase")), qPrintable(seed.error().message));
    }

    void excludedPathsAndTheStagingLocationStayOut()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        // The staging location inside the protected folder, and one subfolder left out.
        const QString data = source(fixture);
        SeedRequest request = fixture.request({data});
        request.form.stagingLocation = data + QStringLiteral("/staging");
        request.excludes = {data + QStringLiteral("/src")};
        JobContext context;
        const auto seed = writeSeed(request, fixture.services(), context);
        QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
        const QString jobFolder = data + QStringLiteral("/staging/fileserver-1");
        QCOMPARE(seed->jobFolder, jobFolder);
        auto store = Store::openFolderStore(jobFolder);
        auto vault = Vault::Vault::open({store->get(), QStringLiteral("vault"), {}}, SeedFixture::kPassphrase);
        QVERIFY(vault);
        const auto snapshot = (*vault)->findSnapshot(seed->snapshotId);
        QVERIFY(snapshot);
        const auto root = (*vault)->readTree(snapshot->tree);
        QVERIFY(root);
        const auto top = (*vault)->readTree(root->nodes.at(0).subtree);
        QVERIFY(top);
        // The staging folder is there, empty: the job folder inside it was left out.
        bool stagingSeen = false;
        for (const Vault::TreeNode &node : top->nodes) {
            QVERIFY(node.name != "src");
            if (node.name == "staging") {
                stagingSeen = true;
                QVERIFY((*vault)->readTree(node.subtree)->nodes.isEmpty());
            }
        }
        QVERIFY(stagingSeen);
        QVERIFY(top->nodes.size() > 2);
        QCOMPARE(verify(fixture).error().code, ErrorCode::NotFound); // not in the default staging location
        JobContext verifying;
        QVERIFY(verifySeed(jobFolder, fixture.identity.load()->certificate, verifying));
    }

    void theJobBeingSeededDoesNotTakeItsOwnName()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        const SeedRequest request = fixture.request({source(fixture)});
        ImportJob other;
        other.name = QStringLiteral("mail_2");
        other.stagingLocation = fixture.staging();
        QVERIFY(fixture.jobs.add(other));
        JobContext context;
        QVERIFY(writeSeed(request, fixture.services(), context));
        QCOMPARE(jobNamesTakenFor(request.form, fixture.jobs).value(), QStringList{QStringLiteral("mail_2")});
        OfflineBackupForm elsewhere = request.form;
        elsewhere.stagingLocation = fixture.folder.filePath(QStringLiteral("other-staging"));
        QCOMPARE(jobNamesTakenFor(elsewhere, fixture.jobs)->size(), 2);
        // Another staging location for the same job name is refused, not mixed in.
        SeedRequest moved = request;
        moved.form = elsewhere;
        const auto refused = writeSeed(moved, fixture.services(), context);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }

    void backupsWaitUntilTheImportJobIsFinished()
    {
        SeedFixture fixture;
        QVERIFY(fixture.createIdentity());
        JobContext context;
        const auto seed = writeSeed(fixture.request({source(fixture)}), fixture.services(), context);
        QVERIFY(seed);
        const QString name = QStringLiteral("fileserver-1");
        const QList<ImportJobState> path{ImportJobState::Creating, ImportJobState::Shipping, ImportJobState::Received,
                                         ImportJobState::Transferring, ImportJobState::Packaging};
        for (ImportJobState state : path) {
            const auto gate = checkNoImportPending(seed->vaultId, fixture.jobs);
            QVERIFY(!gate);
            QCOMPARE(gate.error().code, ErrorCode::WaitingForImport);
            QCOMPARE(exitCodeFor(gate.error().code), 12);
            QVERIFY(gate.error().message.startsWith(QStringLiteral("Waiting for import job to complete")));
            QVERIFY(gate.error().message.contains(name));
            QVERIFY(fixture.jobs.setState(name, state));
        }
        QVERIFY(!checkNoImportPending(seed->vaultId, fixture.jobs));
        QVERIFY(checkNoImportPending(QStringLiteral("00112233445566778899aabbccddeeff"), fixture.jobs));
        QVERIFY(fixture.jobs.setState(name, ImportJobState::Completed));
        QVERIFY(checkNoImportPending(seed->vaultId, fixture.jobs));
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
