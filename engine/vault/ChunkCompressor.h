#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Semina::Vault {

// Compression of one chunk at a time into a zlib stream (DEFLATE in zlib framing, the vault's
// format: zlib inflates every stored chunk), done by libdeflate, which works on whole buffers
// and is 2-3x faster than zlib both ways. Its compressors and buffers are reused (libdeflate's
// allocations are not free, and this machine touches fresh memory slowly): one compressor per
// worker thread.
//
// A chunk is stored compressed only when that pays. Judging is cheap: bytes as evenly spread as
// random ones (compressed, encrypted or random data) are kept as they are; data between that and
// clearly compressible has a 64 KiB sample deflated first. No full deflate is spent on data
// that would not shrink. The reader tells the two apart by length:
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
    // Reads any zlib stream of the chunk (whatever wrote it); Corruption when it is damaged,
    // truncated or followed by anything. Uses one libdeflate decompressor per calling thread.
    static Result<> decompress(QByteArrayView stored, qsizetype rawLength, QByteArray &out);

private:
    bool probablyIncompressible(QByteArrayView chunk);
    bool probeShrinks(QByteArrayView sample);

    struct Codecs;
    std::unique_ptr<Codecs> m_codecs;
    QByteArray m_output;
    QByteArray m_probeOutput;
};

} // namespace Semina::Vault
