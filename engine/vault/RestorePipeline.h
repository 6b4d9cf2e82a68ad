#pragma once

#include "core/Error.h"
#include "vault/RestorePlan.h"

#include <QString>

#include <atomic>
#include <mutex>
#include <optional>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class PackRunReader;
struct PackRun;
class TargetFolder;
class Vault;

// Fills the files of a RestorePlan: the calling thread reads the packs in runs (PackRunReader)
// into a short queue, and `workers` threads open and verify each blob (BlobOpener) and write it
// to every place it goes; a file's metadata is applied when its last chunk is in place.
// Memory stays bounded: at most kQueuedRuns runs wait, each about PackRunReader::kRunTarget.
// A blob that fails verification marks the files using it damaged (PlannedFile::damage) and
// the rest goes on; a write failure or cancellation stops everything.
class RestorePipeline {
public:
    static constexpr std::size_t kQueuedRuns = 2;

    RestorePipeline(Vault &vault, RestorePlan &plan, const TargetFolder &target, JobContext &context);

    Result<> run(int workers);

private:
    class Worker;

    void markDamaged(const ChunkNeed &need, const QString &reason);
    void stopWith(const Error &error);

    Vault &m_vault;
    RestorePlan &m_plan;
    const TargetFolder &m_target;
    JobContext &m_context;
    std::mutex m_mutex;
    std::optional<Error> m_failure;
    std::atomic<bool> m_stopped{false};
};

} // namespace Semina::Vault
