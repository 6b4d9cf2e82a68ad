// The large-object half of BlobStore: uploads in blocks, several in flight, with memory
// bounded by (parallelism + 1) blocks, and downloads in one streamed GET.
#include "store/azure/BlobStore.h"

#include "core/JobContext.h"
#include "crypto/ConcurrentDigest.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "store/ObjectNames.h"
#include "store/azure/BlobProperties.h"
#include "store/azure/OwnWrite.h"

#include <QCoreApplication>
#include <QFuture>
#include <QtConcurrent>

#include <deque>

namespace Semina::Azure {

using Store::ObjectInfo;
using Store::PutCondition;

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Azure::BlobStore)
};

// The id of block `index` of the upload `upload` (12 hex digits, random per upload). Blocks are
// staged per name, not per upload: two uploads of one name with the same ids would overwrite
// each other's staged blocks, and either block list could then commit a mix of both. The
// length is fixed, as Azure requires of all blocks of a blob, and is the 20 bytes the ids of
// earlier versions had ("semina-block-NNNNNNN"), so their uncommitted blocks never clash.
QByteArray blockId(const QByteArray &upload, qint64 index)
{
    return QByteArray(upload + '-' + QByteArray::number(index).rightJustified(7, '0')).toBase64();
}

// Waits for the oldest transfer and keeps the first error.
template <typename T> void settleOldest(std::deque<QFuture<Result<T>>> &inflight, std::optional<Error> &firstError)
{
    inflight.front().waitForFinished();
    Result<T> outcome = inflight.front().result();
    inflight.pop_front();
    if (!outcome && !firstError)
        firstError = outcome.error();
}
} // namespace

Result<ObjectInfo> BlobStore::putBlocks(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                        const PutCondition &condition, JobContext *context)
{
    const BlobTarget target{container, name};
    const qint64 blocks = (size + m_options.blockSize - 1) / m_options.blockSize;
    if (blocks > 50'000)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The object \"%1\" is too large for blocks of %2 bytes (Azure allows 50,000 blocks): use "
                             "larger blocks.")
                        .arg(name)
                        .arg(m_options.blockSize));
    auto upload = Crypto::randomBytes(6);
    if (!upload)
        return fail(upload.error());
    const QByteArray uploadId = upload->toHex();
    Crypto::Md5 whole;
    // The blocks are read into a few buffers that are reused, never into fresh memory per
    // block (page faults on fresh memory cost more than the copy). A buffer is free again once
    // its Put Block finished: the requests hold it as raw data, which Qt reads only while
    // sending.
    const qsizetype bufferCount = qsizetype(qMin<qint64>(m_options.parallelism + 1, blocks));
    std::vector<QByteArray> buffers(bufferCount);
    std::deque<QFuture<Result<>>> inflight;
    std::optional<Error> firstError;
    QByteArray blockList = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
    for (qint64 index = 0; index < blocks && !firstError; ++index) {
        if (context) {
            if (auto go = context->checkCancelled(); !go) {
                firstError = go.error();
                break;
            }
        }
        const qint64 length = qMin(m_options.blockSize, size - index * m_options.blockSize);
        // At most `parallelism` blocks are in flight (index - parallelism .. index - 1), so
        // with one slot more than that, this block's slot is free.
        QByteArray &buffer = buffers[std::size_t(index % bufferCount)];
        if (buffer.size() < length)
            buffer.resize(length);
        if (source.read(buffer.data(), length) != length) {
            firstError = Error{ErrorCode::Io,
                               Text::tr("Could not read the data for the object \"%1\": the source ended "
                                        "early (%2).")
                                   .arg(name, source.errorString())};
            break;
        }
        const QByteArray block = QByteArray::fromRawData(buffer.constData(), length);
        if (auto added = whole.add(block); !added) {
            firstError = added.error();
            break;
        }
        const QByteArray id = blockId(uploadId, index);
        blockList += "<Latest>" + id + "</Latest>";
        while (qsizetype(inflight.size()) >= m_options.parallelism)
            settleOldest(inflight, firstError);
        if (firstError)
            break;
        inflight.push_back(QtConcurrent::run(&m_blockPool, [this, block, id, target, context]() -> Result<> {
            // Azure checks each block against its MD5, so a block damaged on the way is refused
            // before it can be committed (Azurite hashes every block anyway).
            const auto md5 = Crypto::md5(block);
            if (!md5)
                return fail(md5.error());
            auto response = m_session.send(
                "PUT", m_session.url(target.container, target.name, "comp=block&blockid=" + id.toPercentEncoding()),
                {{"Content-MD5", md5->toBase64()}}, block, target, context);
            if (!response)
                return fail(response.error());
            if (response->status != 201)
                return fail(m_session.errorFor(*response, target));
            if (context)
                context->addDone(0, block.size());
            return {};
        }));
    }
    while (!inflight.empty())
        settleOldest(inflight, firstError);
    if (firstError)
        return fail(*firstError); // the blocks stay uncommitted: the object is unchanged

    blockList += "</BlockList>";
    auto finished = whole.finish();
    if (!finished)
        return fail(finished.error());
    const QByteArray md5 = *finished;
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/xml"},
                                                 {"x-ms-blob-content-type", "application/octet-stream"},
                                                 {"x-ms-blob-content-md5", md5.toBase64()}};
    auto conditional = ConditionalPut::prepare(condition);
    if (!conditional)
        return fail(conditional.error());
    headers.append(conditional->headers());
    auto response
        = m_session.send("PUT", m_session.url(container, name, "comp=blocklist"), headers, blockList, target, context);
    if (!response)
        return fail(response.error());
    if (response->status != 201)
        return conditional->settleRefusal(m_session, *response, target, context);
    ObjectInfo info = infoFromHeaders(name, *response);
    info.size = size;
    info.contentMd5 = md5;
    return info;
}

Result<qint64> BlobStore::getTo(const QString &container, const QString &name, QIODevice &target, JobContext *context,
                                const Store::ReadOptions &options)
{
    if (auto valid = checkNames(container, name); !valid)
        return fail(valid.error());
    // One streamed GET, written while it arrives: Azure sends a whole blob as fast as ranges,
    // it is one request instead of one per block, and the blob's MD5 checks it all. (Ranged
    // GETs of up to 4 MiB also make Azurite hash every range before sending it.) A GET that
    // breaks off resumes where it stopped, pinned to the same version (BlobSession::receive).
    // Each piece is hashed on a thread of its own while this one writes it, so receiving (the
    // network thread), writing and hashing overlap. The receiver returns, and so gives the piece
    // back for reuse, only once both are done.
    const bool checking = options.checkContentMd5;
    std::optional<Crypto::ConcurrentDigest> md5;
    if (checking)
        md5.emplace(Crypto::DigestAlgorithm::Md5);
    std::optional<Error> sinkError;
    qint64 written = 0;
    const auto receiver = [&](QByteArrayView piece) {
        if (context && context->isCancelled())
            return false;
        if (checking)
            md5->start(piece);
        const bool stored = target.write(piece.data(), piece.size()) == piece.size();
        if (checking) {
            if (Result<> added = md5->wait(); !added) {
                sinkError = added.error();
                return false;
            }
        }
        if (!stored) {
            sinkError = Error{
                ErrorCode::Io,
                Text::tr("Could not write the object \"%1\" to its destination: %2.").arg(name, target.errorString())};
            return false;
        }
        written += piece.size();
        if (context)
            context->addDone(0, piece.size());
        return true;
    };
    const BlobTarget blob{container, name};
    auto response = m_session.receive(m_session.url(container, name), {}, blob, context, receiver);
    if (sinkError)
        return fail(*sinkError);
    if (context) {
        if (auto go = context->checkCancelled(); !go)
            return fail(go.error());
    }
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return fail(m_session.errorFor(*response, blob));
    const ObjectInfo info = infoFromHeaders(name, *response);
    if (written != info.size)
        return fail(ErrorCode::Corruption,
                    Text::tr("The object \"%1\" in container \"%2\" arrived incomplete: %3 of %4 bytes.")
                        .arg(name, container)
                        .arg(written)
                        .arg(info.size));
    if (!checking)
        return written;
    auto actual = md5->finish();
    if (!actual)
        return fail(actual.error());
    if (!info.contentMd5.isEmpty() && *actual != info.contentMd5)
        return fail(
            ErrorCode::Corruption,
            Text::tr("The object \"%1\" in container \"%2\" is damaged: its bytes do not match the MD5 recorded "
                     "when it was written. Restore it from another copy.")
                .arg(name, container));
    return written;
}

} // namespace Semina::Azure
