#include "importjob/ImportJobStore.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"
#include "offline/AzureNames.h"
#include "offline/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace Semina::Offline {

namespace {

// Holds the store's lock for one read-modify-write; a lock left by a crashed process is taken
// over once it is older than the stale time.
class StoreLock {
public:
    explicit StoreLock(const QString &folder)
        : m_lock(QDir(folder).filePath(QStringLiteral(".lock")))
    {
        m_lock.setStaleLockTime(30'000);
    }
    Result<> acquire(const QString &folder)
    {
        if (m_lock.tryLock(30'000))
            return {};
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "Another Semina process keeps the job list in \"%1\" busy: wait for it to finish, then try "
                        "again.")
                        .arg(QDir::toNativeSeparators(folder)));
    }

private:
    QLockFile m_lock;
};

} // namespace

ImportJobStore::ImportJobStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString ImportJobStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("jobs"));
}

QString ImportJobStore::pathFor(const QString &name) const
{
    return QDir(m_folder).filePath(name.toLower() + QStringLiteral(".json"));
}

Result<ImportJob> ImportJobStore::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Offline::ImportJobStore",
                                                "Cannot read the job record \"%1\": check its permissions.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto job = document.isObject() ? ImportJob::fromJson(document.object())
                                   : Result<ImportJob>(fail(ErrorCode::Corruption, parseError.errorString()));
    if (!job)
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "The job record \"%1\" is damaged: move it away; the other jobs are not affected.")
                        .arg(QDir::toNativeSeparators(path)),
                    job.error().message);
    return job;
}

Result<> ImportJobStore::writeJob(const ImportJob &job)
{
    return writeFileAtomically(pathFor(job.name), QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented));
}

Result<ImportJob> ImportJobStore::add(ImportJob job)
{
    if (!AzureNames::isImportJobName(job.name))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "\"%1\" is not a job name: use 3 to 64 letters, digits, hyphens and underscores.")
                        .arg(job.name));
    if (auto folder = ensureFolder(m_folder); !folder)
        return fail(folder.error());
    StoreLock lock(m_folder);
    if (auto locked = lock.acquire(m_folder); !locked)
        return fail(locked.error());
    if (QFile::exists(pathFor(job.name)))
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "A job named \"%1\" exists already: choose another name (semina-cli jobs lists them).")
                        .arg(job.name));
    job.created = job.updated = QDateTime::currentDateTimeUtc();
    job.revision = 1;
    if (auto written = writeJob(job); !written)
        return fail(written.error());
    qCDebug(lcOffline) << "recorded import job" << job.name << stateName(job.state);
    return job;
}

Result<ImportJob> ImportJobStore::find(const QString &name) const
{
    if (!AzureNames::isImportJobName(name) || !QFile::exists(pathFor(name)))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "There is no import job named \"%1\" on this server: semina-cli jobs lists them.")
                        .arg(name));
    return readFile(pathFor(name));
}

Result<ImportJob> ImportJobStore::update(ImportJob job)
{
    if (!QDir(m_folder).exists())
        return find(job.name); // NotFound, without making a folder for nothing
    StoreLock lock(m_folder);
    if (auto locked = lock.acquire(m_folder); !locked)
        return fail(locked.error());
    auto stored = find(job.name);
    if (!stored)
        return stored;
    if (stored->revision != job.revision)
        return fail(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "Semina::Offline::ImportJobStore",
                        "The job \"%1\" was changed by another process meanwhile: read it again and repeat the change.")
                        .arg(job.name));
    job.created = stored->created;
    job.updated = QDateTime::currentDateTimeUtc();
    job.revision = stored->revision + 1;
    if (auto written = writeJob(job); !written)
        return fail(written.error());
    return job;
}

Result<ImportJob> ImportJobStore::setState(const QString &name, ImportJobState state)
{
    auto job = find(name);
    if (!job)
        return job;
    if (job->state == state)
        return job;
    if (!canMove(job->state, state))
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Semina::Offline::ImportJobStore", "The job \"%1\" is %2 and cannot become %3.")
                .arg(name, stateLabel(job->state), stateLabel(state)));
    job->state = state;
    return update(*job);
}

Result<QList<ImportJob>> ImportJobStore::list(QList<Warning> *damaged) const
{
    QList<ImportJob> jobs;
    const QDir folder(m_folder);
    if (!folder.exists())
        return jobs;
    // Leftover temporary files of an interrupted save start with a dot and are not listed.
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        auto job = readFile(folder.filePath(fileName));
        if (job) {
            jobs.append(std::move(*job));
        } else if (damaged) {
            damaged->append({folder.filePath(fileName), job.error().message});
        }
    }
    std::ranges::stable_sort(jobs, {}, &ImportJob::created);
    return jobs;
}

Result<QStringList> ImportJobStore::names() const
{
    auto jobs = list();
    if (!jobs)
        return fail(jobs.error());
    QStringList result;
    for (const ImportJob &job : *jobs)
        result.append(job.name);
    // A damaged record still takes its name.
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        if (!result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

} // namespace Semina::Offline
