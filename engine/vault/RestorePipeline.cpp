#include "vault/RestorePipeline.h"

#include "core/JobContext.h"
#include "vault/BlobOpener.h"
#include "vault/BoundedQueue.h"
#include "vault/PackRunReader.h"
#include "vault/PlannedFileWriter.h"
#include "vault/Vault.h"

#include <QFile>

#include <algorithm>
#include <thread>
#include <vector>

namespace Semina::Vault {

namespace {
// A chunk of zeros compresses to almost nothing; only such chunks are worth scanning, and a
// zero chunk need not be written: the planned file already reads as zeros there (a hole).
bool isZeros(QByteArrayView chunk, qsizetype sealedLength)
{
    if (chunk.size() < 4096 || sealedLength * 64 > chunk.size())
        return false;
    return std::all_of(chunk.begin(), chunk.end(), [](char c) { return c == 0; });
}
} // namespace

class RestorePipeline::Worker {
public:
    explicit Worker(RestorePipeline &pipeline)
        : m_pipeline(pipeline)
        , m_opener(pipeline.m_vault.keys())
        , m_writer(pipeline.m_target, pipeline.m_plan, pipeline.m_context)
    {
    }

    void run(BoundedQueue<PackRun> &queue)
    {
        while (auto run = queue.pop()) {
            if (m_pipeline.m_stopped.load(std::memory_order_relaxed) || m_pipeline.m_context.isCancelled())
                continue; // drain, so the reader is never left waiting for room
            if (auto ok = process(*run); !ok) {
                m_pipeline.stopWith(ok.error());
                queue.close();
            }
        }
    }

private:
    Result<> process(const PackRun &run)
    {
        RestorePlan &plan = m_pipeline.m_plan;
        const QString packName = PackFormat::objectName(plan.packs[qsizetype(run.pack)]);
        if (!run.damage.isEmpty()) {
            for (size_t i = run.firstNeed; i < run.firstNeed + run.needCount; ++i)
                m_pipeline.markDamaged(plan.needs[i], run.damage);
            return {};
        }
        if (m_keyPack != run.pack || m_key.isEmpty()) {
            auto key = m_pipeline.m_vault.packKey(plan.packs[qsizetype(run.pack)]);
            if (!key)
                return fail(key.error());
            m_key = *key;
            m_keyPack = run.pack;
        }
        for (size_t i = run.firstNeed; i < run.firstNeed + run.needCount; ++i) {
            if (auto ok = m_pipeline.m_context.checkCancelled(); !ok)
                return ok;
            const ChunkNeed &need = plan.needs[i];
            const QByteArrayView sealed
                = QByteArrayView(run.bytes).sliced(qsizetype(need.offset - run.start), need.length);
            auto chunk = m_opener.open(m_key, sealed, need.id, need.rawLength, packName);
            if (!chunk) {
                if (chunk.error().code != ErrorCode::Corruption)
                    return fail(chunk.error());
                m_pipeline.markDamaged(need, chunk.error().message);
                continue;
            }
            if (auto ok = place(need, *chunk); !ok)
                return ok;
        }
        return {};
    }

    // Writes the chunk to each of its places and finishes the files it completes.
    Result<> place(const ChunkNeed &need, QByteArrayView chunk)
    {
        RestorePlan &plan = m_pipeline.m_plan;
        const bool zeros = isZeros(chunk, need.length);
        for (quint32 u = need.firstUse; u < need.firstUse + need.useCount; ++u) {
            const ChunkUse &use = plan.uses[u];
            PlannedFile &file = plan.files[use.file];
            if (file.damaged.load(std::memory_order_relaxed) || file.skipped.load(std::memory_order_relaxed))
                continue;
            if (use.file != m_currentFile) {
                m_currentFile = use.file;
                m_pipeline.m_context.setCurrentItem(QFile::decodeName(file.path));
            }
            // Only files made at their final size have holes to leave (see PlannedFileWriter).
            if (!zeros || file.chunkCount == 1) {
                if (auto ok = m_writer.write(use.file, use.offset, chunk); !ok)
                    return ok;
            }
            m_pipeline.m_context.addDone(0, chunk.size());
            if (file.pendingChunks.fetch_sub(1, std::memory_order_acq_rel) == 1
                && !file.damaged.load(std::memory_order_acquire) && !file.skipped.load(std::memory_order_acquire)) {
                if (auto ok = m_writer.finish(use.file); !ok)
                    return ok;
                m_pipeline.m_context.addDone(1, 0);
            }
        }
        return {};
    }

    RestorePipeline &m_pipeline;
    BlobOpener m_opener;
    PlannedFileWriter m_writer;
    QByteArray m_key;
    quint32 m_keyPack = 0;
    quint32 m_currentFile = quint32(-1);
};

RestorePipeline::RestorePipeline(Vault &vault, RestorePlan &plan, const TargetFolder &target, JobContext &context)
    : m_vault(vault)
    , m_plan(plan)
    , m_target(target)
    , m_context(context)
{
}

void RestorePipeline::markDamaged(const ChunkNeed &need, const QString &reason)
{
    std::lock_guard lock(m_mutex);
    for (quint32 u = need.firstUse; u < need.firstUse + need.useCount; ++u) {
        PlannedFile &file = m_plan.files[m_plan.uses[u].file];
        if (!file.damaged.exchange(true))
            file.damage = reason;
    }
}

void RestorePipeline::stopWith(const Error &error)
{
    std::lock_guard lock(m_mutex);
    if (!m_failure)
        m_failure = error;
    m_stopped.store(true, std::memory_order_relaxed);
}

Result<> RestorePipeline::run(int workers)
{
    BoundedQueue<PackRun> queue(kQueuedRuns);
    std::vector<std::unique_ptr<Worker>> crew;
    std::vector<std::thread> threads;
    for (int i = 0; i < qMax(1, workers); ++i) {
        crew.push_back(std::make_unique<Worker>(*this));
        threads.emplace_back([&queue, worker = crew.back().get()] { worker->run(queue); });
    }
    PackRunReader reader(m_vault, m_plan);
    while (!m_stopped.load(std::memory_order_relaxed) && !m_context.isCancelled()) {
        auto run = reader.next();
        if (!run) {
            stopWith(run.error());
            break;
        }
        if (!*run || !queue.push(std::move(**run)))
            break;
    }
    queue.close();
    for (std::thread &thread : threads)
        thread.join();
    crew.clear(); // closes the workers' files
    if (m_failure)
        return fail(*m_failure);
    return m_context.checkCancelled();
}

} // namespace Semina::Vault
