#include "ReplyLosingProxy.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Semina::Test {

ReplyLosingProxy::ReplyLosingProxy(quint16 servicePort)
    : m_servicePort(servicePort)
{
    m_home.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        &m_home, [this] { listen(); }, Qt::BlockingQueuedConnection);
}

ReplyLosingProxy::~ReplyLosingProxy()
{
    // The server and its sockets belong to the proxy's thread: they end there.
    QMetaObject::invokeMethod(
        &m_home, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReplyLosingProxy::loseNextReplyTo(const QByteArray &marker)
{
    QMutexLocker lock(&m_mutex);
    m_marker = marker;
}

int ReplyLosingProxy::lost() const
{
    QMutexLocker lock(&m_mutex);
    return m_lost;
}

void ReplyLosingProxy::listen()
{
    m_server = new QTcpServer;
    if (!m_server->listen(QHostAddress::LocalHost)) {
        qWarning("the proxy could not listen: %s", qPrintable(m_server->errorString()));
        return;
    }
    m_port = m_server->serverPort();
    QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection())
            forward(client);
    });
}

void ReplyLosingProxy::forward(QTcpSocket *client)
{
    auto *service = new QTcpSocket(client);
    service->connectToHost(QHostAddress::LocalHost, m_servicePort);
    if (!service->waitForConnected(10'000)) {
        client->abort();
        client->deleteLater();
        return;
    }
    auto seen = std::make_shared<QByteArray>(); // what the client sent, for the marker
    auto losing = std::make_shared<bool>(false);
    QObject::connect(client, &QTcpSocket::readyRead, service, [this, client, service, seen, losing] {
        const QByteArray data = client->readAll();
        seen->append(data);
        {
            QMutexLocker lock(&m_mutex);
            if (!m_marker.isEmpty() && seen->contains(m_marker)) {
                m_marker.clear();
                ++m_lost;
                *losing = true;
                seen->clear();
            }
        }
        if (seen->size() > 64 * 1024) // a tail is kept for a marker split between reads
            seen->remove(0, seen->size() - 1024);
        service->write(data);
    });
    // HTTP/1.1 without pipelining: the next answer on this connection is the one to lose.
    QObject::connect(service, &QTcpSocket::readyRead, client, [client, service, losing] {
        if (*losing) {
            service->abort();
            client->abort();
            client->deleteLater();
            return;
        }
        client->write(service->readAll());
    });
    QObject::connect(service, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace Semina::Test
