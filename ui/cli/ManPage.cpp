// `semina-cli --man`: the manual page in roff (man(7)), made from the command table the
// dispatcher uses, so a command added to CommandLine appears in the page without more work.
#include "CommandLine.h"

#include "Command.h"
#include "Console.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::ManPage)
};

// Plain text as roff: backslashes and hyphens escaped, and a line that starts with a control
// character (. or ') kept as text.
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    static const QRegularExpression controlAtStart(QStringLiteral("^([.'])"), QRegularExpression::MultilineOption);
    escaped.replace(controlAtStart, QStringLiteral("\\&\\1"));
    return escaped;
}

// A paragraph-tagged list entry: .TP, the tag in bold, then the text.
QString entry(const QString &tag, const QString &text)
{
    return QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(tag), roff(text));
}

struct ExitStatus {
    int code;
    const char *meaning;
};

// The exit codes of docs/CLI.md (ErrorCode, plus success and warnings).
constexpr ExitStatus kExitStatuses[] = {
    {kExitOk, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "success")},
    {kExitWarnings, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "finished, but some items failed (listed as warnings)")},
    {2, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "the command line is wrong")},
    {3, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "a value, file or form field is not acceptable")},
    {4, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "a named file, vault, container, object or job does not exist")},
    {5, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "wrong password, key or SAS, or no permission")},
    {6, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "data exists but fails verification")},
    {7, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "the local file system failed (full disk, unplugged drive)")},
    {8, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "a remote service could not be reached or kept failing")},
    {9, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "the job was stopped; run the same command again to continue")},
    {10, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "no OS keychain answered")},
    {11, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "someone else changed the record, or it already exists")},
    {12, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "waiting for the offline import job to complete")},
    {13, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "another job holds the vault's lock")},
    {70, QT_TRANSLATE_NOOP("Semina::Cli::ManPage", "a bug in Semina: please report it with the details line")},
};
} // namespace

QString CommandLine::manual() const
{
    QString page;
    // The date of the release, not of the build, so that the page is reproducible.
    page += QStringLiteral(".TH SEMINA\\-CLI 1 \"%1\" \"Semina %2\" \"%3\"\n")
                .arg(QStringLiteral(SEMINA_RELEASE_DATE), QStringLiteral(SEMINA_VERSION), Text::tr("User Commands"));
    page += QStringLiteral(".SH %1\nsemina\\-cli \\- %2\n")
                .arg(Text::tr("NAME"),
                     roff(Text::tr("seed a large first backup on encrypted drives, then keep it current over the "
                                   "network")));
    page += QStringLiteral(".SH %1\n.B semina\\-cli\n[\\fB\\-\\-lang\\fR \\fIen\\fR|\\fIit\\fR] \\fI%2\\fR "
                           "[\\fI%3\\fR...]\n")
                .arg(Text::tr("SYNOPSIS"), Text::tr("COMMAND"), Text::tr("ARGUMENTS"));
    page += QStringLiteral(".SH %1\n%2\n")
                .arg(Text::tr("DESCRIPTION"),
                     roff(Text::tr("semina-cli is the command-line twin of Semina's wizards. It prepares the server "
                                   "for offline seeding, writes the first backup, compressed and encrypted, into a "
                                   "staging location for the drives, follows the import jobs, and backs up to and "
                                   "restores from the encrypted, deduplicated vault. Every long job shows its "
                                   "progress on standard error, stops cleanly on Ctrl+C and continues where it "
                                   "stopped when run again.")));
    page += QStringLiteral(".SH %1\n").arg(Text::tr("OPTIONS"));
    page += entry(QStringLiteral("--help, -h"), Text::tr("Show the commands; COMMAND --help shows a command's own."));
    page += entry(QStringLiteral("--version"), Text::tr("Show the version."));
    page += entry(QStringLiteral("--lang en|it"), Text::tr("Use this language from now on."));

    page += QStringLiteral(".SH %1\n").arg(Text::tr("COMMANDS"));
    for (const auto &command : m_commands) {
        page += QStringLiteral(".SS %1\n%2\n").arg(roff(command->name()), roff(command->summary()));
        // The command's own help, as it prints it; its line breaks are kept.
        QString help;
        QString ignored;
        Console capture(&help, &ignored);
        command->run({command->name(), QStringLiteral("--help")}, capture);
        capture.out().flush();
        if (!help.trimmed().isEmpty())
            page += QStringLiteral(".PP\n.nf\n%1\n.fi\n").arg(roff(help.trimmed()));
    }

    page += QStringLiteral(".SH %1\n").arg(Text::tr("ENVIRONMENT"));
    page += entry(QStringLiteral("SEMINA_PASSWORD"),
                  Text::tr("The vault's passphrase when --password-file is not given; without either, the OS "
                           "keychain or a prompt on a terminal."));
    page += entry(QStringLiteral("SEMINA_NEW_PASSWORD"), Text::tr("The new passphrase of key add."));
    page += QStringLiteral(".SH %1\n").arg(Text::tr("EXIT STATUS"));
    for (const ExitStatus &status : kExitStatuses)
        page
            += entry(QString::number(status.code), QCoreApplication::translate("Semina::Cli::ManPage", status.meaning));
    page += QStringLiteral(".SH %1\n.BR semina (1)\n").arg(Text::tr("SEE ALSO"));
    return page;
}

QStringList CommandLine::commandNames() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names << command->name();
    return names;
}

} // namespace Semina::Cli
