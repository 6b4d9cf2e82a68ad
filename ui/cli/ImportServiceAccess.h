#pragma once

#include "core/Error.h"
#include "importjob/ImportService.h"
#include "importjob/StagedJob.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Semina {
class SecretStore;
}

namespace Semina::Cli {

class Console;

// Which job a command means and where its service is (Offline::JobTarget): given on the command
// line (--publish-settings, --subscription), found in this computer's job list (the source
// computer), or in the seed manifests of a staging location (--staging, from another computer).
using Offline::JobTarget;

struct JobTargetOptions {
    QString job; // empty: the one job this computer waits on (Seeded or Creating)
    QString publishSettingsFile;
    QString subscriptionId;
    QString staging;
};

Result<JobTarget> resolveJobTarget(const JobTargetOptions &options);
// The service of the target's publish settings, authenticated with its certificate.
Result<std::unique_ptr<Offline::ImportService>> openService(const JobTarget &target, SecretStore &secrets);

// The target's job as the service has it, with the service it came from.
struct ServiceJobAccess {
    JobTarget target;
    std::unique_ptr<Offline::ImportService> service;
    Offline::ServiceJob job;
};
Result<ServiceJobAccess> openServiceJob(const JobTargetOptions &options, SecretStore &secrets);

// The job, its state and deadline, and each drive's state, as `status` and `importjob ship`
// print them.
void printJob(Console &console, const Offline::ServiceJob &job, const QDateTime &now);
// The same as JSON, for `status --json`.
QJsonObject jobToStatusJson(const Offline::ServiceJob &job, const QDateTime &now);

} // namespace Semina::Cli
