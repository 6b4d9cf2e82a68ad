#pragma once

#include "core/Error.h"

#include <QDBusConnection>
#include <QString>

namespace Semina::Desktop {

// The freedesktop urgency levels, sent as the "urgency" hint (a byte).
enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

// One notice for the desktop: a short summary and a sentence or two saying what to do.
struct Notice {
    QString summary;
    QString body;
    Urgency urgency = Urgency::Normal;
    // A freedesktop category ("transfer.complete", "transfer.error"), or empty for none.
    QString category = {};
};

// Sends notices through org.freedesktop.Notifications (Notify) on a D-Bus connection, the session
// bus by default: Semina's name and icon, the summary, the body, the urgency and category hints,
// and the desktop entry's id so the desktop groups them with Semina. Usable from any thread,
// without Widgets and without an event loop: each call waits for the server's answer for at most
// kReplyTimeoutMs, so call it from a worker thread or where a short wait does not matter.
//
// A machine without a session bus or a notification server (a server, a cron job) is normal:
// notify() then returns the error, the first such failure of the process is logged (category
// semina.engine.desktop, at info level: QT_LOGGING_RULES="semina.engine.desktop.info=true"), and
// the caller goes on.
class DesktopNotifier {
public:
    static constexpr int kReplyTimeoutMs = 2000;

    explicit DesktopNotifier(QDBusConnection connection = QDBusConnection::sessionBus());

    // The server's id of the notice; Network when no server took it.
    Result<quint32> notify(const Notice &notice);

private:
    QDBusConnection m_connection;
};

} // namespace Semina::Desktop
