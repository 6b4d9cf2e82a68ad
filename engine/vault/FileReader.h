#pragma once

#include "core/Error.h"
#include "vault/Chunker.h"
#include "vault/Tree.h"

#include <QByteArray>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class BlobWriter;
class VaultKeys;

// Reads one file, cuts it into chunks, names them and hands them to the BlobWriter. Each
// reading thread owns one, with its own buffer (the largest chunk plus one read block, reused
// for every file).
class FileReader {
public:
    FileReader(const VaultKeys &keys, const Chunker &chunker, BlobWriter &writer, JobContext &context);

    // Reads `name` in the open folder `folderFd` (or a path, with AT_FDCWD). Fills node.chunks
    // and node.size (what was read: the file may change meanwhile). ErrorCode::Io means this
    // file could not be read (a warning for the caller); any other error (cancelled, the writer
    // failed) ends the backup.
    Result<> read(int folderFd, const QByteArray &name, TreeNode &node);

private:
    static constexpr qsizetype kReadBlock = 4 * 1024 * 1024;

    Result<> readOpen(int fd, TreeNode &node);

    const VaultKeys &m_keys;
    const Chunker &m_chunker;
    BlobWriter &m_writer;
    JobContext &m_context;
    QByteArray m_buffer;
};

} // namespace Semina::Vault
