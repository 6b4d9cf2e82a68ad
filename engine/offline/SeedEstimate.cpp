#include "offline/SeedEstimate.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "vault/ChunkCompressor.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <queue>

namespace Semina::Offline {

namespace {

struct Candidate {
    double key = 0; // weighted reservoir key; the largest keys are kept
    QString path;
    qint64 size = 0;
    bool operator>(const Candidate &other) const { return key > other.key; }
};

// A weighted random sample of files without replacement (Efraimidis-Spirakis A-Res): each
// file's chance grows with its size, and memory stays at `capacity` entries however many files
// the walk meets.
class FileReservoir {
public:
    FileReservoir(qsizetype capacity, QRandomGenerator &random)
        : m_capacity(capacity)
        , m_random(random)
    {
    }
    void offer(const QString &path, qint64 size)
    {
        // log(u) / w: the same order as u^(1/w), without underflow for large w.
        const double u = std::max(m_random.generateDouble(), 1e-300);
        const double key = std::log(u) / double(size);
        if (qsizetype(m_heap.size()) < m_capacity) {
            m_heap.push({key, path, size});
        } else if (key > m_heap.top().key) {
            m_heap.pop();
            m_heap.push({key, path, size});
        }
    }
    std::vector<Candidate> take()
    {
        std::vector<Candidate> all;
        while (!m_heap.empty()) {
            all.push_back(m_heap.top());
            m_heap.pop();
        }
        return all;
    }

private:
    qsizetype m_capacity;
    QRandomGenerator &m_random;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> m_heap;
};

struct SampleResult {
    qint64 read = 0;
    qint64 compressed = 0;
};

// Reads `blocks` blocks at random offsets of one file and compresses each as the vault stores
// a chunk (incompressible data kept as it is).
Result<SampleResult> sampleFile(const Candidate &file, qint64 blocks, qint64 blockSize, QRandomGenerator &random,
                                QByteArray &buffer, Vault::ChunkCompressor &compressor, JobContext &context)
{
    QFile input(file.path);
    if (!input.open(QIODevice::ReadOnly)) {
        context.warn(file.path,
                     QCoreApplication::translate(
                         "Semina::Offline::SeedEstimate",
                         "Cannot read it to judge its compressibility; it is counted as incompressible."));
        return SampleResult{};
    }
    SampleResult result;
    for (qint64 i = 0; i < blocks; ++i) {
        if (auto cancelled = context.checkCancelled(); !cancelled)
            return fail(cancelled.error());
        const qint64 span = std::max<qint64>(0, file.size - blockSize);
        const qint64 offset = span > 0 ? qint64(random.bounded(quint64(span) + 1)) : 0;
        buffer.resize(qsizetype(std::min(blockSize, file.size)));
        if (!input.seek(offset))
            break;
        const qint64 got = input.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        buffer.resize(qsizetype(got));
        auto stored = compressor.compress(buffer);
        if (!stored)
            return fail(stored.error());
        result.read += got;
        result.compressed += stored->size();
        context.addDone(0, got);
    }
    return result;
}

} // namespace

Result<SeedEstimate> estimateSeed(const QStringList &sources, const SeedEstimateOptions &options, JobContext &context)
{
    if (sources.isEmpty())
        return fail(ErrorCode::Usage,
                    QCoreApplication::translate("Semina::Offline::SeedEstimate",
                                                "Name at least one folder or file to protect."));
    if (options.driveBytes <= 0 || options.sampleBlockBytes <= 0 || options.sampleBudgetBytes < 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Semina::Offline::SeedEstimate",
                                                "The drive size and the sample sizes must be positive."));
    for (const QString &source : sources) {
        if (!QFileInfo::exists(source))
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("Semina::Offline::SeedEstimate",
                                                    "\"%1\" does not exist: check the path of the data to protect.")
                            .arg(QDir::toNativeSeparators(source)));
    }
    QRandomGenerator random = options.randomSeed ? QRandomGenerator(options.randomSeed)
                                                 : QRandomGenerator(QRandomGenerator::system()->generate());
    const qsizetype sampleBlocks = qsizetype(options.sampleBudgetBytes / options.sampleBlockBytes);
    FileReservoir reservoir(std::max<qsizetype>(sampleBlocks, 1), random);

    SeedEstimate estimate;
    estimate.driveBytes = options.driveBytes;
    context.setPhase(QCoreApplication::translate("Semina::Offline::SeedEstimate", "Measuring the data to protect"));
    auto count = [&](const QFileInfo &info) {
        if (info.isSymLink())
            return;
        if (info.isDir()) {
            ++estimate.folders;
        } else if (info.isFile()) {
            ++estimate.files;
            estimate.protectedBytes += info.size();
            if (info.size() > 0)
                reservoir.offer(info.filePath(), info.size());
            context.setDone(estimate.files, estimate.protectedBytes);
        }
    };
    for (const QString &source : sources) {
        const QFileInfo root(source);
        count(root);
        if (!root.isDir() || root.isSymLink())
            continue;
        QDirIterator walk(source, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                          QDirIterator::Subdirectories);
        while (walk.hasNext()) {
            if (auto cancelled = context.checkCancelled(); !cancelled)
                return fail(cancelled.error());
            walk.next();
            context.setCurrentItem(walk.filePath());
            count(walk.fileInfo());
        }
    }

    // Hajek estimator of the byte-weighted ratio: a sampled file stands for size / p bytes, p its
    // chance of being drawn. Files of at least total / draws bytes are drawn for sure (p = 1);
    // the other draws share the remaining bytes, so p = draws left x size / bytes left.
    context.setPhase(QCoreApplication::translate("Semina::Offline::SeedEstimate", "Sampling compressibility"));
    std::vector<Candidate> chosen = reservoir.take();
    std::ranges::sort(chosen, std::greater<>{}, &Candidate::size);
    double drawsLeft = double(std::max<qsizetype>(sampleBlocks, 1));
    double bytesLeft = double(std::max<qint64>(estimate.protectedBytes, 1));
    std::size_t certain = 0;
    while (certain < chosen.size() && drawsLeft * double(chosen[certain].size) >= bytesLeft && drawsLeft > 1) {
        drawsLeft -= 1;
        bytesLeft -= double(chosen[certain].size);
        ++certain;
    }
    context.setTotals(qint64(chosen.size()), -1);
    context.setDone(0, 0);
    QByteArray buffer;
    Vault::ChunkCompressor compressor(Vault::CreateOptions().compressionLevel); // as the seed stores chunks
    double weightedRatio = 0;
    double totalWeight = 0;
    const double total = double(std::max<qint64>(estimate.protectedBytes, 1));
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Candidate &file = chosen[i];
        const double expectedDraws = double(sampleBlocks) * double(file.size) / total;
        const double chance = i < certain ? 1.0 : std::min(1.0, drawsLeft * double(file.size) / bytesLeft);
        // A file worth several draws gets several blocks, capped by its own size.
        const qint64 fileBlocks
            = std::clamp<qint64>(qint64(std::llround(expectedDraws)), 1,
                                 (file.size + options.sampleBlockBytes - 1) / options.sampleBlockBytes);
        auto sample = sampleFile(file, fileBlocks, options.sampleBlockBytes, random, buffer, compressor, context);
        if (!sample)
            return fail(sample.error());
        const double ratio = sample->read > 0 ? double(sample->compressed) / double(sample->read) : 1.0;
        const double weight = double(file.size) / chance;
        weightedRatio += weight * ratio;
        totalWeight += weight;
        estimate.sampledBytes += sample->read;
        context.addDone(1, 0);
    }
    estimate.compressionRatio = totalWeight > 0 ? std::min(1.0, weightedRatio / totalWeight) : 1.0;
    estimate.expectedSeedBytes = qint64(std::ceil(double(estimate.protectedBytes) * estimate.compressionRatio));
    estimate.drivesNeeded = int((estimate.expectedSeedBytes + options.driveBytes - 1) / options.driveBytes);
    context.finish();
    qCDebug(lcOffline) << "seed estimate:" << estimate.protectedBytes << "bytes in" << estimate.files << "files, ratio"
                       << estimate.compressionRatio << "from" << estimate.sampledBytes << "sampled bytes";
    return estimate;
}

Result<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(?:([KMGTP])(i)?)?B?\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    const Error bad{ErrorCode::Usage,
                    QCoreApplication::translate("Semina::Offline::SeedEstimate",
                                                "\"%1\" is not a size: write it like 4T, 500G, 3.5TB or 2TiB.")
                        .arg(text)};
    if (!match.hasMatch())
        return fail(bad);
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2).toUpper();
    const double base = match.captured(3).isEmpty() ? 1000.0 : 1024.0;
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("KMGTP").indexOf(unit)) + 1;
    const double bytes = number * std::pow(base, power);
    if (bytes < 1 || bytes > 9.0e18)
        return fail(bad);
    return qint64(bytes);
}

} // namespace Semina::Offline
