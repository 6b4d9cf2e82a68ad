#include "StatusCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ImportServiceAccess.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"
#include "importjob/JobStatus.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::StatusCommand)
};

QString usage()
{
    return Text::tr("Usage: semina-cli status [--job NAME] [--publish-settings FILE [--subscription GUID]]\n"
                    "                         [--json] [--watch [--interval SECONDS]]\n"
                    "Shows the import jobs in the import service: state, the deadline counted down (14 days to\n"
                    "enter the shipping details, 14 days for the drives to arrive, 7 to 10 days of processing)\n"
                    "and each drive's state. Without --job: every job of this computer the service knows, or\n"
                    "with --publish-settings every job of that subscription. --watch refreshes every SECONDS\n"
                    "(60 by default) until every job has ended.\n");
}

struct Query {
    JobTargetOptions target;
    bool all = false; // every job of the subscription in target
};

// The jobs to show, and the problems met on the way (a service that cannot be reached).
Result<QList<Offline::ServiceJob>> collect(const Query &query, SecretStore &secrets, QList<Error> &problems)
{
    QList<Offline::ServiceJob> jobs;
    if (!query.target.job.isEmpty() || query.all) {
        JobTarget target{query.target.job, query.target.publishSettingsFile, query.target.subscriptionId};
        if (!query.all) {
            auto resolved = resolveJobTarget(query.target);
            if (!resolved)
                return fail(resolved.error());
            target = *resolved;
        }
        auto service = openService(target, secrets);
        if (!service)
            return fail(service.error());
        if (query.all)
            return (*service)->jobs();
        auto job = (*service)->job(target.job);
        if (!job)
            return fail(job.error());
        return QList<Offline::ServiceJob>{*job};
    }
    Offline::ImportJobStore localJobs;
    auto statuses = Offline::statusOfLocalJobs(localJobs, secrets);
    if (!statuses)
        return fail(statuses.error());
    for (const Offline::JobStatus &status : *statuses) {
        // A job before Creating is known only to this server yet: `semina-cli jobs`.
        if (status.service)
            jobs.append(*status.service);
        if (status.problem)
            problems.append(status.problem->prefixed(status.name()));
    }
    return jobs;
}

} // namespace

QString StatusCommand::summary() const
{
    return Text::tr("the import jobs' states and deadlines, counted down");
}

int StatusCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption job(QStringLiteral("job"), Text::tr("The import job."), Text::tr("NAME"));
    const QCommandLineOption publishSettings(QStringLiteral("publish-settings"), Text::tr("The publish settings file."),
                                             Text::tr("FILE"));
    const QCommandLineOption subscription(QStringLiteral("subscription"), Text::tr("The subscription id."),
                                          Text::tr("GUID"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption watch(QStringLiteral("watch"), Text::tr("Refresh until every job has ended."));
    const QCommandLineOption interval(QStringLiteral("interval"), Text::tr("Seconds between refreshes."),
                                      Text::tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOptions({job, publishSettings, subscription, json, watch, interval, help});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        console.err() << usage();
        return console.report(
            {ErrorCode::Usage,
             parser.errorText().isEmpty() ? Text::tr("status takes no positional arguments.") : parser.errorText()});
    }
    if (parser.isSet(help)) {
        console.out() << usage() << Qt::flush;
        return kExitOk;
    }
    bool ok = false;
    const int seconds = parser.value(interval).toInt(&ok);
    if (!ok || seconds < 1)
        return console.report({ErrorCode::Usage, Text::tr("--interval takes a number of seconds (1 or more).")});
    Query query;
    query.target = {parser.value(job), parser.value(publishSettings), parser.value(subscription), {}};
    query.all = query.target.job.isEmpty() && !query.target.publishSettingsFile.isEmpty();

    SecretStore secrets;
    for (;;) {
        QList<Error> problems;
        auto jobs = collect(query, secrets, problems);
        if (!jobs)
            return console.report(jobs.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Offline::ServiceJob &entry : *jobs)
                array.append(jobToStatusJson(entry, now));
            console.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        } else if (jobs->isEmpty()) {
            console.out() << Text::tr("No import job in the import service yet: drive preparation creates one.")
                          << Qt::endl;
        } else {
            for (const Offline::ServiceJob &entry : *jobs)
                printJob(console, entry, now);
        }
        for (const Error &problem : problems)
            console.err() << "semina-cli: " << problem.message << Qt::endl;
        const bool pending = std::ranges::any_of(*jobs, [](const auto &entry) { return !isFinal(entry.state); });
        if (!parser.isSet(watch) || !pending)
            return problems.isEmpty() ? kExitOk : kExitWarnings;
        QThread::sleep(static_cast<unsigned long>(seconds)); // a plain wait between polls; no event loop
    }
}

} // namespace Semina::Cli
