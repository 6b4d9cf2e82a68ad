#include "vault/VaultLock.h"

#include "core/JobContext.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "store/ObjectStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::VaultLock)
};

const QString kLocksPrefix = QStringLiteral("locks/");
const QString kExclusiveName = QStringLiteral("locks/exclusive");
const QString kSharedPrefix = QStringLiteral("locks/shared/");
constexpr char kKind[] = "lock";
// Conditional puts that lose a race to another process taking the same lock are retried this often.
constexpr int kAttempts = 3;

// The id a lock object is sealed under: "exclusive", or the shared lock's random id.
QByteArray sealId(const QString &name)
{
    return name.section(QLatin1Char('/'), -1).toLatin1();
}

// What the lock says is a notice: it informs, and leaves no item of the job undone.
void warn(JobContext *context, const QString &item, const QString &message)
{
    if (context)
        context->notify(item, message);
    else
        qCWarning(lcVault).noquote() << item << message;
}

// The lock object `name`; nullopt when it is gone (released meanwhile). Head first, then the
// bytes: a takeover conditioned on the etag read here fails if the lock changed after it.
Result<std::optional<LockEntry>> readEntry(Vault &vault, const QString &name)
{
    const VaultLocation &location = vault.location();
    auto head = location.store->head(location.container, location.objectName(name));
    if (!head && head.error().code == ErrorCode::NotFound)
        return std::nullopt;
    if (!head)
        return fail(head.error());
    LockEntry entry{name, std::nullopt, {}, head->etag, head->lastModified, head->storeTime};
    auto sealed = location.store->get(location.container, location.objectName(name));
    if (!sealed && sealed.error().code == ErrorCode::NotFound)
        return std::nullopt;
    if (!sealed && sealed.error().code != ErrorCode::Corruption)
        return fail(sealed.error());
    auto plain = sealed ? vault.unseal(name, sealId(name), kKind, *sealed) : Result<QByteArray>(fail(sealed.error()));
    auto record = plain ? LockRecord::fromJson(*plain) : Result<LockRecord>(fail(plain.error()));
    if (record)
        entry.record = *record;
    else
        entry.problem = record.error().message;
    return entry;
}
} // namespace

QString LockEntry::staleReason(const QDateTime &now) const
{
    const bool storeClock = lastModified.isValid() && storeTime.isValid();
    if (record && !storeClock)
        return record->staleReason(now);
    if (record) {
        if (QString ended = record->endedProcessReason(); !ended.isEmpty())
            return ended;
    }
    const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(LockRecord::kStaleAfter).count();
    const QDateTime reference = storeClock ? storeTime : now;
    if (!lastModified.isValid() || lastModified.secsTo(reference) <= minutes * 60)
        return {};
    const QString written = Language::dateTimeText(lastModified);
    if (record)
        return Text::tr("the store last saw it refreshed at %1, more than %2 minutes ago").arg(written).arg(minutes);
    return Text::tr("it cannot be read and was written more than %1 minutes ago").arg(minutes);
}

QString LockEntry::describe() const
{
    if (record)
        return record->describe();
    return Text::tr("a lock that cannot be read (%1), written at %2")
        .arg(problem, Language::dateTimeText(lastModified));
}

VaultLock::VaultLock(Vault &vault, LockRecord record, JobContext *context)
    : m_vault(vault)
    , m_record(std::move(record))
    , m_context(context)
    , m_name(m_record.mode == LockMode::Exclusive ? kExclusiveName : kSharedPrefix + m_record.id)
{
}

VaultLock::~VaultLock()
{
    release();
}

Result<std::unique_ptr<VaultLock>> VaultLock::acquire(Vault &vault, LockMode mode, const QString &operation,
                                                      JobContext *context)
{
    auto record = LockRecord::forThisProcess(mode, operation);
    if (!record)
        return fail(record.error());
    std::unique_ptr<VaultLock> lock(new VaultLock(vault, *record, context));
    auto taken = mode == LockMode::Exclusive ? lock->takeExclusive() : lock->takeShared();
    if (!taken)
        return fail(taken.error());
    if (!lock->m_held) {
        qCInfo(lcVault) << "no lock object for" << operation << "in a vault it cannot write to (read-only or full)";
        return lock;
    }
    lock->m_refresher = std::thread(&VaultLock::refreshLoop, lock.get());
    qCDebug(lcVault) << "holding" << lock->m_name << "for" << operation;
    return lock;
}

Result<QByteArray> VaultLock::sealedRecord() const
{
    auto json = m_record.toJson();
    return m_vault.seal(sealId(m_name), kKind, json);
}

Result<> VaultLock::takeExclusive()
{
    const VaultLocation &location = m_vault.location();
    const QString object = location.objectName(m_name);
    std::lock_guard guard(m_objectMutex);
    for (int attempt = 0; attempt < kAttempts && !m_held; ++attempt) {
        auto sealed = sealedRecord();
        if (!sealed)
            return fail(sealed.error());
        auto put = location.store->put(location.container, object, *sealed, Store::PutCondition::ifAbsent());
        if (put) {
            m_etag = put->etag;
            m_held = true;
            break;
        }
        if (put.error().code != ErrorCode::Conflict)
            return fail(put.error());
        auto current = readEntry(m_vault, m_name);
        if (!current)
            return fail(current.error());
        if (!*current)
            continue; // released meanwhile
        if ((*current)->record && (*current)->record->id == m_record.id) {
            // Our own put, answered with a conflict when the store retried it after a lost reply.
            m_etag = (*current)->etag;
            m_held = true;
            break;
        }
        const QString stale = (*current)->staleReason(QDateTime::currentDateTimeUtc());
        if (stale.isEmpty())
            return fail(blockedError(**current));
        // Replaced only if still the stale lock read above: of two processes taking it over, one wins.
        auto taken
            = location.store->put(location.container, object, *sealed, Store::PutCondition::ifMatch((*current)->etag));
        if (!taken && taken.error().code != ErrorCode::Conflict)
            return fail(taken.error());
        if (taken) {
            m_etag = taken->etag;
            m_held = true;
            warn(m_context, m_name, Text::tr("Took over the stale lock of %1: %2.").arg((*current)->describe(), stale));
        }
    }
    if (!m_held)
        return fail(ErrorCode::Locked,
                    Text::tr("Other processes are taking the lock on the vault in %1 at this moment: run this again "
                             "in a minute.")
                        .arg(location.describe()));

    // Shared holders (restores) that started before this lock was taken keep it from being used.
    auto names = m_vault.listObjects(kSharedPrefix);
    if (!names) {
        removeOwn();
        return fail(names.error());
    }
    for (const QString &name : *names) {
        auto entry = readEntry(m_vault, name);
        if (!entry) {
            removeOwn();
            return fail(entry.error());
        }
        if (!*entry)
            continue;
        const QString stale = (*entry)->staleReason(QDateTime::currentDateTimeUtc());
        if (stale.isEmpty()) {
            removeOwn();
            return fail(blockedError(**entry));
        }
        if (auto removed = location.store->remove(location.container, location.objectName(name)); !removed) {
            removeOwn();
            return fail(removed.error());
        }
        warn(m_context, name, Text::tr("Removed the stale lock of %1: %2.").arg((*entry)->describe(), stale));
    }
    return {};
}

Result<> VaultLock::takeShared()
{
    const VaultLocation &location = m_vault.location();
    std::lock_guard guard(m_objectMutex);
    auto sealed = sealedRecord();
    if (!sealed)
        return fail(sealed.error());
    auto put = location.store->put(location.container, location.objectName(m_name), *sealed,
                                   Store::PutCondition::ifAbsent());
    // A vault this account may only read (a read-only SAS, a read-only drive or mount), or whose
    // disk is full: a shared holder changes nothing in it, so it goes on without a lock object
    // of its own (a restore is what a full backup disk must still allow); it still refuses to
    // run beside a live exclusive holder, which it can see.
    const bool readOnly = !put && put.error().code == ErrorCode::AccessDenied;
    const bool unwritable = !put && put.error().code == ErrorCode::Io;
    if (!put && !readOnly && !unwritable)
        return fail(put.error());
    if (put) {
        m_etag = put->etag;
        m_held = true;
    }
    // Written before looking: an exclusive holder taking its lock after this look sees ours.
    auto exclusive = readEntry(m_vault, kExclusiveName);
    if (!exclusive) {
        removeOwn();
        return fail(exclusive.error());
    }
    if (readOnly)
        warn(m_context, m_name,
             Text::tr("This account may only read the vault, so Semina works without a lock of its own: nothing "
                      "here changes the vault, but a backup or check started elsewhere meanwhile is not held back."));
    if (unwritable)
        warn(m_context, m_name,
             Text::tr("Semina could not write its lock into the vault, so it works without one: nothing here "
                      "changes the vault, but a backup or check started elsewhere meanwhile is not held back. "
                      "The cause: %1")
                 .arg(put.error().message));
    if (!*exclusive)
        return {};
    const QString stale = (*exclusive)->staleReason(QDateTime::currentDateTimeUtc());
    if (stale.isEmpty()) {
        removeOwn();
        return fail(blockedError(**exclusive));
    }
    // Only an exclusive taker may replace it (conditionally); removing it here could remove a
    // lock another process has just taken over.
    warn(m_context, kExclusiveName,
         Text::tr("Ignored the stale lock of %1: %2. semina-cli unlock --remove-stale removes it.")
             .arg((*exclusive)->describe(), stale));
    return {};
}

void VaultLock::removeOwn()
{
    const VaultLocation &location = m_vault.location();
    if (!m_held)
        return;
    m_held = false;
    if (m_lost)
        return;
    // An exclusive lock taken over meanwhile has another etag and is the new holder's.
    auto head = location.store->head(location.container, location.objectName(m_name));
    if (!head || head->etag != m_etag)
        return;
    if (auto removed = location.store->remove(location.container, location.objectName(m_name)); !removed)
        qCWarning(lcVault).noquote() << "could not remove the lock" << m_name << removed.error().message;
}

Result<> VaultLock::refresh()
{
    const VaultLocation &location = m_vault.location();
    std::lock_guard guard(m_objectMutex);
    if (!m_held)
        return fail(lostError());
    m_record.refreshed = QDateTime::currentDateTimeUtc();
    auto sealed = sealedRecord();
    if (!sealed)
        return fail(sealed.error());
    auto put = location.store->put(location.container, location.objectName(m_name), *sealed,
                                   Store::PutCondition::ifMatch(m_etag));
    if (!put && put.error().code == ErrorCode::Conflict) {
        // An earlier refresh whose outcome was unknown (a network error) may have been written
        // after all, under an etag this holder never heard of: the object still holding this
        // holder's record means the lock is still its own.
        auto current = readEntry(m_vault, m_name);
        if (current && *current && (*current)->record && (*current)->record->id == m_record.id) {
            m_etag = (*current)->etag;
            put = location.store->put(location.container, location.objectName(m_name), *sealed,
                                      Store::PutCondition::ifMatch(m_etag));
        }
    }
    if (put) {
        m_etag = put->etag;
        return {};
    }
    if (put.error().code != ErrorCode::Conflict && put.error().code != ErrorCode::NotFound)
        return fail(put.error()); // the store failed: the next refresh tries again
    // Another process found this lock stale and took it over or removed it: stop the job.
    m_lost = true;
    m_held = false;
    m_lostReason = put.error().message;
    qCWarning(lcVault).noquote() << "lost the lock" << m_name << m_lostReason;
    if (m_context)
        m_context->cancel();
    return fail(lostError());
}

void VaultLock::refreshLoop()
{
    std::unique_lock guard(m_refreshMutex);
    while (!m_wake.wait_for(guard, LockRecord::kRefreshEvery, [this] { return m_stopping; })) {
        guard.unlock();
        auto refreshed = refresh();
        guard.lock();
        if (!refreshed) {
            qCWarning(lcVault).noquote() << "refreshing" << m_name << "failed:" << refreshed.error().message;
            if (lost())
                return;
        }
    }
}

void VaultLock::release()
{
    {
        std::lock_guard guard(m_refreshMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_refresher.joinable())
        m_refresher.join();
    std::lock_guard guard(m_objectMutex);
    removeOwn();
}

bool VaultLock::held() const
{
    std::lock_guard guard(m_objectMutex);
    return m_held;
}

bool VaultLock::lost() const
{
    std::lock_guard guard(m_objectMutex);
    return m_lost;
}

Error VaultLock::lostError() const
{
    return {ErrorCode::Locked,
            Text::tr("Another process took over the lock on the vault in %1, as if this %2 had stopped, so it was "
                     "stopped: run it again once the other job is done.")
                .arg(m_vault.location().describe(), m_record.operationText()),
            m_lostReason};
}

Error VaultLock::blockedError(const LockEntry &holder) const
{
    const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(LockRecord::kStaleAfter).count();
    return {ErrorCode::Locked,
            Text::tr("The vault in %1 is in use by another job: %2. Wait for it to finish, then run this %3 again. "
                     "A lock whose process has ended is removed by itself (at once on the same machine, after %4 "
                     "minutes elsewhere); if you are sure that job no longer runs, semina-cli unlock removes its "
                     "lock now.")
                .arg(m_vault.location().describe(), holder.describe(), m_record.operationText())
                .arg(minutes),
            holder.name};
}

Result<QList<LockEntry>> VaultLock::list(Vault &vault)
{
    auto names = vault.listObjects(kLocksPrefix);
    if (!names)
        return fail(names.error());
    // The exclusive lock first: it is the one that blocks most.
    names->removeAll(kExclusiveName);
    names->prepend(kExclusiveName);
    QList<LockEntry> entries;
    for (const QString &name : *names) {
        auto entry = readEntry(vault, name);
        if (!entry)
            return fail(entry.error());
        if (*entry)
            entries.append(**entry);
    }
    return entries;
}

Result<QList<LockEntry>> VaultLock::remove(Vault &vault, bool staleOnly)
{
    auto entries = list(vault);
    if (!entries)
        return fail(entries.error());
    const VaultLocation &location = vault.location();
    QList<LockEntry> removed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const LockEntry &entry : *entries) {
        if (staleOnly && entry.staleReason(now).isEmpty())
            continue;
        // Still the lock judged above (not refreshed or taken over since)?
        auto head = location.store->head(location.container, location.objectName(entry.name));
        if (!head && head.error().code == ErrorCode::NotFound)
            continue;
        if (!head)
            return fail(head.error());
        if (head->etag != entry.etag)
            continue;
        if (auto ok = location.store->remove(location.container, location.objectName(entry.name)); !ok)
            return fail(ok.error());
        qCInfo(lcVault).noquote() << "removed the lock" << entry.name;
        removed.append(entry);
    }
    return removed;
}

} // namespace Semina::Vault
