#pragma once

#include <QMetaType>
#include <QString>

namespace Semina {

// A snapshot of a long job's progress, cheap to copy across threads.
// Totals are -1 while unknown (a scan still running); rate and ETA are filled by the JobContext.
struct Progress {
    QString phase; // translated, e.g. "Copying files"
    QString currentItem; // the file or object being worked on
    qint64 itemsDone = 0;
    qint64 itemsTotal = -1;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;
    double bytesPerSecond = 0.0;
    qint64 secondsLeft = -1; // -1: unknown

    // 0..1 by bytes when their total is known, else by items, else -1.
    [[nodiscard]] double fraction() const;
};

// A failure that does not end the job: one unreadable file does not stop a backup. A notice
// only informs (a stale lock taken over): nothing was left undone, so it does not make the job
// "finished with warnings" (the CLI's exit code 1).
struct Warning {
    QString item;
    QString message;
    bool notice = false;
};

} // namespace Semina

Q_DECLARE_METATYPE(Semina::Progress)
Q_DECLARE_METATYPE(Semina::Warning)
