#include "vault/Chunker.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>

namespace Semina::Vault {

Result<Chunker::GearTable> Chunker::gearTableFrom(QByteArrayView seed)
{
    GearTable table{};
    if (seed.size() < qsizetype(sizeof(table)))
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("Semina::Vault", "The chunker's secret is too short."));
    std::memcpy(table.data(), seed.data(), sizeof(table));
    return table;
}

Chunker::Chunker(const GearTable &table, const ChunkerParameters &parameters)
    : m_table(table)
    , m_parameters(parameters)
{
    // The gear hash shifts left by one each byte, so bit k depends on the last k + 1 bytes:
    // test the top bits, which see the whole 64-byte window. Two bits stricter before the
    // average and two looser after it keep sizes close to the average.
    const int bits = std::countr_zero(quint64(parameters.averageSize));
    m_strictMask = ~quint64(0) << (64 - (bits + 2));
    m_looseMask = ~quint64(0) << (64 - (bits - 2));
}

qsizetype Chunker::cut(QByteArrayView data) const
{
    const qsizetype size = data.size();
    if (size <= m_parameters.minSize)
        return size;
    const qsizetype end = qMin(size, m_parameters.maxSize);
    const qsizetype normal = qMin(end, m_parameters.averageSize);
    const auto *bytes = reinterpret_cast<const quint8 *>(data.data());
    quint64 hash = 0;
    qsizetype i = m_parameters.minSize;
    for (; i < normal; ++i) {
        hash = (hash << 1) + m_table[bytes[i]];
        if (!(hash & m_strictMask))
            return i + 1;
    }
    for (; i < end; ++i) {
        hash = (hash << 1) + m_table[bytes[i]];
        if (!(hash & m_looseMask))
            return i + 1;
    }
    return end;
}

} // namespace Semina::Vault
