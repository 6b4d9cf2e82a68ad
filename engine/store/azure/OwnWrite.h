#pragma once

#include "core/Error.h"
#include "store/ObjectStore.h"
#include "store/azure/BlobSession.h"

#include <optional>

namespace Semina::Azure {

// A conditional write (If-None-Match: *, If-Match) whose answer is lost may be sent again, by
// BlobSession's retries or by Qt resending on a connection that closed, after the service
// already stored it; the copy is then refused (409 BlobAlreadyExists, 412 ConditionNotMet) by
// the very write it repeats. So each conditional write carries a random nonce as metadata, and
// a refused one asks the blob whose nonce it holds: ours means the write took effect.

// The metadata header that carries the nonce.
inline constexpr char kOwnWriteHeader[] = "x-ms-meta-seminawrite";

// The header with a fresh nonce (hex of 16 random bytes) for one conditional write.
Result<QPair<QByteArray, QByteArray>> ownWriteHeader();

// After a 409 or 412 to a write that carried `header`: the blob's properties when the blob holds
// our nonce (the write was ours), nullopt when it is gone or holds another nonce (the conflict
// stands), an error when the blob could not be asked (the write's outcome is unknown, which is
// not a conflict: a lock holder must not think it lost its lock over a network fault).
Result<std::optional<Store::ObjectInfo>> confirmOwnWrite(BlobSession &session, const BlobTarget &target,
                                                         const QPair<QByteArray, QByteArray> &header,
                                                         JobContext *context);

} // namespace Semina::Azure
