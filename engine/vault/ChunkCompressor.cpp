#include "vault/ChunkCompressor.h"

#include <QCoreApplication>

#include <libdeflate.h>

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

Error damaged()
{
    return Error{
        ErrorCode::Corruption,
        QCoreApplication::translate("Semina::Vault", "A stored chunk does not decompress to its recorded size.")};
}

Error noMemory()
{
    return Error{
        ErrorCode::Internal,
        QCoreApplication::translate("Semina::Vault", "The compression library could not start (out of memory?).")};
}

struct CompressorDeleter {
    void operator()(libdeflate_compressor *compressor) const { libdeflate_free_compressor(compressor); }
};
struct DecompressorDeleter {
    void operator()(libdeflate_decompressor *decompressor) const { libdeflate_free_decompressor(decompressor); }
};

// One decompressor per thread, made on first use: libdeflate's allocations are not free, and
// the readers (restore workers, check, tree reads) call decompress() from many threads.
libdeflate_decompressor *threadDecompressor()
{
    thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> decompressor(
        libdeflate_alloc_decompressor());
    return decompressor.get();
}
} // namespace

struct ChunkCompressor::Codecs {
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> full;
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> probe;
};

ChunkCompressor::ChunkCompressor(int level)
    : m_codecs(std::make_unique<Codecs>())
{
    m_codecs->full.reset(libdeflate_alloc_compressor(level));
    m_codecs->probe.reset(libdeflate_alloc_compressor(1));
}

ChunkCompressor::~ChunkCompressor() = default;

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
    // The probe's output must beat the ratio to count: a smaller buffer makes libdeflate give up
    // (return 0) as soon as it would not.
    const auto limit = qsizetype(kProbeMaxRatio * double(sample.size()));
    if (m_probeOutput.size() < limit)
        m_probeOutput.resize(limit);
    return libdeflate_deflate_compress(m_codecs->probe.get(), sample.data(), size_t(sample.size()),
                                       m_probeOutput.data(), size_t(limit))
        != 0;
}

Result<QByteArrayView> ChunkCompressor::compress(QByteArrayView chunk)
{
    if (!m_codecs->full || !m_codecs->probe)
        return fail(noMemory());
    if (chunk.isEmpty() || probablyIncompressible(chunk))
        return chunk;
    // Only output shorter than the chunk is kept: given no more room, libdeflate gives up
    // (returns 0) and the chunk is stored raw.
    const qsizetype limit = chunk.size() - 1;
    if (m_output.size() < limit)
        m_output.resize(limit);
    const size_t length = libdeflate_zlib_compress(m_codecs->full.get(), chunk.data(), size_t(chunk.size()),
                                                   m_output.data(), size_t(limit));
    if (length == 0)
        return chunk;
    return QByteArrayView(m_output.constData(), qsizetype(length));
}

Result<> ChunkCompressor::decompress(QByteArrayView stored, qsizetype rawLength, QByteArray &out)
{
    if (stored.size() == rawLength) {
        out.resize(rawLength);
        if (rawLength > 0)
            std::memcpy(out.data(), stored.data(), size_t(rawLength));
        return {};
    }
    if (stored.size() > rawLength)
        return fail(damaged());
    libdeflate_decompressor *decompressor = threadDecompressor();
    if (!decompressor)
        return fail(noMemory());
    out.resize(rawLength);
    // A zlib stream (header, deflate data, Adler-32) that fills the stored bytes exactly and
    // inflates to exactly rawLength bytes. libdeflate checks the header (deflate, window,
    // no preset dictionary) and the Adler-32, at ~20 GB/s: a few percent of inflating.
    size_t consumed = 0;
    const libdeflate_result result = libdeflate_zlib_decompress_ex(decompressor, stored.data(), size_t(stored.size()),
                                                                   out.data(), size_t(rawLength), &consumed, nullptr);
    if (result != LIBDEFLATE_SUCCESS || qsizetype(consumed) != stored.size())
        return fail(damaged());
    return {};
}

} // namespace Semina::Vault
