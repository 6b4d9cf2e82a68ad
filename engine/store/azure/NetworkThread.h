#pragma once

#include <QByteArray>
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

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// A thread of its own running one QNetworkAccessManager, so the store's synchronous calls
// work from any thread without a nested event loop: send() hands the request over and waits
// on a future. The thread and the manager end with this object.
class NetworkThread {
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    // Waits for the answer; `cancelled` is polled every few tens of milliseconds and aborts
    // the request when it returns true.
    HttpResponse send(const HttpRequest &request, const std::function<bool()> &cancelled = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Semina::Azure
