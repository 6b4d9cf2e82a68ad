#include "Console.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Semina::Cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
}

Console::Console(QString *out, QString *err)
    : m_out(out)
    , m_err(err)
{
}

int Console::report(const Error &error)
{
    const QMutexLocker lock(&m_errMutex);
    endProgressLocked();
    m_err << "semina-cli: " << error.message << Qt::endl;
    if (!error.details.isEmpty())
        m_err << "  " << QCoreApplication::translate("Semina::Cli", "details: %1").arg(error.details) << Qt::endl;
    return exitCodeFor(error.code);
}

void Console::showProgress(const Progress &progress)
{
    const QLocale locale;
    QString line = progress.phase;
    if (progress.bytesTotal > 0)
        line += QStringLiteral(" %1 / %2")
                    .arg(locale.formattedDataSize(progress.bytesDone), locale.formattedDataSize(progress.bytesTotal));
    else if (progress.bytesDone > 0)
        line += QLatin1Char(' ') + locale.formattedDataSize(progress.bytesDone);
    if (progress.bytesPerSecond > 0)
        line += QCoreApplication::translate("Semina::Cli", ", %1/s")
                    .arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    if (progress.secondsLeft >= 0)
        line += QCoreApplication::translate("Semina::Cli", ", %n second(s) left", nullptr, int(progress.secondsLeft));
    const QMutexLocker lock(&m_errMutex);
    if (m_terminal) {
        m_err << '\r' << line.left(120).leftJustified(120) << Qt::flush;
        m_progressShown = true;
    } else {
        m_err << line << Qt::endl;
    }
}

void Console::endProgress()
{
    const QMutexLocker lock(&m_errMutex);
    endProgressLocked();
}

void Console::endProgressLocked()
{
    if (m_progressShown)
        m_err << Qt::endl;
    m_progressShown = false;
}

void Console::logLine(const QString &line)
{
    const QMutexLocker lock(&m_errMutex);
    if (m_progressShown) {
        m_err << '\r' << QString(120, QLatin1Char(' ')) << '\r';
        m_progressShown = false;
    }
    m_err << line << Qt::endl;
}

} // namespace Semina::Cli
