#include "drives/Crc64.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace Semina::Drives {

namespace {

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

} // namespace

void Crc64::add(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype left = data.size();
    quint64 crc = m_state;
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
    m_state = crc;
}

quint64 Crc64::of(QByteArrayView data)
{
    Crc64 crc;
    crc.add(data);
    return crc.value();
}

} // namespace Semina::Drives
