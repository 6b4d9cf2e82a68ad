#include "desktop/DesktopNotifier.h"

#include <QDBusMessage>
#include <QLoggingCategory>
#include <QVariantMap>

#include <atomic>

Q_LOGGING_CATEGORY(lcDesktop, "semina.engine.desktop", QtWarningMsg)

namespace Semina::Desktop {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// Only the first failure is logged: without a server every notice fails alike.
std::atomic_bool g_failureLogged = false;

Result<quint32> unavailable(const QString &reason)
{
    if (!g_failureLogged.exchange(true))
        qCInfo(lcDesktop) << "desktop notices are off: no notification server answered:" << reason;
    return fail(
        ErrorCode::Network,
        QCoreApplication::translate("Semina::Desktop::DesktopNotifier", "No desktop notification server answered: %1")
            .arg(reason));
}
} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection connection)
    : m_connection(std::move(connection))
{
}

Result<quint32> DesktopNotifier::notify(const Notice &notice)
{
    if (!m_connection.isConnected())
        return unavailable(
            QCoreApplication::translate("Semina::Desktop::DesktopNotifier", "there is no D-Bus session bus."));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(notice.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(SEMINA_APP_ID));
    if (!notice.category.isEmpty())
        hints.insert(QStringLiteral("category"), notice.category);

    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QString appName = QStringLiteral("Semina");
    const QString appIcon = QStringLiteral(SEMINA_APP_ID);
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
    // a new notice each time, no actions, the server's own expiry.
    call << appName << quint32(0) << appIcon << notice.summary << notice.body << QStringList() << hints << qint32(-1);
    // QDBus::Block waits without running an event loop.
    const QDBusMessage reply = m_connection.call(call, QDBus::Block, kReplyTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return unavailable(reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage());
    const QList<QVariant> values = reply.arguments();
    if (values.size() != 1 || values.first().metaType() != QMetaType::fromType<quint32>())
        return unavailable(QCoreApplication::translate("Semina::Desktop::DesktopNotifier",
                                                       "the notification server gave an unexpected answer."));
    return values.first().value<quint32>();
}

} // namespace Semina::Desktop
