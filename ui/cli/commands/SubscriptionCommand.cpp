#include "SubscriptionCommand.h"

#include "Console.h"
#include "offline/LocalSubscription.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Semina::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Semina::Cli::SubscriptionCommand", text);
}
} // namespace

QString SubscriptionCommand::summary() const
{
    return tr("create: issue a publish settings file for the embedded local service");
}

int SubscriptionCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage
        = tr("Usage: semina-cli subscription create --name NAME [--id GUID] --out FILE.publishsettings\n"
             "Issues a publish settings file (schema 2.0) with a new management certificate for Semina's\n"
             "embedded local service. Keep it private: like Azure's, it holds the certificate's key.\n");
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The subscription's name."), tr("NAME"));
    const QCommandLineOption id(QStringLiteral("id"), tr("Its id; a new GUID when left out."), tr("GUID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), tr("FILE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({name, id, out, help});
    parser.addPositionalArgument(QStringLiteral("action"), tr("create"));
    if (!parser.parse(arguments)) {
        console.err() << usage;
        return console.report({ErrorCode::Usage, parser.errorText()});
    }
    if (parser.isSet(help)) {
        console.out() << usage << Qt::flush;
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("create")}) {
        console.err() << usage;
        return console.report({ErrorCode::Usage, tr("The only subscription action is \"create\".")});
    }
    if (!parser.isSet(name) || !parser.isSet(out)) {
        console.err() << usage;
        return console.report({ErrorCode::Usage, tr("--name and --out are required.")});
    }
    const auto subscription = Offline::writeLocalSubscription(parser.value(out), parser.value(name), parser.value(id));
    if (!subscription)
        return console.report(subscription.error());
    console.out() << tr("Wrote %1: subscription \"%2\" (%3) of the embedded local service.")
                         .arg(QDir::toNativeSeparators(parser.value(out)), subscription->name, subscription->id)
                  << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
