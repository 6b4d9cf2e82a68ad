#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "core/Language.h"
#include "crypto/Memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    Semina::Crypto::installMemoryFunctions();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Semina"));
    QApplication::setApplicationName(QStringLiteral("Semina"));
    QApplication::setApplicationVersion(QStringLiteral(SEMINA_VERSION));

    QCommandLineParser parser;
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

    Semina::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
