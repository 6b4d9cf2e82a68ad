#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Offline {

struct SeedEstimateOptions {
    qint64 driveBytes = 4'000'000'000'000; // a "4 TB" drive, as sold (decimal)
    // The sample read and deflated to judge compressibility: bounded whatever the data size.
    qint64 sampleBudgetBytes = 16 * 1024 * 1024;
    qint64 sampleBlockBytes = 64 * 1024;
    quint32 randomSeed = 0; // 0: a fresh random sample each run; tests fix it
};

// What the offline seed of some sources will take, before writing it.
struct SeedEstimate {
    qint64 protectedBytes = 0; // the sum of the regular files' sizes
    qint64 files = 0;
    qint64 folders = 0;
    qint64 sampledBytes = 0; // read to judge compressibility
    double compressionRatio = 1.0; // compressed / original, from the sample, at most 1
    qint64 expectedSeedBytes = 0; // protectedBytes x compressionRatio (deduplication not counted)
    qint64 driveBytes = 0;
    int drivesNeeded = 0;
};

// Walks the sources (metadata only, symbolic links not followed) and compresses a bounded,
// size-weighted sample of blocks (compressed as the vault stores chunks) to estimate the seed.
// Its cost: one stat per entry plus at most about twice `sampleBudgetBytes` read. Progress and
// cancellation through `context`; unreadable files are warnings, not failures. NotFound
// when a source does not exist.
Result<SeedEstimate> estimateSeed(const QStringList &sources, const SeedEstimateOptions &options, JobContext &context);

// "4T", "500G", "3.5TB", "2TiB", "1000000" (bytes). K, M, G, T, P are decimal, as drives are
// sold; KiB, MiB, GiB, TiB, PiB binary. InvalidInput, naming the accepted forms, otherwise.
Result<qint64> parseByteSize(const QString &text);

} // namespace Semina::Offline
