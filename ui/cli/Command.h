#pragma once

#include <QStringList>

namespace Semina::Cli {

class Console;

// One `semina-cli` command: a small class that parses its own arguments and calls the engine.
class Command {
public:
    virtual ~Command() = default;

    // The words that select it, e.g. "keychain".
    [[nodiscard]] virtual QString name() const = 0;
    // One line for the list of commands.
    [[nodiscard]] virtual QString summary() const = 0;
    // `arguments` starts with the command's name; returns the process's exit code.
    virtual int run(const QStringList &arguments, Console &console) = 0;
};

} // namespace Semina::Cli
