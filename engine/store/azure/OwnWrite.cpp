#include "store/azure/OwnWrite.h"

#include "core/Logging.h"
#include "crypto/Random.h"
#include "store/azure/BlobProperties.h"

namespace Semina::Azure {

Result<ConditionalPut> ConditionalPut::prepare(const Store::PutCondition &condition)
{
    ConditionalPut put;
    put.m_kind = condition.kind;
    put.m_headers = conditionHeaders(condition);
    if (condition.kind != Store::PutCondition::Kind::None) {
        auto nonce = Crypto::randomBytes(16);
        if (!nonce)
            return fail(nonce.error());
        put.m_nonce = nonce->toHex();
        put.m_headers.append({QByteArray(kOwnWriteHeader), put.m_nonce});
    }
    return put;
}

Result<Store::ObjectInfo> ConditionalPut::settleRefusal(BlobSession &session, HttpResponse response,
                                                        const BlobTarget &target, JobContext *context) const
{
    // If-Match against a missing blob is a lost race like any other.
    if (response.status == 404 && m_kind == Store::PutCondition::Kind::IfMatch
        && BlobSession::errorCode(response) == "BlobNotFound")
        response.status = 412;
    if (m_nonce.isEmpty() || (response.status != 409 && response.status != 412))
        return fail(session.errorFor(response, target));
    auto head = session.send("HEAD", session.url(target.container, target.name), {}, {}, target, context);
    if (!head)
        return fail(head.error());
    if (head->status != 200 && head->status != 404)
        return fail(session.errorFor(*head, target));
    if (head->status == 404 || head->header(kOwnWriteHeader) != m_nonce)
        return fail(session.errorFor(response, target)); // gone, or someone else's write
    qCInfo(lcStore) << "a conditional write to" << target.container << target.name
                    << "was refused by its own earlier copy: it took effect";
    return infoFromHeaders(target.name, *head);
}

} // namespace Semina::Azure
