#pragma once

#include "core/Error.h"

#include <QString>

namespace Semina::Store::Local {

// An exclusive flock() on a container's ".lock" file, held while an object is replaced or
// removed, so a conditional put's check and its rename are one step for every thread and
// process on this machine. flock() locks belong to the open file description, so two threads
// of one process exclude each other as two processes do.
class FolderLock {
public:
    FolderLock() = default;
    ~FolderLock();
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    // Blocks until the lock is held.
    Result<> lock(const QString &containerFolder);

private:
    int m_fd = -1;
};

} // namespace Semina::Store::Local
