#include "store/azure/BlobStore.h"

#include "crypto/Digest.h"

#include "core/JobContext.h"
#include "store/ObjectNames.h"
#include "store/azure/BlobProperties.h"
#include "store/azure/OwnWrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QThread>

namespace Semina::Azure {

using Store::ObjectInfo;
using Store::PutCondition;

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Azure::BlobStore)
};
} // namespace

BlobStore::BlobStore(AzureAccount account, Store::StoreOptions options)
    : m_session(std::move(account), options.retry)
    , m_options(options)
{
    m_options.blockSize = qBound<qint64>(64 * 1024, m_options.blockSize, 4000LL * 1024 * 1024);
    m_options.parallelism = qMax(1, m_options.parallelism);
    // Every transfer in flight may hold `parallelism` blocks; the pool caps the whole store.
    m_blockPool.setMaxThreadCount(qMax(m_options.parallelism, 2) * 2);
}

BlobStore::~BlobStore()
{
    m_blockPool.waitForDone();
}

QString BlobStore::describe() const
{
    return m_session.account().describe();
}

Result<> BlobStore::checkNames(const QString &container, const QString &name) const
{
    if (auto valid = Store::checkContainerName(container); !valid)
        return valid;
    return Store::checkObjectName(name);
}

Result<> BlobStore::createContainer(const QString &container)
{
    if (auto valid = Store::checkContainerName(container); !valid)
        return valid;
    const BlobTarget target{container, {}};
    auto response = m_session.send("PUT", m_session.url(container, {}, "restype=container"), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status == 201)
        return {};
    if (response->status == 409 && BlobSession::errorCode(*response) == "ContainerAlreadyExists")
        return {};
    if (response->status == 409)
        return fail(ErrorCode::Conflict,
                    Text::tr("The container \"%1\" in %2 is still being deleted: try again in a minute.")
                        .arg(container, describe()));
    return fail(m_session.errorFor(*response, target));
}

Result<> BlobStore::deleteContainer(const QString &container)
{
    if (auto valid = Store::checkContainerName(container); !valid)
        return valid;
    const BlobTarget target{container, {}};
    auto response
        = m_session.send("DELETE", m_session.url(container, {}, "restype=container"), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status == 202 || response->status == 404)
        return {};
    return fail(m_session.errorFor(*response, target));
}

Result<bool> BlobStore::containerExists(const QString &container)
{
    if (auto valid = Store::checkContainerName(container); !valid)
        return fail(valid.error());
    const BlobTarget target{container, {}};
    auto response = m_session.send("HEAD", m_session.url(container, {}, "restype=container"), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status == 200)
        return true;
    if (response->status == 404)
        return false;
    return fail(m_session.errorFor(*response, target));
}

Result<ObjectInfo> BlobStore::putBlob(const QString &container, const QString &name, const QByteArray &data,
                                      const PutCondition &condition, JobContext *context)
{
    auto md5 = Crypto::md5(data);
    if (!md5)
        return fail(md5.error());
    QList<QPair<QByteArray, QByteArray>> headers{{"x-ms-blob-type", "BlockBlob"},
                                                 {"Content-Type", "application/octet-stream"},
                                                 {"Content-MD5", md5->toBase64()}};
    auto conditional = ConditionalPut::prepare(condition);
    if (!conditional)
        return fail(conditional.error());
    headers.append(conditional->headers());
    const BlobTarget target{container, name};
    auto response = m_session.send("PUT", m_session.url(container, name), headers, data, target, context);
    if (!response)
        return fail(response.error());
    ObjectInfo info;
    if (response->status == 201) {
        info = infoFromHeaders(name, *response);
    } else {
        auto ours = conditional->settleRefusal(m_session, *response, target, context);
        if (!ours)
            return fail(ours.error());
        info = *ours;
    }
    if (context)
        context->addDone(0, data.size());
    info.size = data.size();
    info.contentMd5 = *md5;
    return info;
}

Result<ObjectInfo> BlobStore::put(const QString &container, const QString &name, const QByteArray &data,
                                  const PutCondition &condition, JobContext *context)
{
    if (auto valid = checkNames(container, name); !valid)
        return fail(valid.error());
    if (data.size() <= m_options.blockSize)
        return putBlob(container, name, data, condition, context);
    QByteArray copy = data; // shared, not copied
    QBuffer source(&copy);
    source.open(QIODevice::ReadOnly);
    return putBlocks(container, name, source, data.size(), condition, context);
}

Result<ObjectInfo> BlobStore::putFrom(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                      JobContext *context)
{
    if (auto valid = checkNames(container, name); !valid)
        return fail(valid.error());
    if (size < 0)
        return fail(ErrorCode::InvalidInput, Text::tr("The size of the object \"%1\" is negative.").arg(name));
    if (size <= m_options.blockSize) {
        const QByteArray data = source.read(size);
        if (data.size() != size)
            return fail(ErrorCode::Io,
                        Text::tr("Could not read the data for the object \"%1\": the source ended after %2 "
                                 "of %3 bytes.")
                            .arg(name)
                            .arg(data.size())
                            .arg(size));
        return putBlob(container, name, data, {}, context);
    }
    return putBlocks(container, name, source, size, {}, context);
}

Result<HttpResponse> BlobStore::getRange(const QString &container, const QString &name, qint64 offset, qint64 length,
                                         const QByteArray &ifMatch, JobContext *context)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (offset > 0 || length >= 0) {
        QByteArray range = "bytes=" + QByteArray::number(offset) + '-';
        if (length >= 0)
            range += QByteArray::number(offset + length - 1);
        headers.append({"x-ms-range", range});
    }
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    const BlobTarget target{container, name};
    auto response = m_session.send("GET", m_session.url(container, name), headers, {}, target, context);
    if (!response)
        return response;
    if (response->status != 200 && response->status != 206)
        return fail(m_session.errorFor(*response, target));
    return response;
}

Result<QByteArray> BlobStore::get(const QString &container, const QString &name, qint64 offset, qint64 length,
                                  JobContext *context, const Store::ReadOptions &options)
{
    if (auto valid = checkNames(container, name); !valid)
        return fail(valid.error());
    const auto outside = [&](qint64 size) {
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The range %1+%2 is outside the object \"%3\" in container \"%4\", "
                             "which has %5 bytes.")
                        .arg(offset)
                        .arg(length)
                        .arg(name, container)
                        .arg(size));
    };
    if (offset < 0 || length < -1)
        return outside(-1);
    if (length == 0 || offset > 0) {
        // Azure answers 416 for an empty range; the size decides whether it is valid.
        auto info = head(container, name);
        if (!info)
            return fail(info.error());
        if (offset > info->size || (length >= 0 && offset + length > info->size))
            return outside(info->size);
        if (length == 0 || offset == info->size)
            return QByteArray();
    }
    auto response = getRange(container, name, offset, length, {}, context);
    if (!response)
        return fail(response.error());
    const ObjectInfo info = infoFromHeaders(name, *response);
    if (length >= 0 && response->body.size() != length)
        return outside(info.size);
    const bool whole = response->status == 200;
    if (whole && response->body.size() != info.size)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object \"%1\" in container \"%2\" arrived incomplete: %3 of %4 "
                             "bytes.")
                        .arg(name, container)
                        .arg(response->body.size())
                        .arg(info.size));
    if (whole && options.checkContentMd5 && !info.contentMd5.isEmpty()
        && Crypto::md5(response->body).value_or(QByteArray()) != info.contentMd5)
        return fail(
            ErrorCode::Corruption,
            Text::tr("The object \"%1\" in container \"%2\" is damaged: its bytes do not match the MD5 recorded "
                     "when it was written. Restore it from another copy.")
                .arg(name, container));
    if (context)
        context->addDone(0, response->body.size());
    return response->body;
}

Result<ObjectInfo> BlobStore::head(const QString &container, const QString &name)
{
    if (auto valid = checkNames(container, name); !valid)
        return fail(valid.error());
    const BlobTarget target{container, name};
    auto response = m_session.send("HEAD", m_session.url(container, name), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return fail(m_session.errorFor(*response, target));
    return infoFromHeaders(name, *response);
}

Result<Store::ListPage> BlobStore::list(const QString &container, const QString &prefix, const QString &marker,
                                        int maxResults)
{
    if (auto valid = Store::checkContainerName(container); !valid)
        return fail(valid.error());
    if (maxResults < 1)
        return fail(ErrorCode::InvalidInput, Text::tr("A listing page must hold at least one object."));
    QByteArray query = "restype=container&comp=list&maxresults=" + QByteArray::number(qMin(maxResults, 5000));
    if (!prefix.isEmpty())
        query += "&prefix=" + encodeQueryValue(prefix);
    if (!marker.isEmpty())
        query += "&marker=" + encodeQueryValue(marker);
    const BlobTarget target{container, {}};
    auto response = m_session.send("GET", m_session.url(container, {}, query), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return fail(m_session.errorFor(*response, target));
    return parseBlobList(response->body);
}

Result<> BlobStore::remove(const QString &container, const QString &name)
{
    if (auto valid = checkNames(container, name); !valid)
        return valid;
    const BlobTarget target{container, name};
    auto response = m_session.send("DELETE", m_session.url(container, name), {}, {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status == 202)
        return {};
    if (response->status == 404 && BlobSession::errorCode(*response) == "BlobNotFound")
        return {};
    return fail(m_session.errorFor(*response, target));
}

Result<ObjectInfo> BlobStore::copy(const QString &sourceContainer, const QString &sourceName,
                                   const QString &targetContainer, const QString &targetName)
{
    if (auto valid = checkNames(sourceContainer, sourceName); !valid)
        return fail(valid.error());
    if (auto valid = checkNames(targetContainer, targetName); !valid)
        return fail(valid.error());
    // The source must exist: Azure would name it only vaguely (CannotVerifyCopySource).
    if (auto source = head(sourceContainer, sourceName); !source)
        return fail(source.error());
    const BlobTarget target{targetContainer, targetName};
    const QByteArray source = m_session.url(sourceContainer, sourceName).toEncoded();
    auto response = m_session.send("PUT", m_session.url(targetContainer, targetName), {{"x-ms-copy-source", source}},
                                   {}, target, nullptr);
    if (!response)
        return fail(response.error());
    if (response->status != 202 && response->status != 201) {
        if (response->status == 404 && BlobSession::errorCode(*response) != "ContainerNotFound")
            return fail(m_session.errorFor(*response, {sourceContainer, sourceName}));
        return fail(m_session.errorFor(*response, target));
    }
    // A copy inside one account is usually done at once; a pending one is polled.
    QByteArray status = response->header("x-ms-copy-status");
    for (int poll = 0; status == "pending" && poll < 600; ++poll) {
        QThread::msleep(poll < 10 ? 100 : 1000);
        auto progress = m_session.send("HEAD", m_session.url(targetContainer, targetName), {}, {}, target, nullptr);
        if (!progress)
            return fail(progress.error());
        if (progress->status != 200)
            return fail(m_session.errorFor(*progress, target));
        status = progress->header("x-ms-copy-status");
    }
    if (status != "success")
        return fail(ErrorCode::Network,
                    Text::tr("Copying \"%1\" to \"%2\" in container \"%3\" did not finish (copy "
                             "status \"%4\"): try again.")
                        .arg(sourceName, targetName, targetContainer, QString::fromLatin1(status)));
    return head(targetContainer, targetName);
}

} // namespace Semina::Azure
