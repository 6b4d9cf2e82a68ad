#include "offline/SeedObjects.h"

#include "core/JobContext.h"
#include "crypto/Digest.h"

#include <QCoreApplication>

namespace Semina::Offline {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::SeedObjects)
};
// Large enough to keep the disk streaming, small enough to hold beside a backup's buffers.
constexpr qint64 kReadBlock = 8 * 1024 * 1024;
} // namespace

Result<QList<Store::ObjectInfo>> listAllObjects(Store::ObjectStore &store, const QString &container)
{
    QList<Store::ObjectInfo> objects;
    QString marker;
    do {
        auto page = store.list(container, {}, marker);
        if (!page)
            return fail(page.error());
        objects += page->objects;
        marker = page->nextMarker;
    } while (!marker.isEmpty());
    return objects;
}

Result<QByteArray> hashObject(Store::ObjectStore &store, const QString &container, const QString &name, qint64 size,
                              JobContext &context)
{
    Crypto::Sha256 hash;
    for (qint64 offset = 0; offset < size; offset += kReadBlock) {
        if (auto ok = context.checkCancelled(); !ok)
            return fail(ok.error());
        const qint64 length = qMin(kReadBlock, size - offset);
        auto block = store.get(container, name, offset, length);
        if (!block)
            return fail(block.error());
        if (block->size() != length)
            return fail(
                ErrorCode::Corruption,
                Text::tr("The object \"%1\" is shorter than the store lists it (%2 bytes).").arg(name).arg(size));
        if (auto ok = hash.add(*block); !ok)
            return fail(ok.error());
        context.addDone(0, length);
    }
    return hash.finish();
}

Result<QList<SeedObject>> hashSeedObjects(Store::ObjectStore &store, const QString &container, JobContext &context)
{
    auto listed = listAllObjects(store, container);
    if (!listed)
        return fail(listed.error());
    qint64 bytes = 0;
    for (const Store::ObjectInfo &info : *listed)
        bytes += info.size;
    context.setPhase(Text::tr("Reading the seed back and hashing it"));
    context.setDone(0, 0);
    context.setTotals(listed->size(), bytes);
    QList<SeedObject> objects;
    for (const Store::ObjectInfo &info : *listed) {
        context.setCurrentItem(info.name);
        auto sha256 = hashObject(store, container, info.name, info.size, context);
        if (!sha256)
            return fail(sha256.error());
        objects.append({info.name, info.size, *sha256});
        context.addDone(1, 0);
    }
    return objects;
}

} // namespace Semina::Offline
