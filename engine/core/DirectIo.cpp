#include "core/DirectIo.h"

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <cerrno>
#include <fcntl.h>
#include <functional>
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

namespace {

// Threads that mostly wait on the disk, apart from the global pool, whose threads compute. Each
// copy or check keeps at most one transfer running per file it reads or writes.
struct IoThreads : QThreadPool {
    IoThreads() { setMaxThreadCount(8); }
};
Q_GLOBAL_STATIC(IoThreads, ioThreads)

qint64 readFull(int fd, char *into, qint64 length, qint64 offset)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, into + done, size_t(length - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -qint64(errno);
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

} // namespace

struct Transfer::State {
    QMutex mutex;
    QWaitCondition finished;
    bool done = false;
    qint64 result = 0;

    static std::shared_ptr<State> start(std::function<qint64()> work)
    {
        auto state = std::make_shared<State>();
        ioThreads()->start([state, work = std::move(work)] {
            const qint64 result = work();
            const QMutexLocker lock(&state->mutex);
            state->result = result;
            state->done = true;
            state->finished.wakeAll();
        });
        return state;
    }
};

Transfer &Transfer::operator=(Transfer &&other) noexcept
{
    if (this != &other) {
        (void)wait();
        m_state = std::move(other.m_state);
    }
    return *this;
}

Transfer Transfer::write(int fd, QByteArrayView data, qint64 offset)
{
    Transfer transfer;
    transfer.m_state = State::start([fd, data, offset]() -> qint64 {
        const int error = writeAll(fd, data, offset);
        return error != 0 ? -qint64(error) : qint64(data.size());
    });
    return transfer;
}

Transfer Transfer::read(int fd, char *into, qint64 length, qint64 offset)
{
    Transfer transfer;
    transfer.m_state = State::start([fd, into, length, offset] { return readFull(fd, into, length, offset); });
    return transfer;
}

Transfer Transfer::syncFileSystem(int fd)
{
    Transfer transfer;
    transfer.m_state = State::start([fd]() -> qint64 { return ::syncfs(fd) == 0 ? 0 : -qint64(errno); });
    return transfer;
}

qint64 Transfer::wait()
{
    if (!m_state)
        return 0;
    const std::shared_ptr<State> state = std::move(m_state);
    QMutexLocker lock(&state->mutex);
    while (!state->done)
        state->finished.wait(&state->mutex);
    return state->result;
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
