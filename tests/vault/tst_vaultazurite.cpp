#include "VaultFixture.h"

#include "Azurite.h"
#include "Corpus.h"
#include "HeldJob.h"
#include "core/JobContext.h"
#include "crypto/Random.h"
#include "store/StoreFactory.h"
#include "store/azure/BlobSession.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"
#include "vault/VaultLock.h"

#include <QTest>

#include <algorithm>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;

// The same vault format in an Azure blob container (Azurite): a round trip and a full check,
// the vault's lock keeping a second backup out while one runs, and damage found by the vault
// itself, which reads its objects without the store's MD5; a read-only SAS restores.
class TestVaultAzurite : public QObject {
    Q_OBJECT

    static VaultLocation freshLocation(Store::ObjectStore &store)
    {
        return {&store, QStringLiteral("vault-") + QString::fromLatin1(Crypto::randomBytes(6)->toHex()),
                QStringLiteral("seed/")};
    }

private Q_SLOTS:
    void roundTripInABlobContainer()
    {
        const auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        auto store = Store::openAzureStore(azurite->connectionString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const VaultLocation location = freshLocation(**store);
        Test::TemporaryFolder folder(QStringLiteral("vault-azurite"));
        const QString source = folder.filePath(QStringLiteral("data"));
        Test::Corpus::makeMixedTree(source, 60, 512 * 1024);

        auto created = Semina::Vault::Vault::create(location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        const auto snapshot = backup(*created->vault, request, context);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));

        auto vault = Semina::Vault::Vault::open(location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        RestoreRequest restoreRequest;
        restoreRequest.target = folder.filePath(QStringLiteral("restored"));
        const auto restored = restore(**vault, restoreRequest, context);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(Test::compareTrees(source, folder.filePath(QStringLiteral("restored/data"))), QString());
        const auto report = check(**vault, {true}, context);
        QVERIFY(report);
        QVERIFY(report->isClean());
        QVERIFY(report->packs > 1);
        QVERIFY((*store)->deleteContainer(location.container));
    }
    // A restore machine given a read-only SAS: the restore goes on without a lock object and
    // says so; a backup through the same SAS is refused as AccessDenied, naming the SAS.
    void aReadOnlySasRestoresAndCannotBackUp()
    {
        const auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        auto keyStore = Store::openAzureStore(azurite->connectionString());
        const auto readOnly = azurite->sasConnectionString("rl", QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(keyStore && readOnly);
        auto sasStore = Store::openAzureStore(*readOnly);
        QVERIFY2(sasStore, sasStore ? "" : qPrintable(sasStore.error().message));
        const VaultLocation location = freshLocation(**keyStore);
        const VaultLocation readOnlyLocation{sasStore->get(), location.container, location.prefix};
        Test::TemporaryFolder folder(QStringLiteral("vault-azurite-sas"));
        const QString source = folder.filePath(QStringLiteral("data"));
        Test::Corpus::makeMixedTree(source, 20, 256 * 1024);
        auto created = Semina::Vault::Vault::create(location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        JobContext backingUp;
        BackupRequest request;
        request.paths = {source};
        QVERIFY(backup(*created->vault, request, backingUp));

        auto vault = Semina::Vault::Vault::open(readOnlyLocation, VaultFixture::kPassphrase);
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        JobContext restoring;
        RestoreRequest restoreRequest;
        restoreRequest.target = folder.filePath(QStringLiteral("restored"));
        const auto restored = restore(**vault, restoreRequest, restoring);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(Test::compareTrees(source, folder.filePath(QStringLiteral("restored/data"))), QString());
        const auto warned
            = std::any_of(restoring.warnings().cbegin(), restoring.warnings().cend(),
                          [](const Warning &w) { return w.message.contains(QStringLiteral("may only read")); });
        QVERIFY(warned);

        JobContext refused;
        const auto denied = backup(**vault, request, refused);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::AccessDenied);
        QVERIFY2(denied.error().message.contains(QStringLiteral("SAS")), qPrintable(denied.error().message));
        const auto locks = VaultLock::list(**vault);
        QVERIFY(locks);
        QVERIFY(locks->isEmpty());
        QVERIFY((*keyStore)->deleteContainer(location.container));
    }
    void aSecondBackupBesideARunningOneIsRefused()
    {
        const auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        // Two stores, as two processes would have.
        auto firstStore = Store::openAzureStore(azurite->connectionString());
        auto secondStore = Store::openAzureStore(azurite->connectionString());
        QVERIFY(firstStore && secondStore);
        const QString container = QStringLiteral("vault-") + QString::fromLatin1(Crypto::randomBytes(6)->toHex());
        const VaultLocation firstLocation{firstStore->get(), container, {}};
        const VaultLocation secondLocation{secondStore->get(), container, {}};
        Test::TemporaryFolder folder(QStringLiteral("vault-azurite-lock"));
        const QString source = folder.filePath(QStringLiteral("data"));
        Test::Corpus::makeMixedTree(source, 20, 256 * 1024);
        QVERIFY(Semina::Vault::Vault::create(firstLocation, VaultFixture::kPassphrase, VaultFixture::options()));
        auto first = Semina::Vault::Vault::open(firstLocation, VaultFixture::kPassphrase);
        auto second = Semina::Vault::Vault::open(secondLocation, VaultFixture::kPassphrase);
        QVERIFY(first && second);
        BackupRequest request;
        request.paths = {source};

        Test::HeldJob running([&](JobContext &context) {
            auto snapshot = backup(**first, request, context);
            return snapshot ? Result<>() : fail(snapshot.error());
        });
        QVERIFY(running.waitUntilHeld());
        JobContext context;
        const auto beside = backup(**second, request, context);
        QVERIFY(!beside);
        QCOMPARE(beside.error().code, ErrorCode::Locked);
        QVERIFY2(beside.error().message.contains(QStringLiteral("backup")), qPrintable(beside.error().message));
        QVERIFY(running.finish());

        // Opened again, so its index includes what the first backup wrote.
        auto after = Semina::Vault::Vault::open(secondLocation, VaultFixture::kPassphrase);
        QVERIFY(after);
        const auto locks = VaultLock::list(**after);
        QVERIFY(locks);
        QVERIFY(locks->isEmpty());
        JobContext checking;
        const auto report = check(**after, {true}, checking);
        QVERIFY(report);
        QVERIFY(report->isClean());
        QVERIFY((*firstStore)->deleteContainer(container));
    }

    // A pack whose stored bytes rot while the MD5 recorded at upload stays: the store would
    // call it Corruption, and the vault, which skips that MD5 (its AEAD covers every byte),
    // still finds the damage, confines it to the file it touches and restores the rest.
    void aFlippedByteInAPackIsDamageToTheVault()
    {
        const auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        auto store = Store::openAzureStore(azurite->connectionString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const VaultLocation location = freshLocation(**store);
        Test::TemporaryFolder folder(QStringLiteral("vault-azurite-damage"));
        const QString source = folder.filePath(QStringLiteral("data"));
        // Each file fills packs of its own (256 KiB target), so damage to one spares the other.
        Test::Corpus::writeFile(source + QStringLiteral("/a.bin"), Test::Corpus::randomBytes(600 * 1024, 1));
        Test::Corpus::writeFile(source + QStringLiteral("/b.bin"), Test::Corpus::randomBytes(600 * 1024, 2));
        auto created = Semina::Vault::Vault::create(location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        JobContext context;
        BackupRequest request;
        request.paths = {source};
        request.workers = 1; // one reader and one open pack at a time: files land in packs in order
        request.readers = 1;
        QVERIFY(backup(*created->vault, request, context));

        const QString pack = VaultFixture::packOf(
            *created->vault, VaultFixture::chunksOf(*created->vault, QStringLiteral("data/a.bin")).first());
        const QString object = location.objectName(pack);
        const auto stored = (*store)->head(location.container, object);
        QVERIFY(stored);
        auto bytes = (*store)->get(location.container, object);
        QVERIFY(bytes);
        (*bytes)[100] = char((*bytes)[100] ^ 0x10);
        QVERIFY((*store)->put(location.container, object, *bytes));
        auto account = Azure::parseConnectionString(azurite->connectionString());
        QVERIFY(account);
        Azure::BlobSession raw(*account, {});
        const auto recorded = raw.send("PUT", raw.url(location.container, object, "comp=properties"),
                                       {{"x-ms-blob-content-md5", stored->contentMd5.toBase64()}}, {},
                                       {location.container, object}, nullptr);
        QVERIFY(recorded);
        QCOMPARE(recorded->status, 200);
        const auto plain = (*store)->get(location.container, object);
        QVERIFY(!plain);
        QCOMPARE(plain.error().code, ErrorCode::Corruption); // the store's default read sees it

        auto vault = Semina::Vault::Vault::open(location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        const auto report = check(**vault, {true}, context);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(!report->isClean());
        QCOMPARE(report->damaged.first().object, pack);
        const auto affects = [&](const QString &path) {
            return std::any_of(report->affectedFiles.begin(), report->affectedFiles.end(),
                               [&](const AffectedFile &file) { return file.path == path; });
        };
        QVERIFY(affects(QStringLiteral("data/a.bin")));
        QVERIFY(!affects(QStringLiteral("data/b.bin")));

        RestoreRequest restoreRequest;
        restoreRequest.target = folder.filePath(QStringLiteral("restored"));
        JobContext restoring;
        const auto restored = restore(**vault, restoreRequest, restoring);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->damagedFiles, 1);
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("restored/data/a.bin"))));
        QFile b(folder.filePath(QStringLiteral("restored/data/b.bin")));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), Test::Corpus::randomBytes(600 * 1024, 2));
        QVERIFY((*store)->deleteContainer(location.container));
    }
};

QTEST_GUILESS_MAIN(TestVaultAzurite)
#include "tst_vaultazurite.moc"
