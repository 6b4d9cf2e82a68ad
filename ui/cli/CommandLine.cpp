#include "CommandLine.h"

#include "Command.h"
#include "Console.h"
#include "ConsoleLog.h"
#include "commands/AccountCommand.h"
#include "commands/BackupCommand.h"
#include "commands/CertgenCommand.h"
#include "commands/CheckCommand.h"
#include "commands/DiskprepCommand.h"
#include "commands/DriveCommand.h"
#include "commands/DrivesCommand.h"
#include "commands/ImportJobCommand.h"
#include "commands/InitCommand.h"
#include "commands/JobsCommand.h"
#include "commands/KeyCommand.h"
#include "commands/KeychainCommand.h"
#include "commands/OfflineBackupCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/ServiceCommand.h"
#include "commands/SnapshotsCommand.h"
#include "commands/StatusCommand.h"
#include "commands/SubscriptionCommand.h"
#include "commands/UnlockCommand.h"

#include <QCoreApplication>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli)
};
} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<AccountCommand>());
    m_commands.push_back(std::make_unique<KeychainCommand>());
    m_commands.push_back(std::make_unique<SubscriptionCommand>());
    m_commands.push_back(std::make_unique<CertgenCommand>());
    m_commands.push_back(std::make_unique<OfflineBackupCommand>());
    m_commands.push_back(std::make_unique<JobsCommand>());
    m_commands.push_back(std::make_unique<ServiceCommand>());
    m_commands.push_back(std::make_unique<ImportJobCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<DrivesCommand>());
    m_commands.push_back(std::make_unique<DiskprepCommand>());
    m_commands.push_back(std::make_unique<DriveCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<SnapshotsCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<KeyCommand>());
    m_commands.push_back(std::make_unique<UnlockCommand>());
}

CommandLine::~CommandLine() = default;

QString CommandLine::usage() const
{
    QString text
        = Text::tr("Usage: semina-cli [--lang en|it] [--verbose] COMMAND [ARGUMENTS...]\n"
                   "Seeds a large first backup on encrypted drives, then keeps it current over the network.\n\n"
                   "Commands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(22), command->summary());
    text += Text::tr("\nOptions:\n"
                     "  --help, -h              Show this help; COMMAND --help shows a command's own.\n"
                     "  --version               Show the version.\n"
                     "  --lang en|it            Use this language from now on.\n"
                     "  --verbose               Also show Semina's informational log lines (anywhere on the "
                     "line).\n\n"
                     "Exit codes are listed in docs/CLI.md.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, Console &console)
{
    QStringList rest = arguments.mid(1);
    // --verbose may stand anywhere before "--": it is what a person adds at the end of a line.
    const qsizetype end = rest.indexOf(QStringLiteral("--"));
    const bool verbose = rest.first(end < 0 ? rest.size() : end).contains(QStringLiteral("--verbose"));
    for (qsizetype i = (end < 0 ? rest.size() : end) - 1; i >= 0; --i) {
        if (rest[i] == QLatin1String("--verbose"))
            rest.removeAt(i);
    }
    const ConsoleLog log(console, verbose);
    // Global options come before the command; --lang was already applied by main().
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            console.out() << usage() << Qt::flush;
            return kExitOk;
        }
        if (option == QLatin1String("--man")) { // not in the usage: the build makes the manual page with it
            console.out() << manual() << Qt::flush;
            return kExitOk;
        }
        if (option == QLatin1String("--version")) {
            console.out() << "semina-cli " << SEMINA_VERSION << Qt::endl;
            return kExitOk;
        }
        if (option == QLatin1String("--lang") && !rest.isEmpty()) {
            rest.removeFirst();
            continue;
        }
        if (option.startsWith(QLatin1String("--lang=")))
            continue;
        console.err() << usage();
        return console.report(
            {ErrorCode::Usage, Text::tr("Unknown option \"%1\": see the options above.").arg(option)});
    }
    if (rest.isEmpty()) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("No command given: choose one of the commands above.")});
    }
    for (const auto &command : m_commands) {
        if (command->name() == rest.first())
            return command->run(rest, console);
    }
    return console.report(
        {ErrorCode::Usage,
         Text::tr("Unknown command \"%1\": run semina-cli --help to list the commands.").arg(rest.first())});
}

} // namespace Semina::Cli
