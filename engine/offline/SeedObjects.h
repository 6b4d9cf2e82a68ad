#pragma once

#include "core/Error.h"
#include "offline/SeedManifest.h"
#include "store/ObjectStore.h"

#include <QList>

namespace Semina {
class JobContext;
}

namespace Semina::Offline {

// Every object of a container, all pages, in name order.
Result<QList<Store::ObjectInfo>> listAllObjects(Store::ObjectStore &store, const QString &container);

// The SHA-256 of one object, read through the store in bounded blocks; `size` is what the
// listing said (Corruption when fewer or more bytes come back).
Result<QByteArray> hashObject(Store::ObjectStore &store, const QString &container, const QString &name, qint64 size,
                              JobContext &context);

// Lists and hashes every object of the seed's vault. It reads the whole seed back once, which
// is also the staging hop's read-back check: what the manifest promises was read from disk.
Result<QList<SeedObject>> hashSeedObjects(Store::ObjectStore &store, const QString &container, JobContext &context);

} // namespace Semina::Offline
