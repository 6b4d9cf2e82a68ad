#include "Icons.h"

#include <QDir>

namespace Semina::Ui {

namespace {
// Every size rendered at build time (resources/CMakeLists.txt) goes into the icon, so Qt picks
// a sharp one for each size and screen scale.
QIcon embedded(const QString &name)
{
    QIcon icon;
    const QDir root(QStringLiteral(":/icons"));
    for (const QString &size : root.entryList(QDir::Dirs, QDir::NoSort)) {
        const QString file = root.filePath(size + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (QFile::exists(file))
            icon.addFile(file, QSize(size.toInt(), size.toInt()));
    }
    return icon;
}

QIcon themed(const QString &themeName, const QString &ownName)
{
    return QIcon::fromTheme(themeName, embedded(ownName));
}

QString badgeName(StatusBadge badge)
{
    switch (badge) {
    case StatusBadge::Pending:
        return QStringLiteral("pending");
    case StatusBadge::Working:
        return QStringLiteral("working");
    case StatusBadge::Shipping:
        return QStringLiteral("shipping");
    case StatusBadge::Received:
        return QStringLiteral("received");
    case StatusBadge::Done:
        return QStringLiteral("done");
    case StatusBadge::Warning:
        return QStringLiteral("warning");
    case StatusBadge::Error:
        return QStringLiteral("error");
    case StatusBadge::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}
} // namespace

QIcon applicationIcon()
{
    return themed(QStringLiteral(SEMINA_APP_ID), QStringLiteral(SEMINA_APP_ID));
}

QIcon workflowIcon(Workflow workflow)
{
    return themed(QStringLiteral("semina-") + workflowId(workflow), QStringLiteral("workflow-") + workflowId(workflow));
}

QIcon statusIcon(StatusBadge badge)
{
    const QString own = QStringLiteral("state-") + badgeName(badge);
    // The freedesktop names where the specification has the meaning; Semina's own otherwise.
    switch (badge) {
    case StatusBadge::Warning:
        return themed(QStringLiteral("dialog-warning"), own);
    case StatusBadge::Error:
        return themed(QStringLiteral("dialog-error"), own);
    default:
        return themed(QStringLiteral("semina-state-") + badgeName(badge), own);
    }
}

StatusBadge badgeFor(Offline::ImportJobState state)
{
    using Offline::ImportJobState;
    switch (state) {
    case ImportJobState::Creating:
        return StatusBadge::Pending;
    case ImportJobState::Seeding:
    case ImportJobState::Transferring:
    case ImportJobState::Packaging:
        return StatusBadge::Working;
    case ImportJobState::Shipping:
        return StatusBadge::Shipping;
    case ImportJobState::Received:
        return StatusBadge::Received;
    case ImportJobState::Seeded:
    case ImportJobState::DrivesPrepared:
    case ImportJobState::Completed:
        return StatusBadge::Done;
    case ImportJobState::Closed:
        return StatusBadge::Error;
    case ImportJobState::Canceled:
        return StatusBadge::Canceled;
    }
    return StatusBadge::Pending;
}

QIcon jobStateIcon(Offline::ImportJobState state)
{
    return statusIcon(badgeFor(state));
}

} // namespace Semina::Ui
