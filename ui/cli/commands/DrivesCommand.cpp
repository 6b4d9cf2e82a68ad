#include "DrivesCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "devices/DriveDiscovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::DrivesCommand)
};

using Devices::DriveCandidate;

QJsonArray reasonsJson(const QList<Devices::Reason> &reasons)
{
    QJsonArray list;
    for (const Devices::Reason &reason : reasons)
        list.append(QJsonObject{{QStringLiteral("key"), reason.key}, {QStringLiteral("text"), reason.text}});
    return list;
}

QJsonObject toJson(const DriveCandidate &drive)
{
    return {{QStringLiteral("path"), drive.path},
            {QStringLiteral("kind"), Devices::kindKey(drive.kind)},
            {QStringLiteral("name"), drive.name},
            {QStringLiteral("size"), drive.size},
            {QStringLiteral("freeBytes"), drive.freeBytes},
            {QStringLiteral("model"), drive.model},
            {QStringLiteral("serial"), drive.serial},
            {QStringLiteral("transport"), drive.transport},
            {QStringLiteral("removable"), drive.removable},
            {QStringLiteral("rotational"), drive.rotational},
            {QStringLiteral("mountPoints"), QJsonArray::fromStringList(drive.mountPoints)},
            {QStringLiteral("driveId"), drive.driveId},
            {QStringLiteral("devicePath"), drive.devicePath},
            {QStringLiteral("disk"), drive.diskName},
            {QStringLiteral("usable"), drive.usable()},
            {QStringLiteral("refusals"), reasonsJson(drive.refusals)},
            {QStringLiteral("warnings"), reasonsJson(drive.warnings)}};
}

void printTable(const QList<DriveCandidate> &drives, Console &console)
{
    const QLocale locale;
    console.out() << Text::tr("PATH").leftJustified(24) << ' ' << Text::tr("KIND").leftJustified(15) << ' '
                  << Text::tr("SIZE").rightJustified(10) << "  " << Text::tr("MODEL").leftJustified(24) << ' '
                  << Text::tr("SERIAL").leftJustified(20) << ' ' << Text::tr("TRANSPORT").leftJustified(12) << ' '
                  << Text::tr("DRIVE ID") << Qt::endl;
    for (const DriveCandidate &drive : drives) {
        const QString dash = QStringLiteral("-");
        console.out() << drive.path.leftJustified(24) << ' ' << Devices::kindLabel(drive.kind).leftJustified(15) << ' '
                      << locale.formattedDataSize(drive.size, 1, QLocale::DataSizeSIFormat).rightJustified(10) << "  "
                      << (drive.model.isEmpty() ? dash : drive.model).leftJustified(24) << ' '
                      << (drive.serial.isEmpty() ? dash : drive.serial).leftJustified(20) << ' '
                      << (drive.transport.isEmpty() ? dash : drive.transport).leftJustified(12) << ' '
                      << (drive.driveId.isEmpty() ? dash : drive.driveId) << Qt::endl;
        for (const Devices::Reason &refusal : drive.refusals)
            console.out() << "    " << Text::tr("refused: %1").arg(refusal.text) << Qt::endl;
        for (const Devices::Reason &warning : drive.warnings)
            console.out() << "    " << Text::tr("warning: %1").arg(warning.text) << Qt::endl;
    }
}

} // namespace

QString DrivesCommand::summary() const
{
    return Text::tr("list the drives that may be prepared, and why others are refused");
}

int DrivesCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("semina-cli drives list [--staging DIR] [--all] [--json] [PATH...]\n"
                 "Lists the block devices and mounted volumes that may receive a seed. Never offered: the disk "
                 "holding the system, swap, file systems in use, or the staging location. Each PATH (a disk, a "
                 "mounted volume or any folder) is checked and shown even when refused; exit code 3 when one is."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("staging"), Text::tr("The staging location, whose disk is refused."), Text::tr("DIR")});
    parser.addOption({QStringLiteral("all"), Text::tr("Show refused drives too, with the reasons.")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("PATH"), Text::tr("A drive to check."), QStringLiteral("[PATH...]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // "drives" is the program name for the parser, "list" the first positional argument.
    if (!parser.parse(arguments))
        return console.report({ErrorCode::Usage, parser.errorText()});
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << parser.helpText() << Qt::flush;
        return kExitOk;
    }
    QStringList named = parser.positionalArguments();
    if (named.isEmpty() || named.takeFirst() != QLatin1String("list")) {
        console.err() << parser.helpText();
        return console.report({ErrorCode::Usage, Text::tr("Name the action: semina-cli drives list.")});
    }
    const QString staging = parser.value(QStringLiteral("staging"));
    QList<DriveCandidate> drives;
    if (named.isEmpty()) {
        auto found = Devices::discoverDrives(staging);
        if (!found)
            return console.report(found.error());
        for (const DriveCandidate &drive : *found) {
            if (drive.usable() || parser.isSet(QStringLiteral("all")))
                drives << drive;
        }
    }
    bool refused = false;
    for (const QString &path : named) {
        auto drive = Devices::inspectDrive(path, staging);
        if (!drive)
            return console.report(drive.error());
        refused = refused || !drive->usable();
        drives << *drive;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DriveCandidate &drive : drives)
            list.append(toJson(drive));
        console.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else if (drives.isEmpty()) {
        console.out() << Text::tr("No drive may be used: connect one, or name a folder (semina-cli drives list "
                                  "PATH); --all shows the refused ones.")
                      << Qt::endl;
    } else {
        printTable(drives, console);
    }
    return refused ? exitCodeFor(ErrorCode::InvalidInput) : kExitOk;
}

} // namespace Semina::Cli
