#pragma once

#include "core/DirectIo.h"
#include "core/Error.h"
#include "vault/RestorePlan.h"

#include <QByteArrayView>

#include <vector>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class TargetFolder;

// One restore worker's writes into the files of a RestorePlan. The first worker with a chunk
// for a file creates it (after removing whatever was in its place); a few descriptors stay open
// (chunks arrive mostly in file order); a file is reopened beneath the target without following
// links and must still be the very file that was created. The block-aligned middle of a large
// write goes to the disk directly (see DirectIo), its unaligned ends through the page cache.
class PlannedFileWriter {
public:
    static constexpr size_t kOpenFiles = 32;
    // Writes with at least this many aligned bytes use direct I/O; smaller ones are not worth
    // waiting for the disk.
    static constexpr qint64 kDirectMinimum = 64 * 1024;

    PlannedFileWriter(const TargetFolder &target, RestorePlan &plan, JobContext &context);
    ~PlannedFileWriter();
    PlannedFileWriter(const PlannedFileWriter &) = delete;
    PlannedFileWriter &operator=(const PlannedFileWriter &) = delete;

    // Writes `data` at `offset` (pwrite: workers fill one file at different places at once).
    Result<> write(quint32 file, qint64 offset, QByteArrayView data);
    // The file's last chunk is in place: applies its metadata and closes it here.
    Result<> finish(quint32 file);

private:
    struct OpenFile {
        quint32 file = 0;
        int fd = -1;
        bool direct = false; // O_DIRECT is set on fd
    };

    // The file's open descriptor here, created or reopened if needed; first in m_open from
    // now on (valid until m_open changes again). Null when the file is skipped (something
    // stands in its way: PlannedFile::skipped); -1 from create and reopen says the same.
    Result<OpenFile *> openFile(quint32 file);
    Result<int> create(PlannedFile &planned);
    Result<int> reopen(PlannedFile &planned);
    void forget(quint32 file);
    // Writes the aligned middle directly; false when the file system refuses direct I/O (the
    // caller then writes it through the page cache, as it does from then on).
    Result<bool> writeDirect(OpenFile &open, qint64 offset, QByteArrayView data);
    Result<> writeBuffered(OpenFile &open, qint64 offset, QByteArrayView data);
    Error writeError(quint32 file, int error);

    const TargetFolder &m_target;
    RestorePlan &m_plan;
    JobContext &m_context;
    std::vector<OpenFile> m_open; // most recently used first
    QByteArray m_folder; // the folder of the last file this worker created, kept open
    int m_folderFd = -1;
    bool m_directUsable = true;
    DirectIo::AlignedBuffer m_stage; // the aligned copy of what goes out directly
};

} // namespace Semina::Vault
