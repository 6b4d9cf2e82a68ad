#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace Semina::Vault {

// Exclusive: the job writes or adopts objects (backup, check, key add|remove); no other job may
// run beside it. Shared: the job only reads complete objects (restore); others like it may run
// beside it, an exclusive one may not.
enum class LockMode { Shared, Exclusive };

// What a vault's lock object says about the job holding it (docs/FORMAT.md, "Locks").
struct LockRecord {
    // A holder refreshes its lock this often; one not refreshed for kStaleAfter is stale.
    static constexpr std::chrono::minutes kRefreshEvery{5};
    static constexpr std::chrono::minutes kStaleAfter{30};

    QString id; // 32 hex digits, random: tells this holder's lock from another's under one name
    LockMode mode = LockMode::Exclusive;
    QString host;
    qint64 pid = 0;
    QString user;
    QString operation; // "backup", "check", "restore", "key add", "key remove"
    QDateTime started;
    QDateTime refreshed;

    // A lock for a job of this process, started and refreshed now.
    static Result<LockRecord> forThisProcess(LockMode mode, const QString &operation);

    [[nodiscard]] QByteArray toJson() const;
    static Result<LockRecord> fromJson(const QByteArray &json);

    // Why the lock no longer protects anything, or empty while it may: its process on this host
    // is gone, or it was not refreshed for kStaleAfter (by `now`, trusting that the holder's
    // clock agrees; LockEntry::staleReason uses the store's clock when it knows it).
    [[nodiscard]] QString staleReason(const QDateTime &now) const;
    // Why its process is known to be gone (it ran on this host and no longer runs), or empty.
    [[nodiscard]] QString endedProcessReason() const;
    // "backup by pid 4242 of alice on host-a, since 2024-05-01 10:00:00 (refreshed 10:25:00)",
    // for messages.
    [[nodiscard]] QString describe() const;
    // The operation in the user's language.
    [[nodiscard]] QString operationText() const;
};

// Whether a process with this id runs on this machine (a process of another user counts).
bool processRuns(qint64 pid);

} // namespace Semina::Vault
