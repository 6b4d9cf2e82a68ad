#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Semina::Drives {

// Azure Storage's CRC64 (DOMAIN.md): reflected polynomial 0x9A6C9329AC4BC9B5, initial value 0,
// complemented before and after (the CRC-64/NVME parameters; "123456789" gives
// 0xAE8B14860A799888). The station and Azure's tools check a blob's bytes with it, so a drive
// manifest records it for the sealed bytes of every file, which makes it part of every copy.
// On x86-64 CPUs with PCLMULQDQ, add() folds 128 bytes at a time with carry-less multiplication
// (~13 GB/s), with VPCLMULQDQ and AVX-512 256 bytes (~50 GB/s on bytes in cache); elsewhere, and
// for short pieces, it slices by eight bytes with tables (~2 GB/s).
class Crc64 {
public:
    enum class Method { Tables, Folding, WideFolding };
    // The fastest method the CPU has by default; tests and measurements choose one (a method the
    // CPU lacks is taken as the fastest it has).
    Crc64()
        : Crc64(fastest())
    {
    }
    explicit Crc64(Method method);

    void add(QByteArrayView data);
    [[nodiscard]] quint64 value() const { return ~m_state; }
    void reset() { m_state = ~quint64(0); }

    static quint64 of(QByteArrayView data);
    static bool supports(Method method);
    static Method fastest();

private:
    Method m_method;
    quint64 m_state = ~quint64(0);
};

} // namespace Semina::Drives
