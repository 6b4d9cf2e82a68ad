#pragma once

#include "core/Error.h"
#include "core/Progress.h"

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

    [[nodiscard]] bool isTerminal() const { return m_terminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
    bool m_progressShown = false;
};

} // namespace Semina::Cli
