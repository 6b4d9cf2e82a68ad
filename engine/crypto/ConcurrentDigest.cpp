#include "crypto/ConcurrentDigest.h"

namespace Semina::Crypto {

ConcurrentDigest::ConcurrentDigest(DigestAlgorithm algorithm)
    : m_digest(algorithm)
    , m_thread([this]() { run(); })
{
}

ConcurrentDigest::~ConcurrentDigest()
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this]() { return !m_pending; });
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ConcurrentDigest::start(QByteArrayView piece)
{
    {
        std::lock_guard lock(m_mutex);
        m_piece = piece;
        m_pending = true;
    }
    m_changed.notify_all();
}

Result<> ConcurrentDigest::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this]() { return !m_pending; });
    return m_outcome;
}

Result<QByteArray> ConcurrentDigest::finish()
{
    if (auto outcome = wait(); !outcome)
        return fail(outcome.error());
    return m_digest.finish();
}

void ConcurrentDigest::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this]() { return m_pending || m_stopping; });
        if (!m_pending)
            return;
        const QByteArrayView piece = m_piece;
        lock.unlock();
        // After a failure the digest is meaningless: the pieces still come back, unhashed.
        Result<> added = m_outcome ? m_digest.add(piece) : m_outcome;
        lock.lock();
        m_outcome = std::move(added);
        m_pending = false;
        m_changed.notify_all();
    }
}

} // namespace Semina::Crypto
