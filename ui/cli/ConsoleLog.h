#pragma once

namespace Semina::Cli {

class Console;

// Where log lines go while a command runs. By default only what a person must see: warnings
// and errors of Semina's own categories (and errors from anywhere), each on its own line of
// standard error, the progress line cleared first. With `--verbose` every log line, Semina's
// info and debug included. QT_LOGGING_RULES still overrides both.
// Installed for the lifetime of the object; the previous handler comes back afterwards.
class ConsoleLog {
public:
    ConsoleLog(Console &console, bool verbose);
    ~ConsoleLog();
    ConsoleLog(const ConsoleLog &) = delete;
    ConsoleLog &operator=(const ConsoleLog &) = delete;
};

} // namespace Semina::Cli
