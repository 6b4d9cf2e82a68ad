#pragma once

#include "store/ObjectStore.h"

namespace Semina::Store {

// Reads a whole object and checks it against what its writer recorded (the ObjectInfo a put
// returned: size and MD5). Anything that differs is Corruption, naming the object: a short
// read is never mistaken for a missing or empty object. For callers that keep the ObjectInfo
// of what they wrote (the vault's index, a job's manifest) and must not trust any layer in
// between.
Result<QByteArray> getVerified(ObjectStore &store, const QString &container, const ObjectInfo &expected,
                               JobContext *context = nullptr);

} // namespace Semina::Store
