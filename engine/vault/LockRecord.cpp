#include "vault/LockRecord.h"

#include "core/Language.h"
#include "crypto/Random.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::VaultLock)
};

constexpr int kVersion = 1;

QString modeName(LockMode mode)
{
    return mode == LockMode::Exclusive ? QStringLiteral("exclusive") : QStringLiteral("shared");
}

QString timeText(const QDateTime &time)
{
    return Language::dateTimeText(time);
}
} // namespace

bool processRuns(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 only asks whether the process exists; EPERM means it does, under another user.
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

Result<LockRecord> LockRecord::forThisProcess(LockMode mode, const QString &operation)
{
    auto random = Crypto::randomBytes(16);
    if (!random)
        return fail(random.error());
    LockRecord record;
    record.id = QString::fromLatin1(random->toHex());
    record.mode = mode;
    record.host = QSysInfo::machineHostName();
    record.pid = qint64(::getpid());
    record.user = qEnvironmentVariable("USER");
    record.operation = operation;
    record.started = QDateTime::currentDateTimeUtc();
    record.refreshed = record.started;
    return record;
}

QByteArray LockRecord::toJson() const
{
    const QJsonObject object{{QStringLiteral("version"), kVersion},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("mode"), modeName(mode)},
                             {QStringLiteral("host"), host},
                             {QStringLiteral("pid"), pid},
                             {QStringLiteral("user"), user},
                             {QStringLiteral("operation"), operation},
                             {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("refreshed"), refreshed.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<LockRecord> LockRecord::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    LockRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    const QString mode = object.value(QStringLiteral("mode")).toString();
    record.mode = mode == QLatin1String("shared") ? LockMode::Shared : LockMode::Exclusive;
    record.host = object.value(QStringLiteral("host")).toString();
    record.pid = object.value(QStringLiteral("pid")).toInteger();
    record.user = object.value(QStringLiteral("user")).toString();
    record.operation = object.value(QStringLiteral("operation")).toString();
    record.started = QDateTime::fromString(object.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    record.refreshed = QDateTime::fromString(object.value(QStringLiteral("refreshed")).toString(), Qt::ISODateWithMs);
    if (object.value(QStringLiteral("version")).toInt() != kVersion || record.id.isEmpty()
        || (mode != QLatin1String("shared") && mode != QLatin1String("exclusive")) || !record.started.isValid()
        || !record.refreshed.isValid())
        return fail(ErrorCode::Corruption, Text::tr("The lock is malformed."));
    return record;
}

QString LockRecord::endedProcessReason() const
{
    if (host == QSysInfo::machineHostName() && !processRuns(pid))
        return Text::tr("its process %1 no longer runs on this machine").arg(pid);
    return {};
}

QString LockRecord::staleReason(const QDateTime &now) const
{
    if (QString ended = endedProcessReason(); !ended.isEmpty())
        return ended;
    const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(kStaleAfter).count();
    if (refreshed.secsTo(now) > minutes * 60)
        return Text::tr("it was last refreshed at %1, more than %2 minutes ago").arg(timeText(refreshed)).arg(minutes);
    return {};
}

QString LockRecord::operationText() const
{
    if (operation == QLatin1String("backup"))
        return Text::tr("backup");
    if (operation == QLatin1String("check"))
        return Text::tr("check");
    if (operation == QLatin1String("restore"))
        return Text::tr("restore");
    if (operation == QLatin1String("key add"))
        return Text::tr("key add");
    if (operation == QLatin1String("key remove"))
        return Text::tr("key remove");
    return operation;
}

QString LockRecord::describe() const
{
    return Text::tr("%1 (process %2 of user \"%3\" on host \"%4\", running since %5, last refreshed %6)")
        .arg(operationText())
        .arg(pid)
        .arg(user, host, timeText(started), timeText(refreshed));
}

} // namespace Semina::Vault
