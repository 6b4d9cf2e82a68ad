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

// One put's condition on its way (Put Blob or Put Block List): the headers to send, and what a
// refusal of it means.
class ConditionalPut {
public:
    // The condition's headers and, for a conditional put, a fresh nonce (hex of 16 random bytes).
    static Result<ConditionalPut> prepare(const Store::PutCondition &condition);

    [[nodiscard]] const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    // For an answer other than 201 Created: the blob's properties when the refusal (409, 412) came
    // from this very put sent earlier (the blob holds our nonce: the write took effect); else the
    // error: Conflict for a lost race (an If-Match against a missing blob too), the HEAD's own
    // error when the blob could not be asked (the outcome is unknown, which is not a conflict: a
    // lock holder must not think it lost its lock over a network fault), or what the answer says.
    Result<Store::ObjectInfo> settleRefusal(BlobSession &session, HttpResponse response, const BlobTarget &target,
                                            JobContext *context) const;

private:
    Store::PutCondition::Kind m_kind = Store::PutCondition::Kind::None;
    QByteArray m_nonce; // empty for an unconditional put
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace Semina::Azure
