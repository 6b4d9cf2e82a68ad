#include "core/DirectIo.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Semina::DirectIo {

AlignedBuffer::AlignedBuffer(qint64 size)
{
    void *memory = nullptr;
    if (size > 0 && ::posix_memalign(&memory, size_t(kBlock), size_t(size)) == 0) {
        m_data.reset(static_cast<char *>(memory));
        m_size = size;
    }
}

int writeAll(int fd, QByteArrayView data, qint64 offset)
{
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::pwrite(fd, p, size_t(left), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
        offset += n;
    }
    return 0;
}

int setDirect(int fd, bool direct)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return errno;
    const int wanted = direct ? flags | O_DIRECT : flags & ~O_DIRECT;
    if (wanted != flags && ::fcntl(fd, F_SETFL, wanted) != 0)
        return errno;
    return 0;
}

} // namespace Semina::DirectIo
