#include "NotificationServerDouble.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutexLocker>

namespace Semina::Test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

NotificationServerDouble::NotificationServerDouble()
{
    m_thread.setObjectName(QStringLiteral("notification-server-double"));
    m_thread.start();
    moveToThread(&m_thread);
}

NotificationServerDouble::~NotificationServerDouble()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(kPath);
        bus.unregisterService(kService);
    }
    m_thread.quit();
    m_thread.wait();
}

bool NotificationServerDouble::start()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots))
        return false;
    m_registered = bus.registerService(kService);
    return m_registered;
}

QList<NotifyCall> NotificationServerDouble::calls() const
{
    const QMutexLocker lock(&m_mutex);
    return m_calls;
}

uint NotificationServerDouble::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                      const QString &summary, const QString &body, const QStringList &actions,
                                      const QVariantMap &hints, int expireTimeout)
{
    const QMutexLocker lock(&m_mutex);
    m_calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    return m_nextId++;
}

QStringList NotificationServerDouble::GetCapabilities() const
{
    return {QStringLiteral("body")};
}

} // namespace Semina::Test
