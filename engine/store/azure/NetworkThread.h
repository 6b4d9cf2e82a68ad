#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Semina::Azure {

struct HttpRequest {
    QByteArray verb;
    QUrl url; // already percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int transferTimeoutMs = 60'000; // no byte moving for this long aborts the request
};

struct HttpResponse {
    int status = 0; // 0: no HTTP answer (see `error`)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool cancelled = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    qint64 received = 0; // bytes handed to a BodyReceiver

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// Takes the body of a successful answer piece by piece, in order, on the thread that called
// send(); returning false stops the transfer (the answer then comes back `cancelled`).
using BodyReceiver = std::function<bool(QByteArrayView piece)>;

// A thread of its own running one QNetworkAccessManager, so the store's synchronous calls
// work from any thread without a nested event loop: send() hands the request over and waits
// for the answer. The thread and the manager end with this object.
class NetworkThread {
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    // Waits for the answer; `cancelled` is polled every few tens of milliseconds and aborts
    // the request when it returns true. With a `receiver`, the body of a 2xx answer is handed
    // to it while it arrives (through a few reused buffers, so memory stays bounded and fresh
    // memory is not touched per request) instead of being collected in `HttpResponse::body`;
    // `HttpResponse::received` counts what it was given. Other answers collect their body.
    HttpResponse send(const HttpRequest &request, const std::function<bool()> &cancelled = {},
                      const BodyReceiver &receiver = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Semina::Azure
