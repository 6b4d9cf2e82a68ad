#include "DiskprepPrompt.h"

#include "Console.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Semina::Cli::DiskprepPrompt {

bool interactive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString ask(Console &console, const QString &question)
{
    console.endProgress();
    console.err() << question << Qt::flush;
    char buffer[4096];
    if (!std::fgets(buffer, sizeof(buffer), stdin))
        return {};
    return QString::fromLocal8Bit(buffer).trimmed();
}

} // namespace Semina::Cli::DiskprepPrompt
