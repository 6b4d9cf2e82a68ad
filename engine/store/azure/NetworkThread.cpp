#include "store/azure/NetworkThread.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QThread>

#include <future>

namespace Semina::Azure {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct NetworkThread::Private {
    QThread thread;
    QObject context; // lives on `thread`
    QNetworkAccessManager *network = nullptr; // created and destroyed on `thread`
};

namespace {
// What one request shares between the caller and the network thread.
struct Exchange {
    std::promise<HttpResponse> promise;
    QPointer<QNetworkReply> reply;
    bool cancelled = false; // only touched on the network thread
};
} // namespace

NetworkThread::NetworkThread()
    : d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("semina-azure-network"));
    d->context.moveToThread(&d->thread);
    d->thread.start();
    QMetaObject::invokeMethod(
        &d->context,
        [this]() {
            d->network = new QNetworkAccessManager();
            d->network->setProxy(QNetworkProxy::NoProxy);
            d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            d->network->setAutoDeleteReplies(false);
        },
        Qt::BlockingQueuedConnection);
}

NetworkThread::~NetworkThread()
{
    QMetaObject::invokeMethod(
        &d->context,
        [this]() {
            delete d->network; // aborts what is still running
            d->network = nullptr;
        },
        Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

HttpResponse NetworkThread::send(const HttpRequest &request, const std::function<bool()> &cancelled)
{
    auto exchange = std::make_shared<Exchange>();
    std::future<HttpResponse> answer = exchange->promise.get_future();
    QMetaObject::invokeMethod(
        &d->context,
        [this, exchange, request]() {
            QNetworkRequest r(request.url);
            r.setTransferTimeout(request.transferTimeoutMs);
            r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
            r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
            // Azure never compresses; asking for identity keeps Content-Length and MD5 exact.
            r.setRawHeader("Accept-Encoding", "identity");
            for (const auto &[name, value] : request.headers) {
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    r.setHeader(QNetworkRequest::ContentLengthHeader, value.toLongLong());
                else
                    r.setRawHeader(name, value);
            }
            QNetworkReply *reply = nullptr;
            if (request.verb == "HEAD")
                reply = d->network->head(r);
            else if (request.verb == "GET")
                reply = d->network->get(r);
            else if (request.verb == "DELETE")
                reply = d->network->deleteResource(r);
            else
                reply = d->network->sendCustomRequest(r, request.verb, request.body);
            exchange->reply = reply;
            QObject::connect(reply, &QNetworkReply::finished, reply, [exchange, reply]() {
                HttpResponse response;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.error = reply->error();
                response.errorString = reply->errorString();
                response.cancelled = exchange->cancelled;
                response.headers = reply->rawHeaderPairs();
                response.body = reply->readAll();
                reply->deleteLater();
                exchange->promise.set_value(std::move(response));
            });
        },
        Qt::QueuedConnection);

    using namespace std::chrono_literals;
    bool abortSent = false;
    while (answer.wait_for(cancelled ? 25ms : 1000ms) != std::future_status::ready) {
        if (!abortSent && cancelled && cancelled()) {
            abortSent = true;
            QMetaObject::invokeMethod(
                &d->context,
                [exchange]() {
                    exchange->cancelled = true;
                    if (exchange->reply)
                        exchange->reply->abort();
                },
                Qt::QueuedConnection);
        }
    }
    return answer.get();
}

} // namespace Semina::Azure
