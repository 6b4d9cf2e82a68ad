#pragma once

#include "core/Error.h"
#include "core/Progress.h"
#include "importjob/ImportJob.h"

#include <QList>
#include <QString>

namespace Semina::Offline {

// The server's import jobs, kept across crashes and restarts.
//
// Storage: one JSON file per job (<name in lower case>.json) in one folder, each written
// atomically (temporary file, fsync, rename, fsync of the folder), and a lock file that
// serialises read-modify-write between processes (the CLI and the wizard may run at once).
// Chosen over SQLite because a server holds a handful of jobs that change a few times each: a
// file per job cannot tear another job, needs no database driver at run time, and support
// can read a job with a text editor. Names are unique ignoring case, as on Windows.
class ImportJobStore {
public:
    // `folder`: created on first write; by default "jobs" in the application data folder.
    explicit ImportJobStore(QString folder = defaultFolder());

    static QString defaultFolder();
    [[nodiscard]] const QString &folder() const { return m_folder; }

    // Conflict when a job of that name (ignoring case) exists. Sets created, updated and
    // revision 1; returns the stored job.
    Result<ImportJob> add(ImportJob job);
    // NotFound naming `semina-cli jobs` when there is no such job.
    [[nodiscard]] Result<ImportJob> find(const QString &name) const;
    // Saves `job` over the stored one if `job.revision` is the stored revision (else Conflict:
    // someone else saved in between); returns the saved job with its new revision.
    Result<ImportJob> update(ImportJob job);
    // Moves the job to `state` when canMove() allows it; InvalidInput naming both states otherwise.
    Result<ImportJob> setState(const QString &name, ImportJobState state);

    // Every readable job, oldest first. A damaged record does not hide the others: it is
    // reported in `damaged` (when given) and skipped.
    [[nodiscard]] Result<QList<ImportJob>> list(QList<Warning> *damaged = nullptr) const;
    // The names of every job, for the "unique job name" rule.
    [[nodiscard]] Result<QStringList> names() const;

private:
    [[nodiscard]] QString pathFor(const QString &name) const;
    [[nodiscard]] Result<ImportJob> readFile(const QString &path) const;
    Result<> writeJob(const ImportJob &job);

    QString m_folder;
};

} // namespace Semina::Offline
