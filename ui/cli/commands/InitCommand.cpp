#include "InitCommand.h"

#include "Console.h"
#include "VaultAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::InitCommand)
};
} // namespace

QString InitCommand::summary() const
{
    return Text::tr("create an encrypted vault; its recovery key is shown once");
}

int InitCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Creates an encrypted vault in LOCATION, protected by a passphrase.\n"
                                              "Prints a recovery key once: write it down, it opens the vault when the "
                                              "passphrase is lost."));
    VaultAccess::addOptions(parser);
    parser.addOption({QStringLiteral("keychain"), Text::tr("Also keep the vault's key in the OS keychain.")});
    parser.addOption({QStringLiteral("label"), Text::tr("Who or what uses the passphrase."), Text::tr("TEXT")});
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    VaultAccess access(parser);
    auto location = access.location(true);
    if (!location)
        return console.report(location.error());
    auto passphrase = access.passphrase(console, true);
    if (!passphrase)
        return console.report(passphrase.error());
    if (passphrase->isEmpty())
        return console.report({ErrorCode::Usage,
                               Text::tr("Choose the vault's passphrase: give it with --password-file "
                                        "FILE or SEMINA_PASSWORD, or run init on a terminal.")});
    if (auto accepted = acceptNewPassphrase(*passphrase, console); !accepted)
        return console.report(accepted.error());
    Vault::CreateOptions options;
    options.storeInKeychain = parser.isSet(QStringLiteral("keychain"));
    options.keyLabel = parser.value(QStringLiteral("label"));
    auto created = Vault::Vault::create(*location, *passphrase, options);
    if (!created)
        return console.report(created.error());
    const QString id = created->vault->config().vaultIdHex();
    if (access.json()) {
        const QJsonObject result{{QStringLiteral("vaultId"), id},
                                 {QStringLiteral("recoveryKey"), created->recoveryKey},
                                 {QStringLiteral("keychain"), options.storeInKeychain}};
        console.out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    console.out() << Text::tr("Created the vault %1 in %2.").arg(id, location->describe()) << Qt::endl
                  << Text::tr("Recovery key (shown only now; keep it apart from the passphrase):") << Qt::endl
                  << QStringLiteral("  ") << created->recoveryKey << Qt::endl;
    if (options.storeInKeychain)
        console.out() << Text::tr("The vault's key is also kept in the OS keychain.") << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
