#include "vault/TreePrefetcher.h"

#include "vault/Vault.h"

#include <algorithm>

namespace Semina::Vault {

TreePrefetcher::TreePrefetcher(Vault &vault, std::size_t capacity)
    : m_vault(vault)
    , m_capacity(std::max<std::size_t>(capacity, 1))
    , m_thread([this] { run(); })
{
}

TreePrefetcher::~TreePrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void TreePrefetcher::announce(const QList<ChunkId> &subtrees)
{
    if (subtrees.isEmpty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_wanted.insert(m_wanted.begin(), subtrees.begin(), subtrees.end());
        // Far-off announcements are dropped; the walk reads those itself when it gets there.
        if (m_wanted.size() > 16 * m_capacity)
            m_wanted.resize(16 * m_capacity);
    }
    m_changed.notify_all();
}

void TreePrefetcher::forget(const ChunkId &id)
{
    std::lock_guard lock(m_mutex);
    if (auto it = std::find(m_wanted.begin(), m_wanted.end(), id); it != m_wanted.end()) {
        m_wanted.erase(it);
    } else if (auto ready = m_ready.find(id); ready != m_ready.end()) {
        m_ready.erase(ready);
        m_changed.notify_all();
    }
    // One being read right now lands in m_ready and stays there until the prefetcher goes:
    // it only takes one of the places, never blocks anyone.
}

Result<Tree> TreePrefetcher::read(const ChunkId &id)
{
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (auto it = m_ready.find(id); it != m_ready.end()) {
                Result<Tree> tree = std::move(it->second);
                m_ready.erase(it);
                m_changed.notify_all();
                return tree;
            }
            if (!m_reading || *m_reading != id)
                break;
            m_changed.wait(lock);
        }
        if (auto it = std::find(m_wanted.begin(), m_wanted.end(), id); it != m_wanted.end())
            m_wanted.erase(it);
    }
    return m_vault.readTree(id);
}

void TreePrefetcher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || (!m_wanted.empty() && m_ready.size() < m_capacity); });
        if (m_stopping)
            return;
        const ChunkId id = m_wanted.front();
        m_wanted.pop_front();
        m_reading = id;
        lock.unlock();
        Result<Tree> tree = m_vault.readTree(id);
        lock.lock();
        m_ready.emplace(id, std::move(tree));
        m_reading.reset();
        m_changed.notify_all();
    }
}

} // namespace Semina::Vault
