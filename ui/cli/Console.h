#pragma once

#include "core/Error.h"
#include "core/Progress.h"

#include <QMutex>
#include <QTextStream>

namespace Semina::Cli {

// Where a command writes: results to standard output, messages and progress to standard
// error. Tests hand in strings instead of the process's streams.
class Console {
public:
    Console(); // the process's stdout and stderr
    Console(QString *out, QString *err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "semina-cli: <message>" and the details, and returns the error's exit code.
    int report(const Error &error);
    // One line of progress on standard error, overwritten in place on a terminal.
    void showProgress(const Progress &progress);
    void endProgress();
    // A log line on standard error, on a line of its own: a progress line shown in place is
    // cleared first and drawn again by the next progress. Safe from any thread.
    void logLine(const QString &line);

    [[nodiscard]] bool isTerminal() const { return m_terminal; }

private:
    void endProgressLocked();

    QMutex m_errMutex; // progress comes from the job's threads, log lines from any
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_progressShown = false;
};

} // namespace Semina::Cli
