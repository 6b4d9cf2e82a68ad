#include "JobsCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "core/Language.h"
#include "importjob/ImportJobStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Cli {

namespace {
// The fields documented in docs/CLI.md ("jobs --json"); scripts rely on them, so they only grow.
QJsonObject jobJson(const Offline::ImportJob &job)
{
    return {{QStringLiteral("name"), job.name},
            {QStringLiteral("state"), Offline::stateName(job.state)},
            {QStringLiteral("subscriptionId"), job.subscriptionId},
            {QStringLiteral("storageAccount"), job.storageAccount},
            {QStringLiteral("container"), job.container},
            {QStringLiteral("stagingLocation"), job.stagingLocation},
            {QStringLiteral("sources"), QJsonArray::fromStringList(job.sources)},
            {QStringLiteral("vaultId"), job.vaultId},
            {QStringLiteral("created"), job.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("updated"), job.updated.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("protectedBytes"), job.protectedBytes},
            {QStringLiteral("seedBytes"), job.seedBytes}};
}
} // namespace

QString JobsCommand::summary() const
{
    return QCoreApplication::translate("Semina::Cli::JobsCommand", "list this server's import jobs and their states");
}

int JobsCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage = QCoreApplication::translate(
        "Semina::Cli::JobsCommand",
        "Usage: semina-cli jobs [--json]\nLists this server's offline-backup import jobs: name, state, "
        "storage account/container, staging location, creation time.\n"
        "--json: the jobs as a JSON array on standard output (fields in docs/CLI.md).\n");
    const QStringList args = arguments.mid(1);
    if (args == QStringList{QStringLiteral("--help")} || args == QStringList{QStringLiteral("-h")}) {
        console.out() << usage << Qt::flush;
        return kExitOk;
    }
    const bool json = args == QStringList{QStringLiteral("--json")};
    if (!args.isEmpty() && !json) {
        console.err() << usage;
        return console.report(
            {ErrorCode::Usage, QCoreApplication::translate("Semina::Cli::JobsCommand", "jobs takes only --json.")});
    }
    const Offline::ImportJobStore store;
    QList<Warning> damaged;
    const auto jobs = store.list(&damaged);
    if (!jobs)
        return console.report(jobs.error());
    if (json) {
        QJsonArray list;
        for (const Offline::ImportJob &job : *jobs)
            list.append(jobJson(job));
        console.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else if (jobs->isEmpty() && damaged.isEmpty()) {
        console.out() << QCoreApplication::translate(
            "Semina::Cli::JobsCommand", "This server has no import jobs yet: semina-cli offline-backup starts one.")
                      << Qt::endl;
    } else {
        printTable(*jobs, console);
    }
    for (const Warning &warning : damaged)
        console.err() << "semina-cli: " << warning.message << Qt::endl;
    return damaged.isEmpty() ? kExitOk : kExitWarnings;
}

void JobsCommand::printTable(const QList<Offline::ImportJob> &jobs, Console &console)
{
    if (!jobs.isEmpty())
        console.out() << QCoreApplication::translate("Semina::Cli::JobsCommand", "NAME").leftJustified(24) << ' '
                      << QCoreApplication::translate("Semina::Cli::JobsCommand", "STATE").leftJustified(26) << ' '
                      << QCoreApplication::translate("Semina::Cli::JobsCommand", "ACCOUNT/CONTAINER").leftJustified(40)
                      << ' ' << QCoreApplication::translate("Semina::Cli::JobsCommand", "CREATED").leftJustified(20)
                      << ' ' << QCoreApplication::translate("Semina::Cli::JobsCommand", "STAGING") << Qt::endl;
    for (const Offline::ImportJob &job : jobs) {
        console.out() << job.name.leftJustified(24) << ' ' << Offline::stateLabel(job.state).leftJustified(26) << ' '
                      << QString(job.storageAccount + QLatin1Char('/') + job.container).leftJustified(40) << ' '
                      << Language::dateTimeText(job.created).leftJustified(20) << ' ' << job.stagingLocation
                      << Qt::endl;
    }
}

} // namespace Semina::Cli
