#include "vault/BlobWriter.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "crypto/Random.h"
#include "vault/ChunkCompressor.h"
#include "vault/Pack.h"
#include "vault/Vault.h"

#include <cstring>

namespace Semina::Vault {

namespace {
// An index object every 64 packs (~2 GiB): a crash loses at most that much index, and the
// next backup re-adopts those packs from their headers anyway.
constexpr qsizetype kPacksPerIndex = 64;
// Blobs below this size are batched; a batch is queued once it holds kBatchSize bytes.
constexpr qsizetype kSmallBlob = 256 * 1024;
constexpr qsizetype kBatchSize = 1024 * 1024;
constexpr qsizetype kBatchBlobs = 256;
} // namespace

BlobWriter::BlobWriter(Vault &vault, JobContext &context, int workers, int maxQueued)
    : m_vault(vault)
    , m_context(context)
    , m_maxQueued(qMax(1, maxQueued))
{
    for (int i = 0; i < qMax(1, workers); ++i)
        m_threads.emplace_back([this] { work(); });
}

BlobWriter::~BlobWriter()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_batch) { // never handed over (no finish()): the index must not expect these
            for (const Blob &blob : m_batch->blobs)
                m_vault.index().release(blob.id);
            m_batch.reset();
        }
        m_closing = true;
    }
    m_workAvailable.notify_all();
    for (auto &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

void BlobWriter::addUnindexedPacks(const QList<PackRecord> &packs)
{
    std::lock_guard lock(m_indexMutex);
    m_unindexed += packs;
}

void BlobWriter::setError(const Error &error)
{
    std::lock_guard lock(m_mutex);
    if (!m_error)
        m_error = error;
    m_spaceAvailable.notify_all();
}

QByteArray BlobWriter::takeBuffer()
{
    if (m_freeBuffers.empty())
        return {};
    QByteArray buffer = std::move(m_freeBuffers.back());
    m_freeBuffers.pop_back();
    return buffer;
}

void BlobWriter::closeBatch()
{
    if (!m_batch)
        return;
    m_queue.push_back(std::move(*m_batch));
    m_batch.reset();
    m_workAvailable.notify_one();
}

Result<> BlobWriter::store(BlobType type, const ChunkId &id, QByteArrayView plaintext)
{
    if (!m_vault.index().reserve(id))
        return {};
    std::unique_lock lock(m_mutex);
    if (m_error) {
        m_vault.index().release(id);
        return fail(*m_error);
    }
    if (plaintext.size() < kSmallBlob) {
        // Appending never waits; only handing a full batch over does, and by then the batch is
        // this thread's alone, so others go on filling a new one.
        if (!m_batch) {
            m_batch.emplace(Job{{}, takeBuffer()});
            m_batch->data.resize(0); // keeps a reused buffer's capacity
        }
        m_batch->blobs.append(Blob{type, id, m_batch->data.size(), plaintext.size()});
        m_batch->data.append(plaintext.data(), plaintext.size());
        if (m_batch->data.size() < kBatchSize && m_batch->blobs.size() < kBatchBlobs)
            return {};
        Job full = std::move(*m_batch);
        m_batch.reset();
        return push(lock, std::move(full));
    }
    QByteArray buffer = takeBuffer();
    lock.unlock();
    // Reserving the largest chunk costs no memory until touched, and spares regrowing later.
    if (buffer.capacity() < m_vault.config().chunker.maxSize)
        buffer.reserve(m_vault.config().chunker.maxSize);
    // Copied outside the lock; resize() keeps a reused buffer's capacity.
    buffer.resize(plaintext.size());
    std::memcpy(buffer.data(), plaintext.data(), size_t(plaintext.size()));
    lock.lock();
    return push(lock, Job{{Blob{type, id, 0, plaintext.size()}}, std::move(buffer)});
}

Result<> BlobWriter::push(std::unique_lock<std::mutex> &lock, Job &&job)
{
    m_spaceAvailable.wait(lock, [&] { return qsizetype(m_queue.size()) < m_maxQueued || m_error; });
    if (m_error) {
        for (const Blob &blob : job.blobs)
            m_vault.index().release(blob.id);
        m_freeBuffers.push_back(std::move(job.data));
        return fail(*m_error);
    }
    m_queue.push_back(std::move(job));
    lock.unlock();
    m_workAvailable.notify_one();
    return {};
}

Result<> BlobWriter::uploadPack(PackBuilder &pack)
{
    auto finished = pack.finish();
    if (!finished)
        return fail(finished.error());
    // Passed as is: the store shares the buffer for the put, and the next pack reuses it.
    const QByteArray &data = finished->get();
    if (auto ok = m_vault.uploadPack(pack.id(), data, nullptr); !ok)
        return ok;
    PackRecord record{pack.id(), data.size(), pack.entries()};
    m_vault.index().addPack(record);
    m_packsWritten.fetch_add(1);
    m_storedBytes.fetch_add(data.size());
    pack.close();
    {
        std::lock_guard lock(m_indexMutex);
        m_unindexed.append(record);
    }
    return writeIndexIfDue(false);
}

Result<> BlobWriter::writeIndexIfDue(bool force)
{
    std::lock_guard lock(m_indexMutex);
    if (m_unindexed.isEmpty() || (!force && m_unindexed.size() < kPacksPerIndex))
        return {};
    auto name = m_vault.writeIndex(m_unindexed);
    if (!name)
        return fail(name.error());
    qCDebug(lcVault) << "wrote" << *name << "for" << m_unindexed.size() << "packs";
    m_unindexed.clear();
    m_vault.index().compact();
    return {};
}

Result<> BlobWriter::processJob(Job &job, ChunkCompressor &compressor, PackBuilder &pack)
{
    const qsizetype target = m_vault.config().packTargetSize;
    for (qsizetype i = 0; i < job.blobs.size(); ++i) {
        const Blob &blob = job.blobs[i];
        const auto failFromHere = [&](const Error &error) -> Result<> {
            for (qsizetype j = i; j < job.blobs.size(); ++j)
                m_vault.index().release(job.blobs[j].id);
            return fail(error);
        };
        if (!pack.isOpen()) {
            auto id = Crypto::randomBytes(PackFormat::kIdSize);
            auto key = id ? m_vault.packKey(*id) : Result<QByteArray>(fail(id.error()));
            if (!key)
                return failFromHere(key.error());
            pack.start(*id, *key);
        }
        const QByteArrayView plaintext(job.data.constData() + blob.offset, blob.length);
        auto stored = compressor.compress(plaintext);
        if (!stored)
            return failFromHere(stored.error());
        if (auto added = pack.add(blob.type, blob.id, *stored, plaintext.size()); !added)
            return failFromHere(added.error());
        m_newBlobs.fetch_add(1);
        m_newBytes.fetch_add(plaintext.size());
        if (pack.size() >= target) {
            if (auto ok = uploadPack(pack); !ok) {
                ++i; // this blob is in the failed pack; the index never lists it
                return failFromHere(ok.error());
            }
        }
    }
    return {};
}

void BlobWriter::work()
{
    ChunkCompressor compressor(m_vault.config().compressionLevel);
    PackBuilder pack;
    for (;;) {
        Job job;
        bool failed = false;
        {
            std::unique_lock lock(m_mutex);
            m_workAvailable.wait(lock, [&] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                break; // closing
            job = std::move(m_queue.front());
            m_queue.pop_front();
            failed = m_error.has_value();
        }
        m_spaceAvailable.notify_one();
        if (failed) {
            for (const Blob &blob : job.blobs)
                m_vault.index().release(blob.id);
        } else if (auto ok = processJob(job, compressor, pack); !ok) {
            setError(ok.error());
        }
        std::lock_guard lock(m_mutex);
        m_freeBuffers.push_back(std::move(job.data));
    }
    bool failed = false;
    {
        std::lock_guard lock(m_mutex);
        failed = m_error.has_value();
    }
    if (pack.isOpen() && pack.blobCount() > 0 && !failed) {
        if (auto ok = uploadPack(pack); !ok)
            setError(ok.error());
    }
}

Result<> BlobWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        closeBatch();
        m_closing = true;
    }
    m_workAvailable.notify_all();
    for (auto &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
    m_threads.clear();
    // Packs that made it are durable: index them even when another failed, so nothing is lost.
    auto indexed = writeIndexIfDue(true);
    if (m_error)
        return fail(*m_error);
    return indexed;
}

} // namespace Semina::Vault
