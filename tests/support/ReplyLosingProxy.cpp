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

void ReplyLosingProxy::loseNextReplyTo(const QByteArray &marker, int count)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append({marker, count});
    ++m_generation;
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
    auto seenSince = std::make_shared<quint64>(0); // the rules' generation `seen` was gathered under
    auto losing = std::make_shared<bool>(false);
    QObject::connect(client, &QTcpSocket::readyRead, service, [this, client, service, seen, seenSince, losing] {
        const QByteArray data = client->readAll();
        {
            QMutexLocker lock(&m_mutex);
            // A request sent before this rule was set must not match it later.
            if (*seenSince != m_generation) {
                seen->clear();
                *seenSince = m_generation;
            }
            seen->append(data);
            if (!m_rules.isEmpty() && seen->contains(m_rules.first().marker)) {
                if (--m_rules.first().count == 0) {
                    m_rules.removeFirst();
                    ++m_generation;
                }
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
