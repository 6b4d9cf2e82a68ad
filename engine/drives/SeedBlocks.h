#pragma once

#include "core/Error.h"
#include "offline/SeedManifest.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <array>
#include <optional>

namespace Semina::Store {
class ObjectStore;
}

namespace Semina::Drives {

// The seed's objects read from the staging location block by block, one block ahead on a thread
// of its own: the next block comes off the disk (or the network share) while this one is sealed
// and written, as `cp` gets from the kernel's read-ahead. Blocks are read as the copier used
// to read them, so a missing or short object fails the same way, only a block earlier in time.
class SeedBlocks {
public:
    static constexpr qint64 kBlock = qint64(4) << 20;

    SeedBlocks(Store::ObjectStore &seed, QString container);
    ~SeedBlocks(); // waits for the block being read ahead
    SeedBlocks(const SeedBlocks &) = delete;
    SeedBlocks &operator=(const SeedBlocks &) = delete;

    // The block of `object` at `offset` (kBlock bytes, or what is left of the object): the one
    // read ahead when it is that one, otherwise read now. Valid until the next take().
    Result<QByteArrayView> take(const Offline::SeedObject &object, qint64 offset);
    // Starts reading that block, the one take() is to ask for next. Nothing for an empty object.
    void readAhead(const Offline::SeedObject &object, qint64 offset);

private:
    Result<> read(const Offline::SeedObject &object, qint64 offset, QByteArray &into) const;

    struct Ahead {
        QString name;
        qint64 offset = 0;
        QFuture<Result<>> done; // read into the buffer take() did not hand out
    };

    Store::ObjectStore &m_seed;
    QString m_container;
    // Two reused buffers (fresh memory is slow to touch): the block handed out and the block
    // being read ahead.
    std::array<QByteArray, 2> m_buffers;
    int m_taken = 0;
    QThreadPool m_thread; // one thread: the read ahead
    std::optional<Ahead> m_ahead;
};

} // namespace Semina::Drives
