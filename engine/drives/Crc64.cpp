#include "drives/Crc64.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace Semina::Drives {

namespace {

// The state and every constant below are in the reflected form: bit i holds the coefficient of
// x^(63-i), so shifting right by one multiplies by x, and the polynomial's x^64 term is implied.
constexpr quint64 kPolynomial = 0x9A6C9329AC4BC9B5ULL;

// Table k maps a byte to its CRC contribution k bytes further on (slicing-by-8).
using Tables = std::array<std::array<quint64, 256>, 8>;

constexpr Tables makeTables()
{
    Tables tables{};
    for (quint64 byte = 0; byte < 256; ++byte) {
        quint64 crc = byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ kPolynomial : crc >> 1;
        tables[0][byte] = crc;
    }
    for (int k = 1; k < 8; ++k)
        for (int byte = 0; byte < 256; ++byte)
            tables[k][byte] = (tables[k - 1][byte] >> 8) ^ tables[0][tables[k - 1][byte] & 0xFF];
    return tables;
}

constexpr Tables kTables = makeTables();

// Feeding message M to state s gives (s·x^|M| + M·x^64) mod P, |M| in bits.
quint64 addByTable(quint64 crc, const unsigned char *p, qsizetype left)
{
    while (left >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        word = qFromLittleEndian(word);
        crc ^= word;
        crc = kTables[7][crc & 0xFF] ^ kTables[6][(crc >> 8) & 0xFF] ^ kTables[5][(crc >> 16) & 0xFF]
            ^ kTables[4][(crc >> 24) & 0xFF] ^ kTables[3][(crc >> 32) & 0xFF] ^ kTables[2][(crc >> 40) & 0xFF]
            ^ kTables[1][(crc >> 48) & 0xFF] ^ kTables[0][crc >> 56];
        p += 8;
        left -= 8;
    }
    while (left-- > 0)
        crc = kTables[0][(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return crc;
}

#if defined(__x86_64__)

// Folding (Gopal et al., "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ
// Instruction", Intel 2009, for a reflected polynomial). Sixteen bytes loaded little-endian are a
// 128-bit register whose bit k is the message bit k places from the block's start, so it stands
// for x^(127-k): the low half a (the first eight bytes) and the high half b are each a reflected
// 64-bit value and the block is a·x^64 + b. Moving the block D bits further on,
//   (a·x^64 + b)·x^D = a·x^(D+64) + b·x^D ≡ a·(x^(D+64) mod P) + b·(x^D mod P),
// two 64×64-bit carry-less products, whose sum is XORed into the block D bits later; the sum stays
// congruent to the message so far, mod P. A carry-less product of two reflected 64-bit values
// puts x^(126-k) in its bit k, one power short of the register's x^(127-k), so each multiplier is
// taken one power lower: x^(D+63) for a, x^(D-1) for b.

// x^n mod P, by multiplying 1 by x n times (at compile time).
constexpr quint64 xPowerModP(int n)
{
    quint64 r = quint64(1) << 63;
    for (int i = 0; i < n; ++i)
        r = (r & 1) ? (r >> 1) ^ kPolynomial : r >> 1;
    return r;
}

struct FoldConstants {
    quint64 forLow; // x^(D+63) mod P, for the first eight bytes
    quint64 forHigh; // x^(D-1) mod P, for the next eight
};

constexpr FoldConstants foldBy(int bits)
{
    return {xPowerModP(bits + 63), xPowerModP(bits - 1)};
}

// The generator agrees with the form and with the tables: x^63 is bit 0, x^64 mod P is P without
// its x^64 term, and the byte 1 (x^63) moved one byte on is x^71.
static_assert(xPowerModP(63) == 1 && xPowerModP(64) == kPolynomial && kTables[0][1] == xPowerModP(71));

// Eight lanes of 16 bytes, each folded a stride (128 bytes) on: a product's latency is hidden
// behind the seven others (measured ~15% faster than four lanes here). Shorter pieces go by table.
constexpr int kLanes = 8;
constexpr qsizetype kStride = 16 * kLanes;

constexpr std::array<FoldConstants, kLanes - 1> makeLaneMerges()
{
    // Lane i is merged into the last one by moving it (kLanes - 1 - i) blocks on.
    std::array<FoldConstants, kLanes - 1> merges{};
    for (int i = 0; i + 1 < kLanes; ++i)
        merges[i] = foldBy(128 * (kLanes - 1 - i));
    return merges;
}

constexpr FoldConstants kByStride = foldBy(8 * kStride);
constexpr FoldConstants kByBlock = foldBy(128);
constexpr std::array<FoldConstants, kLanes - 1> kLaneMerges = makeLaneMerges();

#define SEMINA_CARRYLESS __attribute__((target("pclmul,sse4.1")))

SEMINA_CARRYLESS inline __m128i constants(FoldConstants k)
{
    return _mm_set_epi64x(static_cast<long long>(k.forHigh), static_cast<long long>(k.forLow));
}

SEMINA_CARRYLESS inline __m128i load(const unsigned char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

// block·x^D + next, mod P (congruent, not reduced).
SEMINA_CARRYLESS inline __m128i fold(__m128i block, __m128i k, __m128i next)
{
    return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(block, k, 0x00), _mm_clmulepi64_si128(block, k, 0x11)),
                         next);
}

// The 16-byte blocks left after the lanes are merged into one, then the end. Instead of a Barrett
// reduction: the 128-bit block and the last bytes are a message of their own, which the tables
// turn from state 0 into (block·x^(8·left) + rest)·x^64 mod P, the CRC's state.
SEMINA_CARRYLESS quint64 finish(__m128i block, const unsigned char *p, qsizetype left)
{
    const __m128i byBlock = constants(kByBlock);
    for (; left >= 16; p += 16, left -= 16)
        block = fold(block, byBlock, load(p));
    unsigned char bytes[16];
    _mm_storeu_si128(reinterpret_cast<__m128i *>(bytes), block);
    return addByTable(addByTable(0, bytes, 16), p, left);
}

// Needs at least kStride bytes.
SEMINA_CARRYLESS quint64 addByFolding(quint64 crc, const unsigned char *p, qsizetype left)
{
    __m128i lanes[kLanes];
    for (int i = 0; i < kLanes; ++i)
        lanes[i] = load(p + 16 * i);
    // The state joins the message's first 64 bits (the table's crc ^= word).
    lanes[0] = _mm_xor_si128(lanes[0], _mm_cvtsi64_si128(static_cast<long long>(crc)));
    p += kStride;
    left -= kStride;

    const __m128i byStride = constants(kByStride);
    for (; left >= kStride; p += kStride, left -= kStride) {
#pragma GCC unroll 8
        for (int i = 0; i < kLanes; ++i)
            lanes[i] = fold(lanes[i], byStride, load(p + 16 * i));
    }
    __m128i block = lanes[kLanes - 1];
    for (int i = 0; i + 1 < kLanes; ++i)
        block = fold(lanes[i], constants(kLaneMerges[i]), block);
    return finish(block, p, left);
}

// The same with VPCLMULQDQ: a 512-bit register holds four 16-byte blocks, folded with one
// instruction a product, and four registers take 256 bytes a stride.
constexpr int kWideLanes = 4;
constexpr qsizetype kWideStride = 64 * kWideLanes;
constexpr FoldConstants kByWideStride = foldBy(8 * kWideStride);
constexpr FoldConstants kByWideLane = foldBy(512);

#define SEMINA_WIDE_CARRYLESS __attribute__((target("pclmul,sse4.1,avx512f,vpclmulqdq")))

// The constants for each of a register's four blocks (GCC 12's _mm512_broadcast_i32x4 trips
// -Wuninitialized in its own header).
SEMINA_WIDE_CARRYLESS inline __m512i wideConstants(FoldConstants k)
{
    const auto high = static_cast<long long>(k.forHigh);
    const auto low = static_cast<long long>(k.forLow);
    return _mm512_set_epi64(high, low, high, low, high, low, high, low);
}

// Four blocks, each block·x^D + next; 0x96 makes the three-way XOR.
SEMINA_WIDE_CARRYLESS inline __m512i wideFold(__m512i blocks, __m512i k, __m512i next)
{
    return _mm512_ternarylogic_epi64(_mm512_clmulepi64_epi128(blocks, k, 0x00),
                                     _mm512_clmulepi64_epi128(blocks, k, 0x11), next, 0x96);
}

// Needs at least kWideStride bytes.
SEMINA_WIDE_CARRYLESS quint64 addByWideFolding(quint64 crc, const unsigned char *p, qsizetype left)
{
    __m512i lanes[kWideLanes];
    for (int i = 0; i < kWideLanes; ++i)
        lanes[i] = _mm512_loadu_si512(p + 64 * i);
    lanes[0] = _mm512_xor_si512(lanes[0], _mm512_zextsi128_si512(_mm_cvtsi64_si128(static_cast<long long>(crc))));
    p += kWideStride;
    left -= kWideStride;

    const __m512i byStride = wideConstants(kByWideStride);
    for (; left >= kWideStride; p += kWideStride, left -= kWideStride) {
#pragma GCC unroll 4
        for (int i = 0; i < kWideLanes; ++i)
            lanes[i] = wideFold(lanes[i], byStride, _mm512_loadu_si512(p + 64 * i));
    }
    // The lanes into one register, each moved 512 bits on before the next joins; then its four
    // blocks into one as the eight lanes of addByFolding are (their last four merges).
    const __m512i byLane = wideConstants(kByWideLane);
    __m512i wide = lanes[0];
    for (int i = 1; i < kWideLanes; ++i)
        wide = wideFold(wide, byLane, lanes[i]);
    __m128i blocks[4];
    _mm512_storeu_si512(blocks, wide);
    static_assert(kLanes >= 4);
    __m128i block = blocks[3];
    for (int i = 0; i < 3; ++i)
        block = fold(blocks[i], constants(kLaneMerges[kLanes - 4 + i]), block);
    // GCC 12 leaves the upper halves dirty before the tail call, and SSE code after AVX-512 code
    // then runs at half speed (measured) until they are cleared.
    _mm256_zeroupper();
    return finish(block, p, left);
}

bool cpuHas(Crc64::Method method)
{
    __builtin_cpu_init();
    const bool folds = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
    if (method == Crc64::Method::Folding)
        return folds;
    return folds && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("vpclmulqdq");
}

#endif

} // namespace

Crc64::Crc64(Method method)
    : m_method(std::min(method, fastest()))
{
}

void Crc64::add(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
#if defined(__x86_64__)
    if (m_method == Method::WideFolding && size >= kWideStride) {
        m_state = addByWideFolding(m_state, p, size);
        return;
    }
    if (m_method != Method::Tables && size >= kStride) {
        m_state = addByFolding(m_state, p, size);
        return;
    }
#endif
    m_state = addByTable(m_state, p, size);
}

bool Crc64::supports(Method method)
{
#if defined(__x86_64__)
    if (method == Method::Tables)
        return true;
    static const bool folding = cpuHas(Method::Folding);
    static const bool wideFolding = cpuHas(Method::WideFolding);
    return method == Method::Folding ? folding : wideFolding;
#else
    return method == Method::Tables;
#endif
}

Crc64::Method Crc64::fastest()
{
    static const Method fastest = supports(Method::WideFolding) ? Method::WideFolding
        : supports(Method::Folding)                             ? Method::Folding
                                                                : Method::Tables;
    return fastest;
}

quint64 Crc64::of(QByteArrayView data)
{
    Crc64 crc;
    crc.add(data);
    return crc.value();
}

} // namespace Semina::Drives
