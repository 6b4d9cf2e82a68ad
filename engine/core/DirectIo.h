#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <cstdlib>
#include <memory>

namespace Semina::DirectIo {

// Direct I/O (O_DIRECT) moves whole, aligned blocks between aligned memory and aligned file
// offsets, bypassing the page cache. On the virtual machines Semina is measured on, copying
// into fresh page-cache pages costs more CPU than compressing or decrypting the same bytes, so
// large writes go this way where the file system allows it.
inline constexpr qint64 kBlock = 4096;

[[nodiscard]] constexpr qint64 alignDown(qint64 value)
{
    return value / kBlock * kBlock;
}

[[nodiscard]] constexpr qint64 alignUp(qint64 value)
{
    return alignDown(value + kBlock - 1);
}

// Memory aligned for direct I/O, kept for reuse (fresh memory is slow to touch; warm is not).
class AlignedBuffer {
public:
    AlignedBuffer() = default;
    // Empty when the memory cannot be had.
    explicit AlignedBuffer(qint64 size);

    [[nodiscard]] char *data() const { return m_data.get(); }
    [[nodiscard]] qint64 size() const { return m_data ? m_size : 0; }
    [[nodiscard]] bool isNull() const { return !m_data; }

private:
    struct Free {
        void operator()(char *p) const { std::free(p); }
    };
    std::unique_ptr<char, Free> m_data;
    qint64 m_size = 0;
};

// Writes all of `data` at `offset` (pwrite, retried on EINTR and short writes). Returns 0 or
// the errno of the failed write.
[[nodiscard]] int writeAll(int fd, QByteArrayView data, qint64 offset);

// One pwrite or pread of a whole buffer running on an I/O thread, so that the caller seals,
// opens or hashes the block beside it meanwhile: the disk is kept busy instead of waiting for
// the CPU, and the CPU for the disk. The buffer and the file stay the caller's and must outlive
// the transfer: wait() (or the destructor, which waits) before touching either again.
class Transfer {
public:
    Transfer() = default; // nothing running
    ~Transfer() { (void)wait(); }
    Transfer(Transfer &&other) noexcept = default;
    Transfer &operator=(Transfer &&other) noexcept;
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;

    // Writes all of `data` at `offset`, as writeAll.
    [[nodiscard]] static Transfer write(int fd, QByteArrayView data, qint64 offset);
    // Reads `length` bytes at `offset` into `into`, fewer only at the end of the file.
    [[nodiscard]] static Transfer read(int fd, char *into, qint64 length, qint64 offset);

    // syncfs of the file system holding `fd`: 0 once everything written there before is on the
    // disk.
    [[nodiscard]] static Transfer syncFileSystem(int fd);

    // Waits for the transfer and returns the bytes it moved, or minus the errno of its failure.
    // 0 when nothing is running (or the read began at the end of the file).
    qint64 wait();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

// Switches the open file's direct I/O on or off (fcntl F_SETFL). Returns 0 or errno; EINVAL
// means the file system has no direct I/O.
[[nodiscard]] int setDirect(int fd, bool direct);

} // namespace Semina::DirectIo
