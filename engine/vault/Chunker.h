#pragma once

#include "core/Error.h"

#include <QByteArrayView>

#include <array>

namespace Semina::Vault {

// Sizes of content-defined chunks. The vault stores them in its config.
struct ChunkerParameters {
    qsizetype minSize = 512 * 1024;
    qsizetype averageSize = 1024 * 1024;
    qsizetype maxSize = 8 * 1024 * 1024;

    [[nodiscard]] bool isValid() const
    {
        return minSize >= 64 && averageSize > minSize && maxSize > averageSize && maxSize <= 64 * 1024 * 1024
            && (averageSize & (averageSize - 1)) == 0;
    }
};

// A FastCDC-style gear chunker: a rolling gear hash over a 64-byte window, no cut before the
// minimum, a stricter mask before the average size and a looser one after it ("normalized
// chunking"), a forced cut at the maximum. The gear table comes from a vault secret, so chunk
// boundaries (and sizes) do not reveal which known file was stored.
class Chunker {
public:
    using GearTable = std::array<quint64, 256>;

    // `seed` is at least 2048 bytes of secret key material (the vault derives it with HKDF).
    static Result<GearTable> gearTableFrom(QByteArrayView seed);

    Chunker(const GearTable &table, const ChunkerParameters &parameters);

    // The length of the next chunk at the start of `data`. Pass at least maxSize() bytes unless
    // the stream ends inside `data` (then every byte is cut into chunks, the last one short).
    [[nodiscard]] qsizetype cut(QByteArrayView data) const;

    [[nodiscard]] const ChunkerParameters &parameters() const { return m_parameters; }

private:
    GearTable m_table;
    ChunkerParameters m_parameters;
    quint64 m_strictMask = 0;
    quint64 m_looseMask = 0;
};

} // namespace Semina::Vault
