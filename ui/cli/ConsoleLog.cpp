#include "ConsoleLog.h"

#include "Console.h"

#include <QLoggingCategory>
#include <QMutex>

namespace Semina::Cli {

namespace {

QMutex targetMutex;
Console *target = nullptr;
bool verboseLog = false;
QtMessageHandler previousHandler = nullptr;

bool isSeminaCategory(const char *category)
{
    return category && qstrncmp(category, "semina.", 7) == 0;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "";
}

// Qt aborts after a fatal message itself.
void writeLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&targetMutex);
    // Qt's own warnings (a missing XDG_RUNTIME_DIR, a font) are not the user's business unless
    // asked for; its errors are.
    const bool shown
        = verboseLog || type >= QtCriticalMsg || (type == QtWarningMsg && isSeminaCategory(context.category));
    if (!target || !shown)
        return;
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    target->logLine(QStringLiteral("%1: %2: %3").arg(category, QLatin1String(levelName(type)), message));
}

} // namespace

ConsoleLog::ConsoleLog(Console &console, bool verbose)
{
    {
        const QMutexLocker lock(&targetMutex);
        target = &console;
        verboseLog = verbose;
    }
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("semina.*.debug=true\nsemina.*.info=true")
                                             : QStringLiteral("semina.*.debug=false\nsemina.*.info=false"));
    previousHandler = qInstallMessageHandler(writeLog);
}

ConsoleLog::~ConsoleLog()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QMutexLocker lock(&targetMutex);
    target = nullptr;
}

} // namespace Semina::Cli
