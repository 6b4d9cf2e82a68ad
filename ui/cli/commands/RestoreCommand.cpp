#include "RestoreCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "vault/Restore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::RestoreCommand)
};
} // namespace

QString RestoreCommand::summary() const
{
    return Text::tr("restore a snapshot, or chosen paths of it, into a folder");
}

int RestoreCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Restores SNAPSHOT (an id, a unique prefix, or \"latest\", the default) into --target. Every chunk is "
                 "verified; damaged files are reported and the others still restored."));
    VaultAccess::addOptions(parser);
    parser.addOption(
        {QStringLiteral("target"), Text::tr("The folder to restore into (created when missing)."), Text::tr("FOLDER")});
    parser.addOption({QStringLiteral("include"),
                      Text::tr("Restore only this path of the snapshot, e.g. data/docs (repeatable)."),
                      Text::tr("PATH")});
    parser.addOption({QStringLiteral("no-outside-links"),
                      Text::tr("Skip symbolic links that lead outside the target folder (by default every link is "
                               "restored as it was; none is ever followed).")});
    // Links leading outside are restored by default now: the old switch is accepted and does nothing.
    QCommandLineOption allowOutside(QStringLiteral("allow-outside-links"),
                                    Text::tr("Deprecated, does nothing: links are restored as they were by default."));
    allowOutside.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(allowOutside);
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"), Text::tr("The snapshot; \"latest\" when left out."),
                                 Text::tr("[SNAPSHOT]"));
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return console.report({ErrorCode::Usage, Text::tr("Name one snapshot at most.")});
    if (!parser.isSet(QStringLiteral("target")))
        return console.report({ErrorCode::Usage, Text::tr("Name the folder to restore into with --target FOLDER.")});
    VaultAccess access(parser);
    JobContext context;
    const StopSignals stopSignals(context, StopSignals::Rerun::StartsAgain);
    access.attach(context, console);
    auto vault = access.open(console, &context);
    if (!vault)
        return console.report(stopSignals.stopped(vault.error()));
    Vault::RestoreRequest request;
    if (!parser.positionalArguments().isEmpty())
        request.snapshot = parser.positionalArguments().first();
    request.target = parser.value(QStringLiteral("target"));
    request.include = parser.values(QStringLiteral("include"));
    request.refuseLinksOutside = parser.isSet(QStringLiteral("no-outside-links"));
    if (parser.isSet(QStringLiteral("allow-outside-links")) && request.refuseLinksOutside)
        return console.report(
            {ErrorCode::Usage, Text::tr("--allow-outside-links and --no-outside-links contradict each other.")});
    auto summary = Vault::restore(**vault, request, context);
    console.endProgress();
    if (!summary)
        return console.report(stopSignals.stopped(summary.error()));
    if (access.json()) {
        const QJsonObject result{{QStringLiteral("snapshot"), summary->snapshotId},
                                 {QStringLiteral("files"), summary->files},
                                 {QStringLiteral("directories"), summary->directories},
                                 {QStringLiteral("symlinks"), summary->symlinks},
                                 {QStringLiteral("bytes"), summary->bytes},
                                 {QStringLiteral("damagedFiles"), summary->damagedFiles},
                                 {QStringLiteral("refusedEntries"), summary->refusedEntries},
                                 {QStringLiteral("skippedEntries"), summary->skippedEntries},
                                 {QStringLiteral("warnings"), qint64(context.warnings().size())}};
        console.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        console.out() << Text::tr("Restored %1 files (%2) into %3.")
                             .arg(summary->files)
                             .arg(QLocale().formattedDataSize(summary->bytes), request.target)
                      << Qt::endl;
        if (summary->damagedFiles > 0 || summary->refusedEntries > 0)
            console.out() << Text::tr("%1 damaged files were not restored and %2 unsafe entries were refused: run "
                                      "semina-cli check.")
                                 .arg(summary->damagedFiles)
                                 .arg(summary->refusedEntries)
                          << Qt::endl;
        if (summary->skippedEntries > 0)
            console.out() << QCoreApplication::translate("Semina::Cli::RestoreCommand",
                                                         "%n entries were skipped (see the warnings above).", nullptr,
                                                         int(summary->skippedEntries))
                          << Qt::endl;
    }
    if (summary->damagedFiles > 0 || summary->refusedEntries > 0)
        return exitCodeFor(ErrorCode::Corruption);
    return context.hasItemWarnings() ? kExitWarnings : kExitOk;
}

} // namespace Semina::Cli
