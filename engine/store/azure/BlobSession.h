#pragma once

#include "core/Error.h"
#include "store/RetryPolicy.h"
#include "store/azure/ConnectionString.h"
#include "store/azure/NetworkThread.h"
#include "store/azure/SharedKey.h"

#include <optional>

namespace Semina {
class JobContext;
}

namespace Semina::Azure {

// The x-ms-version Semina speaks: accepted by Azure and by Azurite 3.35 (2019-12-12..2025-11-05).
inline constexpr char kApiVersion[] = "2023-11-03";

// What a failed request was about, so its error can name the container or object.
struct BlobTarget {
    QString container;
    QString name; // empty for container requests
};

// Signed, retried requests to one account's Blob service. Thread-safe.
// A request is retried with back-off on timeouts, resets, 408, 429 and 5xx (honouring
// Retry-After); any other answer is returned as is. URLs carry the SAS signature, so a URL is
// never put into a message or log; errors name the account, container and object instead.
class BlobSession {
public:
    BlobSession(AzureAccount account, Store::RetryPolicy retry);

    [[nodiscard]] const AzureAccount &account() const { return m_account; }
    [[nodiscard]] const Store::RetryPolicy &retryPolicy() const { return m_retry; }

    // `query` is already encoded ("restype=container&comp=list"); `name` is encoded here.
    [[nodiscard]] QUrl url(const QString &container, const QString &name = {}, const QByteArray &query = {}) const;

    // Sends until an answer that is not transient or the attempts run out (then Network).
    Result<HttpResponse> send(const QByteArray &verb, const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers,
                              const QByteArray &body, const BlobTarget &target, JobContext *context);

    // A GET of a whole blob whose body goes to `receiver` while it arrives (2xx answers only;
    // others come back with their body as from send()). A transient failure after part of the
    // body arrived is retried from where it broke off, with a range pinned by If-Match to the
    // version the first answer was, so the receiver sees every byte once and of one version;
    // the result then carries the status and headers of that first answer. When the receiver
    // stops the transfer, the answer comes back at once, `cancelled`, without retries.
    Result<HttpResponse> receive(const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers,
                                 const BlobTarget &target, JobContext *context, const BodyReceiver &receiver);

    // The Error for an answer the caller did not expect (403, 404, 409, 412, ...).
    [[nodiscard]] Error errorFor(const HttpResponse &response, const BlobTarget &target) const;

    // Azure's error code of an answer ("BlobNotFound"), from the header or the XML body.
    [[nodiscard]] static QByteArray errorCode(const HttpResponse &response);

private:
    Result<HttpResponse> exchange(const QByteArray &verb, const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers,
                                  const QByteArray &body, const BlobTarget &target, JobContext *context,
                                  const BodyReceiver *receiver);

    AzureAccount m_account;
    std::optional<SharedKey> m_key;
    Store::RetryPolicy m_retry;
    NetworkThread m_network;
};

// "%2F"-free encoding of an object name for a URL path: every byte but unreserved ones and
// '/' is percent-encoded.
QByteArray encodeBlobName(const QString &name);
// Full encoding of a query value.
QByteArray encodeQueryValue(const QString &value);

} // namespace Semina::Azure
