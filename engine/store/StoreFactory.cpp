#include "store/StoreFactory.h"

#include "store/azure/BlobStore.h"
#include "store/azure/ConnectionString.h"
#include "store/local/LocalFolderStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Semina::Store {

Result<std::unique_ptr<ObjectStore>> openFolderStore(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Semina::Store",
                                                "The storage folder \"%1\" does not exist: create it, "
                                                "or plug in the drive that holds it.")
                        .arg(folder));
    return std::make_unique<Local::LocalFolderStore>(folder);
}

Result<std::unique_ptr<ObjectStore>> openAzureStore(const QString &connectionString, const StoreOptions &options)
{
    auto account = Azure::parseConnectionString(connectionString);
    if (!account)
        return fail(account.error());
    return std::make_unique<Azure::BlobStore>(std::move(*account), options);
}

Result<std::unique_ptr<ObjectStore>> openStore(const QString &location, const StoreOptions &options)
{
    if (location == QLatin1String("env:")) {
        auto account = Azure::accountFromEnvironment();
        if (!account)
            return fail(account.error());
        return std::make_unique<Azure::BlobStore>(std::move(*account), options);
    }
    if (location.contains(u'=') && location.contains(u';'))
        return openAzureStore(location, options);
    return openFolderStore(location);
}

} // namespace Semina::Store
