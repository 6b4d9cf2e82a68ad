#pragma once

#include <QString>

namespace Semina::Cli {

class Console;

// The questions diskprep asks on a terminal. Each has its option, so nothing here runs when
// standard input is no terminal (scripts, tests).
namespace DiskprepPrompt {
// Whether standard input is a terminal.
bool interactive();
// Prints `question` on standard error and reads one line (trimmed); empty at end of input.
QString ask(Console &console, const QString &question);
} // namespace DiskprepPrompt

} // namespace Semina::Cli
