#include "store/azure/NetworkThread.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

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
// A streamed body crosses from the network thread to the caller in pieces of this size, at
// most kPiecesWaiting at a time; the pieces are reused, so a transfer of any size touches
// the same few hundred KiB (fresh memory costs page faults, slow on virtual machines).
constexpr qsizetype kPieceSize = 256 * 1024;
constexpr std::size_t kPiecesWaiting = 8;
// What Qt itself may buffer of a streamed body before it stops reading the socket.
constexpr qint64 kReplyBuffer = 2 * 1024 * 1024;

// What one request shares between the caller and the network thread.
struct Exchange {
    // Only touched on the network thread.
    QPointer<QNetworkReply> reply;
    bool cancelled = false;
    bool streaming = false; // a receiver takes the body of a 2xx answer
    bool finishing = false; // finished() came; the answer follows once the body is handed over
    QByteArray body; // of an answer that is not streamed

    // Shared, under `mutex`.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> pieces; // waiting for the caller, in order
    std::vector<QByteArray> spare; // given back by the caller, for reuse
    bool stalled = false; // the network side stopped reading: no room for another piece
    std::optional<HttpResponse> answer;
};

bool isSuccess(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

// Moves what the reply holds into pieces while there is room for them (network thread).
// Returns false when it had to stop with bytes left in the reply.
bool pump(Exchange &exchange)
{
    QNetworkReply *reply = exchange.reply;
    if (!reply)
        return true;
    while (reply->bytesAvailable() > 0) {
        if (!exchange.streaming || !isSuccess(reply)) {
            exchange.body += reply->readAll(); // an error's short XML
            continue;
        }
        QByteArray piece;
        {
            std::lock_guard lock(exchange.mutex);
            if (exchange.pieces.size() >= kPiecesWaiting) {
                exchange.stalled = true;
                return false;
            }
            if (!exchange.spare.empty()) {
                piece = std::move(exchange.spare.back());
                exchange.spare.pop_back();
            }
        }
        if (piece.capacity() < kPieceSize)
            piece.reserve(kPieceSize);
        piece.resize(kPieceSize); // within its capacity: no new memory
        const qint64 read = reply->read(piece.data(), kPieceSize);
        if (read <= 0)
            break;
        piece.resize(read);
        {
            std::lock_guard lock(exchange.mutex);
            exchange.pieces.push_back(std::move(piece));
        }
        exchange.changed.notify_all();
    }
    return true;
}

// The answer, once finished() came and the whole body was handed over (network thread).
void complete(Exchange &exchange)
{
    QNetworkReply *reply = exchange.reply;
    if (!reply)
        return;
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.errorString = reply->errorString();
    response.cancelled = exchange.cancelled;
    response.headers = reply->rawHeaderPairs();
    response.body = std::move(exchange.body);
    exchange.reply = nullptr;
    reply->deleteLater();
    {
        std::lock_guard lock(exchange.mutex);
        exchange.answer = std::move(response);
    }
    exchange.changed.notify_all();
}
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

HttpResponse NetworkThread::send(const HttpRequest &request, const std::function<bool()> &cancelled,
                                 const BodyReceiver &receiver)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->streaming = bool(receiver);
    QMetaObject::invokeMethod(
        &d->context,
        [this, exchange, request]() {
            QNetworkRequest r(request.url);
            r.setTransferTimeout(request.transferTimeoutMs);
            r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            r.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
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
            if (exchange->streaming) {
                // Qt stops reading the socket when this much waits: the caller sets the pace.
                reply->setReadBufferSize(kReplyBuffer);
                QObject::connect(reply, &QNetworkReply::readyRead, reply, [exchange]() { pump(*exchange); });
            }
            QObject::connect(reply, &QNetworkReply::finished, reply, [exchange]() {
                exchange->finishing = true;
                if (!exchange->streaming) {
                    if (exchange->reply)
                        exchange->body = exchange->reply->readAll();
                    complete(*exchange);
                } else if (pump(*exchange)) {
                    complete(*exchange);
                }
            });
        },
        Qt::QueuedConnection);

    // The caller's side: hand pieces to the receiver, give their buffers back, and restart
    // the network side when it stalled for room; poll for cancellation meanwhile.
    using namespace std::chrono_literals;
    const auto poll = (cancelled || receiver) ? 25ms : 1000ms;
    bool abortSent = false;
    qint64 received = 0;
    const auto abort = [&]() {
        abortSent = true;
        QMetaObject::invokeMethod(
            &d->context,
            [exchange]() {
                exchange->cancelled = true;
                if (exchange->reply)
                    exchange->reply->abort(); // finished() follows at once
            },
            Qt::QueuedConnection);
    };
    const auto resume = [&]() {
        QMetaObject::invokeMethod(
            &d->context,
            [exchange]() {
                if (pump(*exchange) && exchange->finishing)
                    complete(*exchange);
            },
            Qt::QueuedConnection);
    };
    std::unique_lock lock(exchange->mutex);
    for (;;) {
        exchange->changed.wait_for(lock, poll, [&]() { return !exchange->pieces.empty() || exchange->answer; });
        while (!exchange->pieces.empty()) {
            QByteArray piece = std::move(exchange->pieces.front());
            exchange->pieces.pop_front();
            lock.unlock();
            if (!abortSent) {
                if (receiver(QByteArrayView(piece)))
                    received += piece.size();
                else
                    abort();
            }
            lock.lock();
            exchange->spare.push_back(std::move(piece));
            if (exchange->stalled) {
                exchange->stalled = false;
                lock.unlock();
                resume();
                lock.lock();
            }
        }
        if (exchange->answer)
            break;
        if (!abortSent && cancelled && cancelled()) {
            lock.unlock();
            abort();
            lock.lock();
        }
    }
    HttpResponse response = std::move(*exchange->answer);
    response.received = received;
    response.cancelled = response.cancelled || abortSent;
    return response;
}

} // namespace Semina::Azure
