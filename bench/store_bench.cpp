// One timed transfer through the ObjectStore interface, for bench/store-bench.sh:
//   store_bench upload CONTAINER NAME FILE     putFrom of the whole file
//   store_bench download CONTAINER NAME FILE   getTo into the file, checked against the blob's MD5
//                                              (the default ReadOptions)
//   store_bench download-authenticated ...     getTo as the vault reads its own objects, which
//                                              it authenticates itself (AES-256-GCM): no MD5
// The store is the one AZURE_STORAGE_CONNECTION_STRING names (never a command-line argument,
// since it carries the account key), with the default StoreOptions. Prints the bytes moved and
// the seconds taken, measured around the one store call only ("bytes=N seconds=S").
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Semina;

namespace {
int failWith(const QString &message)
{
    std::fprintf(stderr, "store_bench: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QStringList modes{QStringLiteral("upload"), QStringLiteral("download"),
                            QStringLiteral("download-authenticated")};
    if (args.size() != 5 || !modes.contains(args[1]))
        return failWith(
            QStringLiteral("usage: store_bench upload|download|download-authenticated CONTAINER NAME FILE"));
    const bool upload = args[1] == QLatin1String("upload");
    const Store::ReadOptions readOptions = args[1] == QLatin1String("download-authenticated")
        ? Store::ReadOptions::authenticatedByCaller()
        : Store::ReadOptions();
    const QString &container = args[2];
    const QString &name = args[3];

    auto store = Store::openStore(QStringLiteral("env:"));
    if (!store)
        return failWith(store.error().message);
    if (auto created = (*store)->createContainer(container); !created)
        return failWith(created.error().message);

    QFile file(args[4]);
    if (!file.open(upload ? QIODevice::ReadOnly : QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(QStringLiteral("cannot open %1: %2").arg(args[4], file.errorString()));

    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    if (upload) {
        auto put = (*store)->putFrom(container, name, file, file.size());
        if (!put)
            return failWith(put.error().message);
        bytes = put->size;
    } else {
        auto got = (*store)->getTo(container, name, file, nullptr, readOptions);
        if (!got)
            return failWith(got.error().message);
        if (!file.flush())
            return failWith(file.errorString());
        bytes = *got;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bytes=%lld seconds=%.3f\n", static_cast<long long>(bytes), seconds);
    return 0;
}
