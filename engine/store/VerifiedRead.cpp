#include "store/VerifiedRead.h"

#include "crypto/Digest.h"

#include <QCoreApplication>

namespace Semina::Store {

Result<QByteArray> getVerified(ObjectStore &store, const QString &container, const ObjectInfo &expected,
                               JobContext *context)
{
    // The store's own MD5 check is the same comparison when the writer's MD5 is known: once.
    ReadOptions options;
    options.checkContentMd5 = expected.contentMd5.isEmpty();
    auto data = store.get(container, expected.name, 0, -1, context, options);
    if (!data)
        return data;
    const auto damaged = [&](const QString &how) {
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Store",
                                                "The object \"%1\" in container \"%2\" of %3 is damaged: %4. "
                                                "Restore it from another copy.")
                        .arg(expected.name, container, store.describe(), how));
    };
    if (data->size() != expected.size)
        return damaged(QCoreApplication::translate("Semina::Store", "%1 bytes were read where %2 were written")
                           .arg(data->size())
                           .arg(expected.size));
    if (!expected.contentMd5.isEmpty() && Crypto::md5(*data).value_or(QByteArray()) != expected.contentMd5)
        return damaged(QCoreApplication::translate("Semina::Store",
                                                   "its bytes do not match the MD5 recorded when "
                                                   "it was written"));
    return data;
}

} // namespace Semina::Store
