#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Semina::Vault {

// zlib compression of one chunk at a time, with its stream and buffers reused (this machine
// touches fresh memory slowly). One compressor per worker thread.
//
// A chunk is stored compressed only when that pays: a cheap probe deflates a small sample at
// level 1 first, and data that does not shrink there (already compressed or encrypted) is kept
// as is without spending a full deflate on it. The reader tells the two apart by length:
// a stored blob shorter than the chunk is zlib data, one of equal length is the chunk itself.
class ChunkCompressor {
public:
    explicit ChunkCompressor(int level);
    ~ChunkCompressor();
    ChunkCompressor(const ChunkCompressor &) = delete;
    ChunkCompressor &operator=(const ChunkCompressor &) = delete;

    // Returns the bytes to store: a view of `chunk` itself or of the internal output buffer,
    // valid until the next call.
    Result<QByteArrayView> compress(QByteArrayView chunk);

    // Inverse of compress(): `stored` back into `out`, which must end `rawLength` bytes long.
    static Result<> decompress(QByteArrayView stored, qsizetype rawLength, QByteArray &out);

private:
    bool probablyIncompressible(QByteArrayView chunk);

    struct Streams;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_output;
    QByteArray m_probeOutput;
};

} // namespace Semina::Vault
