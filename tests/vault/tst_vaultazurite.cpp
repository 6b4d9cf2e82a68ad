#include "VaultFixture.h"

#include "Azurite.h"
#include "Corpus.h"
#include "HeldJob.h"
#include "core/JobContext.h"
#include "crypto/Random.h"
#include "store/StoreFactory.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"
#include "vault/VaultLock.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;

// The same vault format in an Azure blob container (Azurite): a round trip and a full check,
// and the vault's lock keeping a second backup out while one runs.
class TestVaultAzurite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripInABlobContainer()
    {
        const auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite, azurite ? "" : qPrintable(azurite.error().message));
        auto store = Store::openAzureStore(azurite->connectionString());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        const VaultLocation location{store->get(),
                                     QStringLiteral("vault-") + QString::fromLatin1(Crypto::randomBytes(6)->toHex()),
                                     QStringLiteral("seed/")};
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
};

QTEST_GUILESS_MAIN(TestVaultAzurite)
#include "tst_vaultazurite.moc"
