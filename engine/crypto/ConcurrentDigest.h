#pragma once

#include "crypto/Digest.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Semina::Crypto {

// A Digest fed on a thread of its own, so that a caller which also writes each piece somewhere
// does both at once: start() hands a piece over and returns, wait() returns once it is hashed.
// One piece at a time, in order; the piece must stay valid until wait() returns. (A QFuture
// would not do: waiting on one that has not started runs it on the waiting thread.)
class ConcurrentDigest {
public:
    explicit ConcurrentDigest(DigestAlgorithm algorithm);
    ~ConcurrentDigest(); // waits for the piece in hand, then ends the thread
    ConcurrentDigest(const ConcurrentDigest &) = delete;
    ConcurrentDigest &operator=(const ConcurrentDigest &) = delete;

    // Precondition: the previous piece was waited for.
    void start(QByteArrayView piece);
    // The outcome of adding the piece given last (and of every earlier one).
    Result<> wait();
    // The digest of all pieces; call after wait().
    Result<QByteArray> finish();

private:
    void run();

    Digest m_digest;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArrayView m_piece;
    bool m_pending = false; // a piece is handed over and not hashed yet
    bool m_stopping = false;
    Result<> m_outcome;
    std::thread m_thread; // last: starts once the rest is ready
};

} // namespace Semina::Crypto
