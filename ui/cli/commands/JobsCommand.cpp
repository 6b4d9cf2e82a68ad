#include "JobsCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "offline/ImportJobStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace Semina::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Semina::Cli::JobsCommand", text);
}
} // namespace

QString JobsCommand::summary() const
{
    return tr("list this server's import jobs and their states");
}

int JobsCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage = tr("Usage: semina-cli jobs\nLists this server's offline-backup import jobs: name, state, "
                             "storage account/container, staging location, creation time.\n");
    const QStringList args = arguments.mid(1);
    if (args == QStringList{QStringLiteral("--help")} || args == QStringList{QStringLiteral("-h")}) {
        console.out() << usage << Qt::flush;
        return kExitOk;
    }
    if (!args.isEmpty()) {
        console.err() << usage;
        return console.report({ErrorCode::Usage, tr("jobs takes no arguments.")});
    }
    const Offline::ImportJobStore store;
    QList<Warning> damaged;
    const auto jobs = store.list(&damaged);
    if (!jobs)
        return console.report(jobs.error());
    if (jobs->isEmpty() && damaged.isEmpty()) {
        console.out() << tr("This server has no import jobs yet: semina-cli offline-backup starts one.") << Qt::endl;
        return kExitOk;
    }
    const QLocale locale;
    if (!jobs->isEmpty())
        console.out() << tr("NAME").leftJustified(24) << ' ' << tr("STATE").leftJustified(26) << ' '
                      << tr("ACCOUNT/CONTAINER").leftJustified(40) << ' ' << tr("CREATED").leftJustified(20) << ' '
                      << tr("STAGING") << Qt::endl;
    for (const Offline::ImportJob &job : *jobs) {
        console.out() << job.name.leftJustified(24) << ' ' << Offline::stateLabel(job.state).leftJustified(26) << ' '
                      << QString(job.storageAccount + QLatin1Char('/') + job.container).leftJustified(40) << ' '
                      << locale.toString(job.created.toLocalTime(), QLocale::ShortFormat).leftJustified(20) << ' '
                      << job.stagingLocation << Qt::endl;
    }
    for (const Warning &warning : damaged)
        console.err() << "semina-cli: " << warning.message << Qt::endl;
    return damaged.isEmpty() ? kExitOk : kExitWarnings;
}

} // namespace Semina::Cli
