#include "VaultFixture.h"

#include "Azurite.h"
#include "Corpus.h"
#include "core/JobContext.h"
#include "crypto/Random.h"
#include "store/StoreFactory.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"

#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;

// The same vault format in an Azure blob container (Azurite): a round trip and a full check.
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
};

QTEST_GUILESS_MAIN(TestVaultAzurite)
#include "tst_vaultazurite.moc"
