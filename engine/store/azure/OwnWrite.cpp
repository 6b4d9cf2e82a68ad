#include "store/azure/OwnWrite.h"

#include "core/Logging.h"
#include "crypto/Random.h"
#include "store/azure/BlobProperties.h"

namespace Semina::Azure {

Result<QPair<QByteArray, QByteArray>> ownWriteHeader()
{
    auto nonce = Crypto::randomBytes(16);
    if (!nonce)
        return fail(nonce.error());
    return qMakePair(QByteArray(kOwnWriteHeader), nonce->toHex());
}

Result<std::optional<Store::ObjectInfo>> confirmOwnWrite(BlobSession &session, const BlobTarget &target,
                                                         const QPair<QByteArray, QByteArray> &header,
                                                         JobContext *context)
{
    auto response = session.send("HEAD", session.url(target.container, target.name), {}, {}, target, context);
    if (!response)
        return fail(response.error());
    if (response->status == 404)
        return std::optional<Store::ObjectInfo>(); // gone: the conflict stands
    if (response->status != 200)
        return fail(session.errorFor(*response, target));
    if (response->header(header.first) != header.second)
        return std::optional<Store::ObjectInfo>(); // someone else's write
    qCInfo(lcStore) << "a conditional write to" << target.container << target.name
                    << "was refused by its own earlier copy: it took effect";
    return infoFromHeaders(target.name, *response);
}

} // namespace Semina::Azure
