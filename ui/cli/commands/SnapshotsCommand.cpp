#include "SnapshotsCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::SnapshotsCommand)
};
} // namespace

QString SnapshotsCommand::summary() const
{
    return Text::tr("list the snapshots in a vault");
}

int SnapshotsCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the vault's snapshots, oldest first."));
    VaultAccess::addOptions(parser);
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    VaultAccess access(parser);
    JobContext context; // hears of damaged snapshots, which are left out
    access.attach(context, console);
    auto vault = access.open(console);
    if (!vault)
        return console.report(vault.error());
    auto snapshots = (*vault)->listSnapshots(&context);
    if (!snapshots)
        return console.report(snapshots.error());
    if (access.json()) {
        QJsonArray list;
        for (const auto &snapshot : *snapshots) {
            QJsonObject object = QJsonDocument::fromJson(snapshot.toJson()).object();
            object.insert(QStringLiteral("id"), snapshot.id);
            list.append(object);
        }
        console.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) << Qt::flush;
        return context.warnings().isEmpty() ? kExitOk : kExitWarnings;
    }
    const QLocale locale;
    console.out() << Text::tr("ID        Time                  Host             Files     Size  Paths") << Qt::endl;
    for (const auto &snapshot : *snapshots) {
        console.out() << snapshot.shortId().leftJustified(10) << Language::dateTimeText(snapshot.time).leftJustified(22)
                      << snapshot.host.left(16).leftJustified(17)
                      << QString::number(snapshot.totals.files).rightJustified(5) << ' '
                      << locale.formattedDataSize(snapshot.totals.bytes).rightJustified(8) << "  "
                      << snapshot.paths.join(QStringLiteral(", ")) << Qt::endl;
    }
    console.out() << QCoreApplication::translate("Semina::Cli::SnapshotsCommand", "%n snapshot(s).", nullptr,
                                                 int(snapshots->size()))
                  << Qt::endl;
    return context.warnings().isEmpty() ? kExitOk : kExitWarnings;
}

} // namespace Semina::Cli
