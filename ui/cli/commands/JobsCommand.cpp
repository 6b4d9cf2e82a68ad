#include "JobsCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "importjob/ImportJobStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace Semina::Cli {

QString JobsCommand::summary() const
{
    return QCoreApplication::translate("Semina::Cli::JobsCommand", "list this server's import jobs and their states");
}

int JobsCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage = QCoreApplication::translate(
        "Semina::Cli::JobsCommand",
        "Usage: semina-cli jobs\nLists this server's offline-backup import jobs: name, state, "
        "storage account/container, staging location, creation time.\n");
    const QStringList args = arguments.mid(1);
    if (args == QStringList{QStringLiteral("--help")} || args == QStringList{QStringLiteral("-h")}) {
        console.out() << usage << Qt::flush;
        return kExitOk;
    }
    if (!args.isEmpty()) {
        console.err() << usage;
        return console.report(
            {ErrorCode::Usage, QCoreApplication::translate("Semina::Cli::JobsCommand", "jobs takes no arguments.")});
    }
    const Offline::ImportJobStore store;
    QList<Warning> damaged;
    const auto jobs = store.list(&damaged);
    if (!jobs)
        return console.report(jobs.error());
    if (jobs->isEmpty() && damaged.isEmpty()) {
        console.out() << QCoreApplication::translate(
            "Semina::Cli::JobsCommand", "This server has no import jobs yet: semina-cli offline-backup starts one.")
                      << Qt::endl;
        return kExitOk;
    }
    const QLocale locale;
    if (!jobs->isEmpty())
        console.out() << QCoreApplication::translate("Semina::Cli::JobsCommand", "NAME").leftJustified(24) << ' '
                      << QCoreApplication::translate("Semina::Cli::JobsCommand", "STATE").leftJustified(26) << ' '
                      << QCoreApplication::translate("Semina::Cli::JobsCommand", "ACCOUNT/CONTAINER").leftJustified(40)
                      << ' ' << QCoreApplication::translate("Semina::Cli::JobsCommand", "CREATED").leftJustified(20)
                      << ' ' << QCoreApplication::translate("Semina::Cli::JobsCommand", "STAGING") << Qt::endl;
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
