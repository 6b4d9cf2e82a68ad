#include "vault/ChunkCompressor.h"

#include <QCoreApplication>

#include <zlib.h>

#include <array>
#include <cmath>
#include <cstring>
#include <numbers>

namespace Semina::Vault {

namespace {
// A 64 KiB sample from the middle of the chunk: large enough for deflate to find repeats in
// text, small enough to cost ~1/16 of a full level-1 deflate of a 1 MiB chunk.
constexpr qsizetype kProbeSize = 64 * 1024;
constexpr qsizetype kShortProbeSize = 16 * 1024;
// Stored raw unless the probe shrinks by at least this much.
constexpr double kProbeMaxRatio = 0.97;
// Below this, deflating costs less than judging.
constexpr qsizetype kSmallestJudged = 2048;
// Byte entropies (bits per byte) below this leave no doubt that deflate pays: its Huffman
// stage alone saves several percent, so the probe is skipped.
constexpr double kClearlyCompressible = 7.0;

// The order-0 entropy of `sample`, in bits per byte. About 20 µs for 64 KiB, where a level-1
// deflate probe of random data takes over 1 ms.
double byteEntropy(QByteArrayView sample)
{
    // Four tables break the dependency between neighbouring increments.
    std::array<std::array<quint32, 256>, 4> counts{};
    const auto *bytes = reinterpret_cast<const unsigned char *>(sample.data());
    const qsizetype size = sample.size();
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        ++counts[0][bytes[i]];
        ++counts[1][bytes[i + 1]];
        ++counts[2][bytes[i + 2]];
        ++counts[3][bytes[i + 3]];
    }
    for (; i < size; ++i)
        ++counts[0][bytes[i]];
    double entropy = 0;
    for (int value = 0; value < 256; ++value) {
        const quint32 count = counts[0][value] + counts[1][value] + counts[2][value] + counts[3][value];
        if (count) {
            const double p = double(count) / double(size);
            entropy -= p * std::log2(p);
        }
    }
    return entropy;
}

// What uniformly random bytes measure as at this sample size, less a margin: the measured
// entropy of n random bytes falls short of 8 by about 255 / (2 n ln 2), and varies by ~0.01.
double randomLooking(qsizetype size)
{
    return 8.0 - 255.0 / (2.0 * double(size) * std::numbers::ln2) - 0.05;
}

Error zlibFailure(const char *what, int code)
{
    return Error{ErrorCode::Internal,
                 QCoreApplication::translate("Semina::Vault", "The compression library failed (%1, code %2).")
                     .arg(QLatin1String(what))
                     .arg(code)};
}
} // namespace

struct ChunkCompressor::Streams {
    z_stream full{};
    z_stream probe{};
    bool fullReady = false;
    bool probeReady = false;
};

ChunkCompressor::ChunkCompressor(int level)
    : m_streams(std::make_unique<Streams>())
{
    m_streams->fullReady = deflateInit(&m_streams->full, level) == Z_OK;
    m_streams->probeReady = deflateInit(&m_streams->probe, 1) == Z_OK;
}

ChunkCompressor::~ChunkCompressor()
{
    if (m_streams->fullReady)
        deflateEnd(&m_streams->full);
    if (m_streams->probeReady)
        deflateEnd(&m_streams->probe);
}

bool ChunkCompressor::probablyIncompressible(QByteArrayView chunk)
{
    if (chunk.size() < kSmallestJudged)
        return false;
    const QByteArrayView sample
        = chunk.size() <= kProbeSize ? chunk : chunk.sliced((chunk.size() - kProbeSize) / 2, kProbeSize);
    const double entropy = byteEntropy(sample);
    if (entropy < kClearlyCompressible)
        return false;
    if (entropy >= randomLooking(sample.size())) {
        // Random-looking bytes can still repeat (a block written twice): a short deflate of
        // part of the sample finds repeats up to that distance, at a quarter of the cost.
        return chunk.size() < 2 * kProbeSize || !probeShrinks(sample.first(kShortProbeSize));
    }
    // In between, only deflate can tell whether repeats make up for the flat byte statistics;
    // a small chunk's full deflate costs no more than a probe.
    return chunk.size() >= 2 * kProbeSize && !probeShrinks(sample);
}

bool ChunkCompressor::probeShrinks(QByteArrayView sample)
{
    z_stream &stream = m_streams->probe;
    if (deflateReset(&stream) != Z_OK)
        return true;
    m_probeOutput.resize(qsizetype(deflateBound(&stream, uLong(sample.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(sample.data()));
    stream.avail_in = uInt(sample.size());
    stream.next_out = reinterpret_cast<Bytef *>(m_probeOutput.data());
    stream.avail_out = uInt(m_probeOutput.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        return true; // let the full deflate decide
    return double(stream.total_out) <= kProbeMaxRatio * double(sample.size());
}

Result<QByteArrayView> ChunkCompressor::compress(QByteArrayView chunk)
{
    if (!m_streams->fullReady || !m_streams->probeReady)
        return fail(zlibFailure("deflateInit", Z_MEM_ERROR));
    if (chunk.isEmpty() || probablyIncompressible(chunk))
        return chunk;
    z_stream &stream = m_streams->full;
    if (int code = deflateReset(&stream); code != Z_OK)
        return fail(zlibFailure("deflateReset", code));
    // Stop as soon as the output would not be shorter than the chunk: it will be stored raw.
    const qsizetype limit = chunk.size() - 1;
    if (m_output.size() < limit)
        m_output.resize(limit);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.data()));
    stream.avail_in = uInt(chunk.size());
    stream.next_out = reinterpret_cast<Bytef *>(m_output.data());
    stream.avail_out = uInt(limit);
    const int code = deflate(&stream, Z_FINISH);
    if (code == Z_STREAM_END)
        return QByteArrayView(m_output.constData(), qsizetype(stream.total_out));
    if (code == Z_OK || code == Z_BUF_ERROR)
        return chunk; // did not fit in fewer bytes than the chunk
    return fail(zlibFailure("deflate", code));
}

Result<> ChunkCompressor::decompress(QByteArrayView stored, qsizetype rawLength, QByteArray &out)
{
    if (stored.size() == rawLength) {
        out.resize(rawLength);
        if (rawLength > 0)
            std::memcpy(out.data(), stored.data(), size_t(rawLength));
        return {};
    }
    const auto damaged = [] {
        return fail(
            ErrorCode::Corruption,
            QCoreApplication::translate("Semina::Vault", "A stored chunk does not decompress to its recorded size."));
    };
    // A zlib stream: a 2-byte header, the deflate data, a 4-byte Adler-32. The deflate data is
    // inflated raw and the Adler-32 is not computed: every caller checks the chunk's id, an
    // HMAC-SHA-256 of the plaintext, right after, which is stronger, and the checksum cost a
    // pass over every restored byte.
    if (stored.size() > rawLength || stored.size() < 6)
        return damaged();
    const auto cmf = uchar(stored[0]);
    const auto flg = uchar(stored[1]);
    if ((cmf & 0x0f) != Z_DEFLATED || (cmf >> 4) > 7 || (cmf * 256 + flg) % 31 != 0 || (flg & 0x20) != 0)
        return damaged(); // not deflate, a window over 32 KiB, or a preset dictionary
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Vault", "zlib could not start inflating (out of memory?)."));
    out.resize(rawLength);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(stored.data() + 2));
    stream.avail_in = uInt(stored.size() - 2);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(rawLength);
    const int code = inflate(&stream, Z_FINISH);
    const bool whole = code == Z_STREAM_END && qsizetype(stream.total_out) == rawLength && stream.avail_in == 4;
    inflateEnd(&stream);
    if (!whole)
        return damaged();
    return {};
}

} // namespace Semina::Vault
