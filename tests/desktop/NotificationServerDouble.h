#pragma once

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QVariantMap>

namespace Semina::Test {

// One Notify call as the server received it.
struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

// A stand-in for the desktop's notification server on the test's own session bus (the test runs
// under dbus-run-session): it owns org.freedesktop.Notifications, answers Notify with increasing
// ids and records every call. It lives on a thread of its own, so a caller on the test's thread
// may block waiting for its answer.
class NotificationServerDouble : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    NotificationServerDouble();
    ~NotificationServerDouble() override;

    // Registers the service; false when the bus refused it (another owner, no bus).
    bool start();
    [[nodiscard]] QList<NotifyCall> calls() const;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities() const;

private:
    QThread m_thread;
    mutable QMutex m_mutex;
    QList<NotifyCall> m_calls;
    uint m_nextId = 1;
    bool m_registered = false;
};

} // namespace Semina::Test
