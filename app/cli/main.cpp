#include "CommandLine.h"
#include "Console.h"
#include "core/Language.h"
#include "crypto/Memory.h"

#include <QCoreApplication>

namespace {
// --lang must be known before any text is printed, so main() looks for it first.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(QLatin1Char('-')))
            break;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    Semina::Crypto::installMemoryFunctions();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Semina"));
    QCoreApplication::setApplicationName(QStringLiteral("Semina"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEMINA_VERSION));

    Semina::Cli::Console console;
    const auto language = Semina::Language::setUp(app, requestedLanguage(QCoreApplication::arguments()));
    if (!language)
        return console.report(language.error());

    Semina::Cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), console);
}
