#include "Icons.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "core/Language.h"
#include "crypto/Memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

namespace {
// --help and --version print text only, so they are answered without a display: a terminal on a
// server has none, and a QApplication would fail to start there.
bool printsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    Semina::Crypto::installMemoryFunctions();
    QGuiApplication::setDesktopFileName(QStringLiteral(SEMINA_APP_ID));
    const std::unique_ptr<QCoreApplication> application = printsTextOnly(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Semina"));
    QCoreApplication::setApplicationName(QStringLiteral("Semina"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEMINA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Semina seeds a large first backup on encrypted drives, then keeps it current over the network.\n"
        "Without options it opens the main window with the six workflows; semina-cli is its twin on the "
        "command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Use this language from now on (en or it)."),
                                        QStringLiteral("language"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a picture of every window into this folder and quit."),
        QStringLiteral("folder"));
    parser.addOption(langOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    // Translators go in before any widget exists: QWizard fixes its button texts when created.
    const auto language = Semina::Language::setUp(app, parser.value(langOption));
    if (!language) {
        QTextStream(stderr) << "semina: " << language.error().message << Qt::endl;
        return Semina::exitCodeFor(language.error().code);
    }

    if (parser.isSet(screenshotsOption)) {
        // The tour runs on the event loop: the wizards' jobs run as they do for a person.
        Semina::Ui::startScreenshotTour(
            parser.value(screenshotsOption), *language, [](Semina::Result<QStringList> written) {
                if (!written) {
                    QTextStream(stderr) << "semina: " << written.error().message << Qt::endl;
                    QCoreApplication::exit(Semina::exitCodeFor(written.error().code));
                    return;
                }
                QTextStream out(stdout);
                for (const QString &path : *written)
                    out << path << Qt::endl;
                QCoreApplication::exit(0);
            });
        return QApplication::exec();
    }

    QApplication::setWindowIcon(Semina::Ui::applicationIcon());
    Semina::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
