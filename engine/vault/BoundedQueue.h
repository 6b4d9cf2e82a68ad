#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Semina::Vault {

// A queue between one producer and a few consumer threads that holds at most `capacity`
// items, so a fast producer cannot fill memory. close() ends it: pushes fail, pops drain what
// is left and then return nothing.
template <typename T> class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Waits for room; false when the queue was closed (the consumers gave up).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_spaceAvailable.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_itemAvailable.notify_one();
        return true;
    }

    // Waits for an item; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_itemAvailable.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_spaceAvailable.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_itemAvailable.notify_all();
        m_spaceAvailable.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_itemAvailable;
    std::condition_variable m_spaceAvailable;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

} // namespace Semina::Vault
