// The chunk codec's speed against stored size, level by level, on a folder (the vault
// benchmark's corpus): every file cut into 1 MiB pieces (the chunker's average; smaller files
// whole) and each piece compressed and inflated with ChunkCompressor on one thread, as a packing
// worker and a restore worker do. Reading the files is not timed, and the time is the thread's
// CPU time, so that a busy machine slows the figures less than wall time would (caches are still
// shared). Prints a Markdown table.
//   chunk_codec_bench FOLDER [LEVEL...]   (levels default to 1 2 3 4 5 6)
#include "vault/ChunkCompressor.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace Semina::Vault;

namespace {
constexpr qsizetype kPiece = 1024 * 1024;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Figures {
    qint64 raw = 0;
    qint64 stored = 0;
    qint64 compressNs = 0;
    qint64 inflateNs = 0;
};

bool measure(const QStringList &files, int level, Figures &figures)
{
    ChunkCompressor compressor(level);
    QByteArray data;
    QByteArray back;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        data = file.readAll();
        for (qsizetype at = 0; at < data.size(); at += kPiece) {
            const QByteArrayView piece = QByteArrayView(data).sliced(at, qMin(kPiece, data.size() - at));
            qint64 start = threadCpuNs();
            const auto stored = compressor.compress(piece);
            figures.compressNs += threadCpuNs() - start;
            if (!stored) {
                std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
                return false;
            }
            figures.raw += piece.size();
            figures.stored += stored->size();
            start = threadCpuNs();
            const auto inflated = ChunkCompressor::decompress(*stored, piece.size(), back);
            figures.inflateNs += threadCpuNs() - start;
            if (!inflated || back != piece) {
                std::fprintf(stderr, "%s did not read back\n", qPrintable(path));
                return false;
            }
        }
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: chunk_codec_bench FOLDER [LEVEL...]\n");
        return 2;
    }
    const QString folder = arguments.takeFirst();
    QList<int> levels;
    for (const QString &level : arguments)
        levels.append(level.toInt());
    if (levels.isEmpty())
        levels = {1, 2, 3, 4, 5, 6};
    QStringList files;
    QDirIterator iterator(folder, QDir::Files, QDirIterator::Subdirectories);
    while (iterator.hasNext())
        files.append(iterator.next());
    files.sort();
    std::printf("| level | compress MB/s | inflate MB/s | stored / raw | stored MB |\n");
    std::printf("|------:|--------------:|-------------:|-------------:|----------:|\n");
    for (const int level : levels) {
        Figures figures;
        if (!measure(files, level, figures))
            return 1;
        const double mb = double(figures.raw) / 1e6;
        std::printf("| %5d | %13.0f | %12.0f | %12.4f | %9.1f |\n", level, mb / (double(figures.compressNs) / 1e9),
                    mb / (double(figures.inflateNs) / 1e9), double(figures.stored) / double(figures.raw),
                    double(figures.stored) / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
