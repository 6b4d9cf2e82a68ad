#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace Semina::Cli {

class Command;
class Console;

// The `semina-cli` dispatcher: global options (--help, --version, --lang), then a command.
class CommandLine {
public:
    CommandLine();
    ~CommandLine();

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments, Console &console);

    [[nodiscard]] QString usage() const;
    // The manual page in roff, for `semina-cli --man` (ManPage.cpp).
    [[nodiscard]] QString manual() const;
    [[nodiscard]] QStringList commandNames() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Exit codes of the command line; the list is documented in docs/CLI.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitWarnings = 1; // finished, but some items failed (see the warnings)

} // namespace Semina::Cli
