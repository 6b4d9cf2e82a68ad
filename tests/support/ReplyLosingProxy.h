#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QThread>

class QTcpServer;
class QTcpSocket;

namespace Semina::Test {

// A loopback proxy in front of a Blob service, on a thread of its own, that forwards every byte
// both ways but loses the answer to the next request whose head holds a chosen marker: it cuts
// that connection as soon as the answer begins, so the service did the work but the client
// never hears of it (the write reached the server, the reply was lost).
class ReplyLosingProxy {
public:
    explicit ReplyLosingProxy(quint16 servicePort);
    ~ReplyLosingProxy();
    ReplyLosingProxy(const ReplyLosingProxy &) = delete;
    ReplyLosingProxy &operator=(const ReplyLosingProxy &) = delete;

    // 0 when it could not listen.
    [[nodiscard]] quint16 port() const { return m_port; }
    // The answer to the next request whose head contains `marker` ("PUT /account/c/name ") is lost.
    void loseNextReplyTo(const QByteArray &marker);
    // How many answers were lost so far.
    [[nodiscard]] int lost() const;

private:
    void listen();
    void forward(QTcpSocket *client);

    const quint16 m_servicePort;
    QThread m_thread;
    QObject m_home; // lives on m_thread, with the server and its sockets
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_marker;
    int m_lost = 0;
};

} // namespace Semina::Test
