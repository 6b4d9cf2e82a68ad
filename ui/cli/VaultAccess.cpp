#include "VaultAccess.h"

#include "store/StoreFactory.h"

#include "Console.h"
#include "core/JobContext.h"
#include "store/ObjectStore.h"
#include "vault/PassphraseStrength.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::VaultAccess)
};
const QString kVaultContainer = QStringLiteral("vault");
} // namespace

void VaultAccess::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("vault"), Text::tr("The vault: a folder."), Text::tr("LOCATION")});
    parser.addOption(
        {QStringLiteral("password-file"),
         Text::tr("Read the passphrase from the first line of FILE (else SEMINA_PASSWORD, the OS keychain, "
                  "or a prompt)."),
         Text::tr("FILE")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print the result as JSON, for scripts.")});
    parser.addHelpOption();
}

QString VaultAccess::helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.isEmpty() ? QString() : arguments.first();
    const QString usage = QStringLiteral(": ") + program + QLatin1Char(' ');
    const qsizetype at = text.indexOf(usage);
    if (!program.isEmpty() && at >= 0)
        text.replace(at, usage.size(), QStringLiteral(": semina-cli ") + command + QLatin1Char(' '));
    return text;
}

Result<> VaultAccess::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments))
        return fail(ErrorCode::Usage, parser.errorText());
    return {};
}

VaultAccess::VaultAccess(const QCommandLineParser &parser)
    : m_parser(parser)
    , m_json(parser.isSet(QStringLiteral("json")))
{
}

VaultAccess::~VaultAccess() = default;

Result<Vault::VaultLocation> VaultAccess::location(bool create)
{
    const QString given = m_parser.value(QStringLiteral("vault"));
    if (given.isEmpty())
        return fail(ErrorCode::Usage, Text::tr("Name the vault with --vault FOLDER."));
    const QString folder = QFileInfo(given).absoluteFilePath();
    if (!QFileInfo(folder).isDir()) {
        if (!create)
            return fail(ErrorCode::NotFound,
                        Text::tr("There is no vault at \"%1\": check the path, or create one with semina-cli init.")
                            .arg(given));
        if (!QDir().mkpath(folder))
            return fail(ErrorCode::Io,
                        Text::tr("The folder \"%1\" cannot be created: check the path and permissions.").arg(given));
    }
    auto store = Store::openFolderStore(folder);
    if (!store)
        return fail(store.error());
    m_store = std::move(*store);
    return Vault::VaultLocation{m_store.get(), kVaultContainer, {}};
}

Result<QByteArray> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Text::tr("The password file \"%1\" cannot be read: %2.").arg(path, file.errorString()));
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("The password file \"%1\" is empty.").arg(path));
    return line;
}

QByteArray promptSecret(Console &console, const QString &prompt)
{
    if (::isatty(STDIN_FILENO) != 1)
        return {};
    console.err() << prompt << Qt::flush;
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    QByteArray line;
    if (std::fgets(buffer, sizeof(buffer), stdin))
        line = QByteArray(buffer);
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    console.err() << Qt::endl;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<> acceptNewPassphrase(QByteArrayView passphrase, Console &console)
{
    auto strength = Vault::checkNewPassphrase(passphrase);
    if (!strength)
        return fail(strength.error());
    if (!strength->message.isEmpty())
        console.err() << Text::tr("warning: %1").arg(strength->message) << Qt::endl;
    return {};
}

Result<QByteArray> VaultAccess::passphrase(Console &console, bool confirm)
{
    if (m_parser.isSet(QStringLiteral("password-file")))
        return readSecretFile(m_parser.value(QStringLiteral("password-file")));
    if (qEnvironmentVariableIsSet("SEMINA_PASSWORD"))
        return qgetenv("SEMINA_PASSWORD");
    const QByteArray typed = promptSecret(console, Text::tr("Vault passphrase: "));
    if (confirm && !typed.isEmpty() && promptSecret(console, Text::tr("The same passphrase again: ")) != typed)
        return fail(ErrorCode::InvalidInput, Text::tr("The two passphrases differ: run the command again."));
    return typed;
}

Result<QByteArray> VaultAccess::newPassphrase(Console &console, const QString &fileOption, const char *environment)
{
    if (m_parser.isSet(fileOption))
        return readSecretFile(m_parser.value(fileOption));
    if (qEnvironmentVariableIsSet(environment))
        return qgetenv(environment);
    const QByteArray typed = promptSecret(console, Text::tr("New passphrase: "));
    if (typed.isEmpty())
        return fail(ErrorCode::Usage,
                    Text::tr("Give the new passphrase with --%1 or %2.").arg(fileOption, QLatin1String(environment)));
    if (promptSecret(console, Text::tr("The same passphrase again: ")) != typed)
        return fail(ErrorCode::InvalidInput, Text::tr("The two passphrases differ: run the command again."));
    return typed;
}

Result<std::unique_ptr<Vault::Vault>> VaultAccess::open(Console &console, JobContext *context)
{
    auto where = location(false);
    if (!where)
        return fail(where.error());
    const bool given = m_parser.isSet(QStringLiteral("password-file")) || qEnvironmentVariableIsSet("SEMINA_PASSWORD");
    if (!given) {
        auto vault = Vault::Vault::openWithKeychain(*where, context);
        if (vault
            || (vault.error().code != ErrorCode::NotFound && vault.error().code != ErrorCode::KeychainUnavailable))
            return vault;
    }
    auto secret = passphrase(console, false);
    if (!secret)
        return fail(secret.error());
    if (secret->isEmpty())
        return fail(ErrorCode::Usage,
                    Text::tr("The vault needs its passphrase: give it with --password-file FILE or "
                             "SEMINA_PASSWORD, or keep the key in the OS keychain (init --keychain)."));
    return Vault::Vault::open(*where, *secret, context);
}

void VaultAccess::attach(JobContext &context, Console &console) const
{
    if (!m_json)
        context.setProgressListener([&console](const Progress &progress) { console.showProgress(progress); }, 500);
    context.setWarningListener([&console](const Warning &warning) {
        console.endProgress();
        console.err() << Text::tr("warning: %1: %2").arg(warning.item, warning.message) << Qt::endl;
    });
}

} // namespace Semina::Cli
