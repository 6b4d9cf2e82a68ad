#include "Azurite.h"
#include "StoreConformance.h"
#include "TestEnvironment.h"
#include "store/StoreFactory.h"
#include "store/local/LocalFolderStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace Semina;

// Runs the ObjectStore conformance suite against the local folder backend and against Azure
// Blob Storage as Azurite emulates it. Azure runs with small blocks so that the block cases
// (one block, one block + 1, several in flight) stay quick.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr qint64 kAzureBlock = 256 * 1024;

    Test::TemporaryFolder folder(QStringLiteral("conformance"));
    StoreConformance local(
        QStringLiteral("local"),
        [&]() -> Result<std::unique_ptr<Store::ObjectStore>> {
            return std::make_unique<Store::Local::LocalFolderStore>(folder.path());
        },
        4 * 1024 * 1024);

    StoreConformance azure(
        QStringLiteral("azurite"),
        [&]() -> Result<std::unique_ptr<Store::ObjectStore>> {
            auto azurite = Test::Azurite::fromFixture();
            if (!azurite)
                return fail(azurite.error());
            Store::StoreOptions options;
            options.blockSize = kAzureBlock;
            return Store::openStore(azurite->connectionString(), options);
        },
        kAzureBlock);

    int failures = QTest::qExec(&local, argc, argv);
    failures += QTest::qExec(&azure, argc, argv);
    return failures;
}
