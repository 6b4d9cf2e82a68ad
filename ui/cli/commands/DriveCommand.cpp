#include "DriveCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "drives/DriveOpener.h"
#include "drives/DriveVerifier.h"
#include "drives/RecoveryPassword.h"
#include "offline/OfflineIdentity.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::DriveCommand)
};

// The recovery password: from a file, from the terminal (not echoed), or from standard input's
// first line. Never from the command line, where other users could read it.
Result<QString> recoveryPassword(const QCommandLineParser &parser, Console &console)
{
    if (parser.isSet(QStringLiteral("recovery-password-file"))) {
        auto line = readSecretFile(parser.value(QStringLiteral("recovery-password-file")));
        if (!line)
            return fail(line.error());
        return QString::fromLatin1(*line);
    }
    if (::isatty(STDIN_FILENO) == 1)
        return QString::fromLatin1(promptSecret(console, Text::tr("Recovery password (48 digits): ")));
    char buffer[512];
    if (!std::fgets(buffer, sizeof(buffer), stdin))
        return fail(ErrorCode::Usage,
                    Text::tr("--recovery-password reads the password from standard input, which "
                             "was empty."));
    return QString::fromLatin1(buffer).trimmed();
}

} // namespace

QString DriveCommand::summary() const
{
    return Text::tr("unlock a prepared drive and verify every object on it");
}

int DriveCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("semina-cli drive verify --drive PATH [--recovery-password | --recovery-password-file FILE]\n"
                 "                 [--certificate FILE] [--json]\n"
                 "Unlocks a drive prepared by diskprep, with the key in this computer's keychain or with the drive's\n"
                 "recovery password (asked on the terminal, or read from standard input), and reads back and checks\n"
                 "every object its manifest lists (SHA-256 and CRC64). With the seed server's certificate, or on\n"
                 "that server, the manifest's signature is checked too."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("drive"), Text::tr("The drive's folder (its mount point)."), Text::tr("PATH")});
    parser.addOption({QStringLiteral("recovery-password"),
                      Text::tr("Unlock with the recovery password (typed, or the first line of standard input).")});
    parser.addOption({QStringLiteral("recovery-password-file"),
                      Text::tr("Unlock with the recovery password in the file's first line."), Text::tr("FILE")});
    parser.addOption(
        {QStringLiteral("certificate"), Text::tr("The seed server's certificate (.cer)."), Text::tr("FILE")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (!parser.parse(arguments))
        return console.report({ErrorCode::Usage, parser.errorText()});
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << parser.helpText() << Qt::flush;
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("verify")} || !parser.isSet(QStringLiteral("drive"))) {
        console.err() << parser.helpText();
        return console.report({ErrorCode::Usage, Text::tr("Name the drive: semina-cli drive verify --drive PATH.")});
    }
    const QString drive = parser.value(QStringLiteral("drive"));

    SecretStore secrets;
    std::optional<Offline::Certificate> certificate;
    if (parser.isSet(QStringLiteral("certificate"))) {
        QFile file(parser.value(QStringLiteral("certificate")));
        if (!file.open(QIODevice::ReadOnly))
            return console.report(
                {ErrorCode::NotFound,
                 Text::tr("The certificate \"%1\" cannot be read: %2.").arg(file.fileName(), file.errorString())});
        auto parsed = Offline::Certificate::fromDer(file.readAll());
        if (!parsed)
            return console.report(parsed.error().prefixed(file.fileName()));
        certificate = *parsed;
    } else if (auto params = Offline::OfflineIdentity(secrets).load(); params) {
        certificate = params->certificate;
    }

    std::optional<Drives::RecoveryPassword> password;
    if (parser.isSet(QStringLiteral("recovery-password")) || parser.isSet(QStringLiteral("recovery-password-file"))) {
        auto typed = recoveryPassword(parser, console);
        if (!typed)
            return console.report(typed.error());
        auto parsed = Drives::RecoveryPassword::parse(*typed);
        if (!parsed)
            return console.report(parsed.error());
        password = *parsed;
    }

    JobContext context;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json)
        context.setProgressListener([&console](const Progress &progress) { console.showProgress(progress); }, 500);
    // A block device is mounted for the check (unless it is mounted already), and unmounted after,
    // Ctrl+C included.
    const StopSignals stopSignals(context, StopSignals::Rerun::StartsAgain);
    Drives::DriveOpener opener({});
    const auto root = opener.openPrepared(drive, context);
    if (!root)
        return console.report(root.error());
    const auto verified = Drives::verifyDrive(*root, {password ? &*password : nullptr, &secrets},
                                              certificate ? &*certificate : nullptr, context);
    console.endProgress();
    if (auto released = opener.release(); !released)
        console.err() << Text::tr("warning: %1").arg(released.error().message) << Qt::endl;
    if (!verified)
        return console.report(stopSignals.stopped(verified.error()));
    const Drives::DriveHeader &header = verified->header;
    if (json) {
        console.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("drive"), drive},
                                      {QStringLiteral("driveId"), header.driveId},
                                      {QStringLiteral("job"), header.job},
                                      {QStringLiteral("sequence"), header.sequence},
                                      {QStringLiteral("count"), header.count},
                                      {QStringLiteral("objects"), double(verified->objects)},
                                      {QStringLiteral("bytes"), double(verified->bytes)},
                                      {QStringLiteral("manifestSha256"), verified->manifestSha256},
                                      {QStringLiteral("signatureChecked"), verified->signatureChecked}})
                .toJson())
                      << Qt::flush;
        return kExitOk;
    }
    console.out() << Text::tr("Drive %1 of %2 of import job \"%3\" (drive id %4) is intact: %5 objects (%6) read "
                              "from the disk and checked.")
                         .arg(header.sequence)
                         .arg(header.count)
                         .arg(header.job, header.driveId, QLocale().toString(verified->objects),
                              QLocale().formattedDataSize(verified->bytes, 1, QLocale::DataSizeSIFormat))
                  << Qt::endl
                  << (verified->signatureChecked
                          ? Text::tr("The drive manifest's signature matches the seed server's certificate.")
                          : Text::tr("The drive manifest's signature was not checked: give the seed server's "
                                     "certificate with --certificate FILE."))
                  << Qt::endl;
    return kExitOk;
}

} // namespace Semina::Cli
