#pragma once

#include "core/Error.h"
#include "core/JobContext.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Semina::Test {

// A vault job run on its own thread and held at its first progress report, which comes after
// it has taken the vault's lock: while held, the test runs a second job against the same vault.
// No timing involved: the second job starts only once the first is known to hold the lock.
class HeldJob {
public:
    using Job = std::function<Result<>(JobContext &)>;

    explicit HeldJob(Job job)
    {
        context.setProgressListener([this](const Progress &) { holdOnce(); }, 0);
        m_thread = std::thread([this, job = std::move(job)] {
            Result<> result = job(context);
            std::lock_guard guard(m_mutex);
            m_result = std::move(result);
            m_ended = true;
            m_changed.notify_all();
        });
    }
    ~HeldJob()
    {
        resume();
        if (m_thread.joinable())
            m_thread.join();
    }
    HeldJob(const HeldJob &) = delete;
    HeldJob &operator=(const HeldJob &) = delete;

    // True once the job is held; false when it ended before its first report (see result()).
    bool waitUntilHeld()
    {
        std::unique_lock guard(m_mutex);
        m_changed.wait(guard, [this] { return m_held || m_ended; });
        return m_held && !m_ended;
    }
    // Lets the job go on and waits for its end.
    Result<> finish()
    {
        resume();
        m_thread.join();
        std::lock_guard guard(m_mutex);
        return m_result;
    }

    JobContext context;

private:
    void holdOnce()
    {
        std::unique_lock guard(m_mutex);
        if (m_held)
            return;
        m_held = true;
        m_changed.notify_all();
        m_changed.wait(guard, [this] { return m_resumed; });
    }
    void resume()
    {
        std::lock_guard guard(m_mutex);
        m_resumed = true;
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    bool m_resumed = false;
    bool m_ended = false;
    Result<> m_result;
    std::thread m_thread;
};

} // namespace Semina::Test
