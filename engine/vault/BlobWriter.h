#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"
#include "vault/VaultIndex.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

// The write half of the backup pipeline. The reading thread hands in blobs; worker threads
// compress, seal and pack them, each with its own open pack, and upload a pack once it reaches
// the vault's target size. Memory stays bounded: at most `maxQueued` blobs wait, and their
// buffers are reused.
//
// Small blobs (a small file, a tree) travel in batches: waking a worker for each one cost more
// than sealing it, in system calls and cross-CPU wake-ups. A batch is handed over once it holds
// about 1 MiB, and at finish().
//
// Durability order: a pack is put (the store makes it durable), then added to the in-memory
// index; every 64 packs and at finish() an index object lists them. The snapshot comes after.
class BlobWriter {
public:
    BlobWriter(Vault &vault, JobContext &context, int workers = 2, int maxQueued = 6);
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    // Packs already durable but in no index yet (adopted after an interruption): the next index
    // object written lists them too.
    void addUnindexedPacks(const QList<PackRecord> &packs);

    // Stores the blob unless the vault has it or it is on its way; copies `plaintext`.
    // Fails with the first error a worker met.
    Result<> store(BlobType type, const ChunkId &id, QByteArrayView plaintext);

    // Waits for the queued blobs, uploads the open packs and writes the index object.
    Result<> finish();

    [[nodiscard]] qint64 newBlobs() const { return m_newBlobs.load(); }
    [[nodiscard]] qint64 newBytes() const { return m_newBytes.load(); }
    [[nodiscard]] qint64 storedBytes() const { return m_storedBytes.load(); }
    [[nodiscard]] qint64 packsWritten() const { return m_packsWritten.load(); }

private:
    struct Blob {
        BlobType type = BlobType::Data;
        ChunkId id;
        qsizetype offset = 0; // into the job's data
        qsizetype length = 0;
    };
    // One large blob, or a batch of small ones laid end to end in `data`.
    struct Job {
        QList<Blob> blobs;
        QByteArray data;
    };
    void work();
    // Under m_mutex: waits for room in the queue and queues the job; fails (releasing the job's
    // reservations) when a worker failed.
    Result<> push(std::unique_lock<std::mutex> &lock, Job &&job);
    QByteArray takeBuffer(); // under m_mutex
    void closeBatch(); // under m_mutex: queues the open batch, if any
    Result<> processJob(Job &job, class ChunkCompressor &compressor, class PackBuilder &pack);
    void setError(const Error &error);
    Result<> uploadPack(class PackBuilder &pack);
    Result<> writeIndexIfDue(bool force);

    Vault &m_vault;
    JobContext &m_context;
    const int m_maxQueued;

    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_spaceAvailable;
    std::deque<Job> m_queue;
    std::optional<Job> m_batch; // small blobs waiting to fill a batch
    std::vector<QByteArray> m_freeBuffers;
    bool m_closing = false;
    std::optional<Error> m_error;
    std::vector<std::thread> m_threads;

    std::mutex m_indexMutex;
    QList<PackRecord> m_unindexed;

    std::atomic<qint64> m_newBlobs{0};
    std::atomic<qint64> m_newBytes{0};
    std::atomic<qint64> m_storedBytes{0};
    std::atomic<qint64> m_packsWritten{0};
};

} // namespace Semina::Vault
