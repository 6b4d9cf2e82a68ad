#pragma once

#include "core/Error.h"

#include <QByteArrayView>
#include <QString>

namespace Semina {

// Who may read the file written: the default (0644 less the umask), or its owner only (0600 from
// the moment the temporary file exists, for a file that holds a secret a person asked to save).
enum class FileAccess { Default, OwnerOnly };

// A file that appears whole or not at all, and survives a power cut once commit() returned:
// the data goes to a temporary file beside the target (".<name>.tmp-<random>", <name> cut
// short when the whole would pass 255 bytes), which is fsync'ed, renamed over the target, and
// then the folder itself is fsync'ed so the rename is durable too (QSaveFile skips that last
// step).
//
// Dropping an AtomicFile without commit() removes the temporary file; the target is untouched.
// One AtomicFile is used by one thread at a time.
//
// Large files (an expected size of at least 8 MiB given to open()) are written with direct I/O
// where the file system allows it: through a reused, aligned 4 MiB buffer straight to the disk,
// past the page cache. On this kind of virtual machine, copying into fresh page-cache pages
// costs more CPU than compressing and encrypting the same bytes; the data has to reach the disk
// before commit() anyway.
class AtomicFile {
public:
    explicit AtomicFile(QString targetPath, FileAccess access = FileAccess::Default);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    [[nodiscard]] const QString &targetPath() const { return m_target; }

    // Creates the temporary file; the target's folder must exist. `expectedSize` (or -1 when
    // unknown) chooses direct I/O for large files.
    Result<> open(qint64 expectedSize = -1);
    // Appends at the current end.
    Result<> write(QByteArrayView data);
    // Overwrites bytes already written (a header filled in once the data is known).
    Result<> writeAt(qint64 offset, QByteArrayView data);
    // fsync, rename over the target, fsync the folder. `beforeRename`, when given, runs just
    // before the rename (e.g. under a lock, to check a condition) and can veto it.
    Result<> commit();
    template <typename Check> Result<> commit(Check beforeRename)
    {
        if (auto synced = syncData(); !synced)
            return synced;
        if (auto allowed = beforeRename(); !allowed) {
            discard();
            return allowed;
        }
        if (auto replaced = replaceTarget(); !replaced)
            return replaced;
        return syncTargetFolder();
    }
    // Removes the temporary file.
    void discard();

    // The steps of commit(), for a writer that holds a lock around the rename only, so that
    // the fsyncs of many writers overlap instead of queueing behind the lock: syncData() before
    // taking the lock, replaceTarget() under it, syncTargetFolder() after releasing it. The
    // file is durable only once all three returned.
    Result<> syncData(); // fsync and close the temporary file; no more writes after it
    Result<> replaceTarget(); // rename the synced temporary file over the target
    Result<> syncTargetFolder(); // fsync the target's folder, making the rename durable

    [[nodiscard]] bool usesDirectIo() const { return m_direct; }

private:
    Error ioError(const QString &what, int error) const;
    int flushStage(bool last); // direct I/O: writes the staged bytes; 0 or an errno
    int patchWritten(qint64 offset, QByteArrayView data); // direct I/O: overwrites flushed bytes

    QString m_target;
    FileAccess m_access;
    QString m_temporary;
    int m_fd = -1;
    qint64 m_size = 0;
    bool m_synced = false;
    // Direct I/O: bytes from m_stageOffset on wait in the calling thread's aligned stage.
    bool m_direct = false;
    char *m_stage = nullptr;
    qint64 m_stageOffset = 0;
};

// Writes `data` to `path` atomically and durably in one call.
Result<> writeFileAtomically(const QString &path, QByteArrayView data, FileAccess access = FileAccess::Default);

// fsync's a folder so that entries created, renamed or removed in it are durable.
Result<> syncFolder(const QString &folder);

} // namespace Semina
