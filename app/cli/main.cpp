#include "CommandLine.h"
#include "Console.h"
#include "core/Language.h"
#include "crypto/Memory.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

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

// `importjob papers` draws PDF pages, and Qt's fonts need a QGuiApplication; every other command
// runs on QCoreApplication. Without a display the offscreen platform serves.
bool drawsPapers(int argc, char *argv[])
{
    bool importJob = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        importJob = importJob || argument == "importjob";
        if (importJob && argument == "papers")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    Semina::Crypto::installMemoryFunctions();
    std::unique_ptr<QCoreApplication> application;
    if (drawsPapers(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
