#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

class QTcpServer;
class QTcpSocket;

namespace Semina::Test {

// A loopback proxy in front of a Blob service, on a thread of its own, that forwards every byte
// both ways but loses the answers to the next requests whose heads hold a chosen marker: it
// cuts that connection as soon as the answer begins, so the service did the work but the client
// never hears of it (the write reached the server, the reply was lost). Only what a connection
// sends after a marker was set is searched for it.
class ReplyLosingProxy {
public:
    explicit ReplyLosingProxy(quint16 servicePort);
    ~ReplyLosingProxy();
    ReplyLosingProxy(const ReplyLosingProxy &) = delete;
    ReplyLosingProxy &operator=(const ReplyLosingProxy &) = delete;

    // 0 when it could not listen.
    [[nodiscard]] quint16 port() const { return m_port; }
    // The answers to the next `count` requests whose heads contain `marker` ("PUT /account/c/name ")
    // are lost. Markers set one after the other are matched in that order.
    void loseNextReplyTo(const QByteArray &marker, int count = 1);
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
    struct Rule {
        QByteArray marker;
        int count = 0;
    };
    mutable QMutex m_mutex;
    QList<Rule> m_rules; // the first one is matched
    quint64 m_generation = 0; // counts rule changes: a connection then forgets what it saw
    int m_lost = 0;
};

} // namespace Semina::Test
