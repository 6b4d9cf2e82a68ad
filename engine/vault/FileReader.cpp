#include "vault/FileReader.h"

#include "core/JobContext.h"
#include "vault/BlobWriter.h"
#include "vault/VaultKeys.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Backup)
};
} // namespace

FileReader::FileReader(const VaultKeys &keys, const Chunker &chunker, BlobWriter &writer, JobContext &context)
    : m_keys(keys)
    , m_chunker(chunker)
    , m_writer(writer)
    , m_context(context)
{
}

Result<> FileReader::read(int folderFd, const QByteArray &name, TreeNode &node)
{
    int fd = ::openat(folderFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOATIME);
    if (fd < 0 && errno == EPERM) // O_NOATIME is only for the file's owner
        fd = ::openat(folderFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io, Text::tr("the file cannot be opened (%1)").arg(systemErrorText(errno)));
    if (node.size > kReadBlock)
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    auto result = readOpen(fd, node);
    ::close(fd);
    return result;
}

Result<> FileReader::readOpen(int fd, TreeNode &node)
{
    const qsizetype maxChunk = m_chunker.parameters().maxSize;
    if (m_buffer.isEmpty())
        m_buffer.resize(maxChunk + kReadBlock);
    char *buffer = m_buffer.data();
    const qsizetype capacity = m_buffer.size();
    qsizetype start = 0;
    qsizetype end = 0;
    bool atEnd = false;
    qint64 total = 0;
    qint64 readSoFar = 0;
    const qint64 sizeSeen = node.size; // by lstat, just before
    node.chunks.clear();
    for (;;) {
        while (!atEnd && end - start < maxChunk) {
            if (capacity - end < kReadBlock) {
                std::memmove(buffer, buffer + start, size_t(end - start));
                end -= start;
                start = 0;
            }
            const qsizetype wanted = qMin(kReadBlock, capacity - end);
            const ssize_t got = ::read(fd, buffer + end, size_t(wanted));
            if (got < 0) {
                if (errno == EINTR)
                    continue;
                return fail(ErrorCode::Io, Text::tr("reading failed (%1)").arg(systemErrorText(errno)));
            }
            readSoFar += got;
            // A short read that brings the file to the size lstat() saw is its end: the read
            // that would return 0 is spared (one system call per small file).
            if (got == 0 || (got < wanted && readSoFar == sizeSeen))
                atEnd = true;
            end += got;
        }
        if (start == end)
            break;
        if (auto ok = m_context.checkCancelled(); !ok)
            return fail(ok.error());
        const QByteArrayView chunk(buffer + start, m_chunker.cut(QByteArrayView(buffer + start, end - start)));
        auto id = m_keys.chunkId(chunk);
        if (!id)
            return fail(id.error());
        if (auto ok = m_writer.store(BlobType::Data, *id, chunk); !ok)
            return fail(ok.error());
        node.chunks.append(*id);
        start += chunk.size();
        total += chunk.size();
        m_context.addDone(0, chunk.size());
    }
    // The file may have changed while it was read: record what was stored.
    node.size = total;
    return {};
}

} // namespace Semina::Vault
