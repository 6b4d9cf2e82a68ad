#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"
#include "vault/Tree.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace Semina::Vault {

class Vault;

// Reads trees ahead on a thread of its own, in the order a depth-first walk will ask for them,
// so the walk (a backup comparing with its parent snapshot, a restore's plan) finds them read,
// verified and decoded. Reading a tree is a store read, a decryption and a decode: with
// thousands of folders that was a fifth of a backup with nothing changed.
class TreePrefetcher {
public:
    // At most `capacity` trees wait, read ahead, to be taken.
    explicit TreePrefetcher(Vault &vault, std::size_t capacity = 64);
    ~TreePrefetcher();
    TreePrefetcher(const TreePrefetcher &) = delete;
    TreePrefetcher &operator=(const TreePrefetcher &) = delete;

    // The subtrees of the folder the walk is entering, in the order it will visit them. They
    // come before whatever was announced earlier (depth first).
    void announce(const QList<ChunkId> &subtrees);
    // An announced tree the walk will not ask for after all (the folder is gone or excluded).
    void forget(const ChunkId &id);
    // The tree: read ahead, being read (then waited for), or read now on this thread.
    Result<Tree> read(const ChunkId &id);

private:
    void run();

    Vault &m_vault;
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ChunkId> m_wanted; // next first
    std::optional<ChunkId> m_reading;
    std::unordered_multimap<ChunkId, Result<Tree>> m_ready; // two folders can hold the same tree
    bool m_stopping = false;
    std::thread m_thread; // last: starts once the rest is ready
};

} // namespace Semina::Vault
