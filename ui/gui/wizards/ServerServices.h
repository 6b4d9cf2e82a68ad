#pragma once

#include "importjob/ImportJobStore.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <memory>

namespace Semina::Ui {

// The server's engine services a wizard's jobs use. Shared with each job it starts, so a job
// still ending on its worker thread while the wizard closes never outlives them.
struct ServerServices {
    SecretStore secrets;
    Offline::ImportJobStore jobs;
    Offline::OfflineIdentity identity{secrets};

    static std::shared_ptr<ServerServices> create() { return std::make_shared<ServerServices>(); }
};

} // namespace Semina::Ui
