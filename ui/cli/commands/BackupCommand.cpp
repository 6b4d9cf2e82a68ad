#include "BackupCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/JobStateAnnouncer.h"
#include "importjob/ImportJobStore.h"
#include "importjob/ServiceSetup.h"
#include "offline/ImportGate.h"
#include "secrets/SecretStore.h"
#include "vault/Backup.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::BackupCommand)
};
} // namespace

QString BackupCommand::summary() const
{
    return Text::tr("back up files and folders into a vault");
}

int BackupCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Backs up PATH... into the vault. Unchanged files since the last backup of "
                 "the same paths are not read again; an interrupted backup resumes."));
    VaultAccess::addOptions(parser);
    parser.addOption({QStringLiteral("tag"), Text::tr("Tag the snapshot (repeatable)."), Text::tr("TAG")});
    parser.addOption(
        {QStringLiteral("host"), Text::tr("Record this host name instead of the machine's."), Text::tr("NAME")});
    parser.addOption(
        {QStringLiteral("parent"),
         Text::tr("Compare with this snapshot instead of the latest of the same paths (\"none\": read all)."),
         Text::tr("SNAPSHOT")});
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("Files and folders to back up."),
                                 Text::tr("PATH..."));
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    VaultAccess access(parser);
    JobContext context;
    // Ctrl+C asks the job to stop at the next chunk; packs already written are kept.
    const StopSignals stopSignals(context);
    access.attach(context, console);
    auto vault = access.open(console, &context);
    if (!vault)
        return console.report(stopSignals.stopped(vault.error()));
    // A vault being seeded offline takes no backup until its import job has finished.
    // The import service says where a shipped job stands, and when it is done.
    SecretStore serviceSecrets;
    const auto lookup = [&serviceSecrets](const Offline::ImportJob &job) -> Result<Offline::ServiceJob> {
        auto service = Offline::openImportService(job.publishSettingsFile, job.subscriptionId, serviceSecrets);
        if (!service)
            return fail(service.error());
        return (*service)->job(job.name);
    };
    if (auto gate = Offline::checkNoImportPending((*vault)->config().vaultIdHex(), Offline::ImportJobStore(), lookup);
        !gate) {
        // A scheduled run is where a job's new state is noticed first: tell the desktop once.
        if (gate.error().code == ErrorCode::WaitingForImport) {
            Desktop::DesktopNotifier notifier;
            Desktop::JobStateAnnouncer().announce(Offline::ImportJobStore(), notifier);
        }
        return console.report(gate.error());
    }
    Vault::BackupRequest request;
    request.paths = parser.positionalArguments();
    request.tags = parser.values(QStringLiteral("tag"));
    request.host = parser.value(QStringLiteral("host"));
    request.parent = parser.value(QStringLiteral("parent"));
    auto snapshot = Vault::backup(**vault, request, context);
    console.endProgress();
    if (!snapshot)
        return console.report(stopSignals.stopped(snapshot.error()));

    const Vault::SnapshotTotals &totals = snapshot->totals;
    if (access.json()) {
        QJsonObject result = QJsonDocument::fromJson(snapshot->toJson()).object();
        result.insert(QStringLiteral("id"), snapshot->id);
        console.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        const QLocale locale;
        console.out() << Text::tr("Snapshot %1 saved: %2 files (%3), %4 unchanged; %5 new, %6 stored.")
                             .arg(snapshot->shortId())
                             .arg(totals.files)
                             .arg(locale.formattedDataSize(totals.bytes))
                             .arg(totals.unchangedFiles)
                             .arg(locale.formattedDataSize(totals.newBytes),
                                  locale.formattedDataSize(totals.storedBytes))
                      << Qt::endl;
    }
    // Notices (a stale lock taken over) leave nothing undone: only items not backed up count.
    return context.hasItemWarnings() ? kExitWarnings : kExitOk;
}

} // namespace Semina::Cli
