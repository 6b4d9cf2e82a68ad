#pragma once

#include "store/ObjectStore.h"
#include "store/StoreOptions.h"

#include <memory>

namespace Semina::Store {

// The store a location names:
//   - an Azure connection string (it contains '=': "AccountName=...;AccountKey=..." etc.),
//   - "env:" for the connection string in AZURE_STORAGE_CONNECTION_STRING,
//   - otherwise a folder path (the local folder store; the folder must exist).
Result<std::unique_ptr<ObjectStore>> openStore(const QString &location, const StoreOptions &options = {});

Result<std::unique_ptr<ObjectStore>> openFolderStore(const QString &folder);
Result<std::unique_ptr<ObjectStore>> openAzureStore(const QString &connectionString, const StoreOptions &options = {});

} // namespace Semina::Store
