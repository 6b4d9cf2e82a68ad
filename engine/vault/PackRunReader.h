#pragma once

#include "core/Error.h"
#include "vault/RestorePlan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Semina::Vault {

class Vault;

// Consecutive needed blobs of one pack, read with one ranged get.
struct PackRun {
    quint32 pack = 0;
    qint64 start = 0; // the pack offset of bytes[0]
    QByteArray bytes;
    size_t firstNeed = 0; // into RestorePlan::needs
    size_t needCount = 0;
    // Set when the bytes could not be read (a missing or truncated pack): the files that need
    // these blobs are damaged, with this as the reason.
    QString damage;
};

// Reads the blobs a restore needs, pack by pack in the plan's order, in runs of up to
// kRunTarget bytes; gaps of unneeded blobs up to kMaxGap are read through rather than split.
// A run that cannot be read because the pack is damaged is retried blob by blob, so blobs in
// the intact part of a truncated pack still restore.
class PackRunReader {
public:
    static constexpr qint64 kRunTarget = 4 * 1024 * 1024;
    static constexpr qint64 kMaxGap = 256 * 1024;

    PackRunReader(Vault &vault, const RestorePlan &plan);

    // The next run; nothing when every need was read. Errors other than damage (a network
    // failure, a cancelled transfer) end the restore.
    Result<std::optional<PackRun>> next();

private:
    Result<QByteArray> read(quint32 pack, qint64 start, qint64 length);

    Vault &m_vault;
    const RestorePlan &m_plan;
    size_t m_next = 0;
    size_t m_oneByOneUntil = 0; // needs before this are read singly (their run failed)
};

} // namespace Semina::Vault
