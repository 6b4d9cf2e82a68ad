#include "CheckCommand.h"

#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "vault/Check.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::CheckCommand)
};
} // namespace

QString CheckCommand::summary() const
{
    return Text::tr("verify a vault and name any damaged objects and the files they affect");
}

int CheckCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Checks the vault's structure; with --read-data also downloads and "
                                              "verifies every byte. Exit code 6 when damage is found."));
    VaultAccess::addOptions(parser);
    parser.addOption({QStringLiteral("read-data"), Text::tr("Read and verify every pack, not only the structure.")});
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    VaultAccess access(parser);
    JobContext context;
    const StopSignals stopSignals(context, StopSignals::Rerun::StartsAgain);
    access.attach(context, console);
    auto vault = access.open(console, &context);
    if (!vault)
        return console.report(stopSignals.stopped(vault.error()));
    auto report = Vault::check(**vault, {parser.isSet(QStringLiteral("read-data"))}, context);
    console.endProgress();
    if (!report)
        return console.report(stopSignals.stopped(report.error()));
    if (access.json()) {
        QJsonArray damaged;
        for (const auto &object : report->damaged)
            damaged.append(
                QJsonObject{{QStringLiteral("object"), object.object}, {QStringLiteral("problem"), object.problem}});
        QJsonArray files;
        for (const auto &file : report->affectedFiles)
            files.append(QJsonObject{{QStringLiteral("snapshot"), file.snapshot}, {QStringLiteral("path"), file.path}});
        const QJsonObject result{
            {QStringLiteral("clean"), report->isClean()},
            {QStringLiteral("keyFiles"), report->keyFiles},
            {QStringLiteral("snapshots"), report->snapshots},
            {QStringLiteral("trees"), report->trees},
            {QStringLiteral("packs"), report->packs},
            {QStringLiteral("indexObjects"), report->indexObjects},
            {QStringLiteral("blobsRead"), report->blobsRead},
            {QStringLiteral("damaged"), damaged},
            {QStringLiteral("affectedSnapshots"), QJsonArray::fromStringList(report->affectedSnapshots)},
            {QStringLiteral("affectedFiles"), files},
            {QStringLiteral("unindexedPacks"), QJsonArray::fromStringList(report->unindexedPacks)},
            {QStringLiteral("unverifiedKeys"), QJsonArray::fromStringList(report->unverifiedKeys)},
            {QStringLiteral("unfinishedWrites"), QJsonArray::fromStringList(report->unfinishedWrites)}};
        console.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        console.out() << Text::tr("Checked %1 key files, %2 snapshots, %3 trees, %4 packs, %5 index objects%6.")
                             .arg(report->keyFiles)
                             .arg(report->snapshots)
                             .arg(report->trees)
                             .arg(report->packs)
                             .arg(report->indexObjects)
                             .arg(report->blobsRead > 0 ? Text::tr(", %1 blobs read").arg(report->blobsRead)
                                                        : QString())
                      << Qt::endl;
        if (!report->unindexedPacks.isEmpty())
            console.out() << Text::tr(
                                 "%1 packs are in no index (left by an interrupted backup); the next backup adopts "
                                 "them.")
                                 .arg(report->unindexedPacks.size())
                          << Qt::endl;
        for (const QString &key : std::as_const(report->unverifiedKeys))
            console.out() << Text::tr("%1 was written by an older Semina without a seal: whether it still opens the "
                                      "vault cannot be told. Add a new key and remove this one to be sure.")
                                 .arg(key)
                          << Qt::endl;
        for (const QString &write : std::as_const(report->unfinishedWrites))
            console.out() << Text::tr("%1 was left by an interrupted write; the next backup removes it.").arg(write)
                          << Qt::endl;
        for (const auto &object : report->damaged)
            console.out() << Text::tr("DAMAGED %1: %2").arg(object.object, object.problem) << Qt::endl;
        for (const auto &file : report->affectedFiles)
            console.out() << Text::tr("affected: snapshot %1, %2").arg(file.snapshot, file.path) << Qt::endl;
        console.out() << (report->isClean() ? Text::tr("No damage found.")
                                            : Text::tr("Damage found in %1 objects, affecting %2 snapshots.")
                                                  .arg(report->damaged.size())
                                                  .arg(report->affectedSnapshots.size()))
                      << Qt::endl;
    }
    return report->isClean() ? 0 : exitCodeFor(ErrorCode::Corruption);
}

} // namespace Semina::Cli
