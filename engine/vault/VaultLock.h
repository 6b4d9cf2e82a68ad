#pragma once

#include "core/Error.h"
#include "vault/LockRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Semina {
class JobContext;
}

namespace Semina::Vault {

class Vault;

// One lock object of a vault as found in the store.
struct LockEntry {
    QString name; // "locks/exclusive" or "locks/shared/<id>"
    std::optional<LockRecord> record; // empty when the object cannot be read
    QString problem; // why it cannot be read
    QByteArray etag;
    QDateTime lastModified; // by the store's clock
    QDateTime storeTime; // the store's clock when it answered; invalid when unknown

    // Why it no longer protects anything, or empty while it may: its process ended on this host,
    // or the store has not seen it written (refreshed) for kStaleAfter. The age is measured on
    // the store's clock when the store tells it, so a machine whose clock is off can neither
    // make a live lock look stale nor keep a dead one alive; `now` (this machine's clock, against
    // the record's refresh time) only when it does not.
    [[nodiscard]] QString staleReason(const QDateTime &now) const;
    [[nodiscard]] QString describe() const;
};

// A job's lock on a vault, held from acquire() until it is destroyed, so two processes never
// work on one vault in ways that corrupt each other's work (docs/FORMAT.md, "Locks"): one
// exclusive holder (the object "locks/exclusive", written only if absent), or any number of
// shared ones ("locks/shared/<id>"). A thread refreshes the lock every kRefreshEvery; if another
// process takes it over meanwhile (it found the lock stale), the job's context is cancelled
// and lost() tells why. Works on every ObjectStore. In a vault the account may only read
// (writing the lock object is AccessDenied) a shared holder goes on without a lock object, with
// a warning; held() is then false.
class VaultLock {
public:
    // Takes the lock, removing stale locks in the way with a warning on `context`; Locked when
    // another live job holds a conflicting one, naming it and the fix.
    static Result<std::unique_ptr<VaultLock>> acquire(Vault &vault, LockMode mode, const QString &operation,
                                                      JobContext *context);
    ~VaultLock();
    VaultLock(const VaultLock &) = delete;
    VaultLock &operator=(const VaultLock &) = delete;

    // Writes the refresh time now (the refreshing thread calls it); an error when the lock was
    // lost or the store failed.
    Result<> refresh();
    // Stops refreshing and removes the lock object (unless someone else took it over).
    void release();

    [[nodiscard]] bool lost() const;
    // Whether a lock object of this holder is in the vault.
    [[nodiscard]] bool held() const;
    // The error a job that lost its lock ends with.
    [[nodiscard]] Error lostError() const;
    [[nodiscard]] const LockRecord &record() const { return m_record; }
    [[nodiscard]] const QString &objectName() const { return m_name; }

    // Every lock object of the vault, exclusive first.
    static Result<QList<LockEntry>> list(Vault &vault);
    // Removes the stale locks, or every lock unless `staleOnly` (semina-cli unlock); returns
    // those removed. A lock refreshed or taken over since it was listed is left alone.
    static Result<QList<LockEntry>> remove(Vault &vault, bool staleOnly);

private:
    VaultLock(Vault &vault, LockRecord record, JobContext *context);
    Result<> takeExclusive();
    Result<> takeShared();
    Result<QByteArray> sealedRecord() const;
    // Removes this holder's lock object.
    void removeOwn();
    void refreshLoop();
    Error blockedError(const LockEntry &holder) const;

    Vault &m_vault;
    LockRecord m_record;
    JobContext *m_context;
    QString m_name;
    mutable std::mutex m_objectMutex; // guards the fields below and the object's writes
    QByteArray m_etag;
    bool m_held = false;
    bool m_lost = false;
    QString m_lostReason;
    std::mutex m_refreshMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_refresher;
};

// Runs `job` (returning a Result) while holding the vault's lock, released however the job
// ends; a job stopped because its lock was taken over ends with lostError().
template <typename Job>
auto withVaultLock(Vault &vault, LockMode mode, const QString &operation, JobContext &context, Job &&job)
    -> decltype(job())
{
    auto lock = VaultLock::acquire(vault, mode, operation, &context);
    if (!lock)
        return fail(lock.error());
    auto result = job();
    if (!result && (*lock)->lost())
        return fail((*lock)->lostError());
    return result;
}

} // namespace Semina::Vault
