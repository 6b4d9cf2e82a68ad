#include "KeyCommand.h"

#include "Console.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "core/Language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::KeyCommand)
};

QString kindName(Vault::KeyFile::Kind kind)
{
    return kind == Vault::KeyFile::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("passphrase");
}
} // namespace

// A recovery key lost (a seed killed in the instant before it showed its key, or a sheet gone):
// a new one replaces it, shown once.
int KeyCommand::addRecoveryKey(Vault::Vault &vault, bool json, JobContext &context, Console &console)
{
    auto key = vault.replaceRecoveryKey(Crypto::ScryptParameters(), &context);
    if (!key)
        return console.report(key.error());
    if (json) {
        console.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("recoveryKey"), *key}}).toJson())
                      << Qt::flush;
        return 0;
    }
    console.out() << Text::tr("Recovery key: %1").arg(*key) << Qt::endl
                  << Text::tr("Write it down now and keep it apart from the drives: it is shown only once and opens "
                              "the vault if the passphrases are lost. Any earlier recovery key no longer works.")
                  << Qt::endl;
    return 0;
}

QString KeyCommand::summary() const
{
    return Text::tr("add|remove|list: the passphrases that open a vault");
}

int KeyCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("key add: adds a passphrase (from --new-password-file, SEMINA_NEW_PASSWORD "
                 "or a prompt).\nkey add --recovery: makes a new recovery key, shown once, in place of the "
                 "vault's recovery key.\nkey remove ID: removes one (not the last passphrase).\n"
                 "key list: lists them."));
    VaultAccess::addOptions(parser);
    parser.addOption({QStringLiteral("new-password-file"), Text::tr("key add: read the new passphrase from FILE."),
                      Text::tr("FILE")});
    parser.addOption(
        {QStringLiteral("label"), Text::tr("key add: who or what uses the new passphrase."), Text::tr("TEXT")});
    parser.addOption({QStringLiteral("recovery"),
                      Text::tr("key add: a new recovery key instead of a passphrase; the old recovery key stops "
                               "working.")});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("add, remove or list"),
                                 Text::tr("add|remove ID|list"));
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool valid = (action == QLatin1String("add") && positional.size() == 1)
        || (action == QLatin1String("list") && positional.size() == 1)
        || (action == QLatin1String("remove") && positional.size() == 2);
    if (!valid)
        return console.report({ErrorCode::Usage, Text::tr("Use key add, key remove ID or key list.")});
    VaultAccess access(parser);
    JobContext context; // hears of stale locks removed on the way
    access.attach(context, console);
    auto vault = access.open(console);
    if (!vault)
        return console.report(vault.error());

    if (action == QLatin1String("add") && parser.isSet(QStringLiteral("recovery")))
        return addRecoveryKey(**vault, access.json(), context, console);
    if (action == QLatin1String("add")) {
        auto secret = access.newPassphrase(console, QStringLiteral("new-password-file"), "SEMINA_NEW_PASSWORD");
        if (!secret)
            return console.report(secret.error());
        if (auto accepted = acceptNewPassphrase(*secret, console); !accepted)
            return console.report(accepted.error());
        auto key
            = (*vault)->addKey(*secret, parser.value(QStringLiteral("label")), Crypto::ScryptParameters(), &context);
        if (!key)
            return console.report(key.error());
        if (access.json())
            console.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), key->id}}).toJson())
                          << Qt::flush;
        else
            console.out() << Text::tr("Added the key %1.").arg(key->id) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (auto ok = (*vault)->removeKey(positional.at(1), &context); !ok)
            return console.report(ok.error());
        if (!access.json())
            console.out() << Text::tr("Removed the key %1.").arg(positional.at(1)) << Qt::endl;
        return 0;
    }
    auto keys = (*vault)->listKeys();
    if (!keys)
        return console.report(keys.error());
    if (access.json()) {
        QJsonArray list;
        for (const auto &key : *keys)
            list.append(QJsonObject{{QStringLiteral("id"), key.id},
                                    {QStringLiteral("kind"), kindName(key.kind)},
                                    {QStringLiteral("label"), key.label},
                                    {QStringLiteral("host"), key.host},
                                    {QStringLiteral("created"), key.created.toString(Qt::ISODate)},
                                    {QStringLiteral("current"), key.current}});
        console.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    for (const auto &key : *keys)
        console.out() << (key.current ? QStringLiteral("* ") : QStringLiteral("  ")) << key.id << "  "
                      << kindName(key.kind).leftJustified(11) << Language::dateTimeText(key.created) << "  " << key.host
                      << "  " << key.label << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
