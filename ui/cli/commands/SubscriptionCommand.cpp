#include "SubscriptionCommand.h"

#include "Console.h"
#include "core/AtomicFile.h"
#include "importjob/ServiceSetup.h"
#include "offline/LocalSubscription.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Semina::Cli {

QString SubscriptionCommand::summary() const
{
    return QCoreApplication::translate("Semina::Cli::SubscriptionCommand",
                                       "create: issue a publish settings file for the embedded local service");
}

int SubscriptionCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage = QCoreApplication::translate(
        "Semina::Cli::SubscriptionCommand",
        "Usage: semina-cli subscription create --name NAME [--id GUID] [--service NAME] --out FILE.publishsettings\n"
        "Issues a publish settings file (schema 2.0) with a new management certificate for Semina's\n"
        "embedded local service, or with --service for the import service in the storage account NAME\n"
        "(`semina-cli service init`), which registers the certificate for the subscription. Keep the\n"
        "file private: like Azure's, it holds the certificate's key.\n");
    QCommandLineParser parser;
    const QCommandLineOption name(
        QStringLiteral("name"),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "The subscription's name."),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "NAME"));
    const QCommandLineOption id(
        QStringLiteral("id"),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "Its id; a new GUID when left out."),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "GUID"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "The file to write."),
                                 QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "FILE"));
    const QCommandLineOption service(
        QStringLiteral("service"),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "The import service's storage account."),
        QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "NAME"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "Show this help."));
    parser.addOptions({name, id, out, service, help});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "create"));
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
        return console.report({ErrorCode::Usage,
                               QCoreApplication::translate("Semina::Cli::SubscriptionCommand",
                                                           "The only subscription action is \"create\".")});
    }
    if (!parser.isSet(name) || !parser.isSet(out)) {
        console.err() << usage;
        return console.report(
            {ErrorCode::Usage,
             QCoreApplication::translate("Semina::Cli::SubscriptionCommand", "--name and --out are required.")});
    }
    if (parser.isSet(service))
        return createForService(parser.value(service), parser.value(name), parser.value(id), parser.value(out),
                                console);
    const auto subscription = Offline::writeLocalSubscription(parser.value(out), parser.value(name), parser.value(id));
    if (!subscription)
        return console.report(subscription.error());
    console.out() << QCoreApplication::translate("Semina::Cli::SubscriptionCommand",
                                                 "Wrote %1: subscription \"%2\" (%3) of the embedded local service.")
                         .arg(QDir::toNativeSeparators(parser.value(out)), subscription->name, subscription->id)
                  << Qt::endl;
    return 0;
}

int SubscriptionCommand::createForService(const QString &service, const QString &name, const QString &id,
                                          const QString &out, Console &console)
{
    if (QFileInfo::exists(out))
        return console.report({ErrorCode::Conflict,
                               QCoreApplication::translate("Semina::Cli::SubscriptionCommand",
                                                           "\"%1\" already exists: choose another --out file, or "
                                                           "remove it first.")
                                   .arg(QDir::toNativeSeparators(out))});
    SecretStore secrets;
    const QString url = Offline::serviceUrlFor(service);
    auto store = Offline::openServiceStore(url, secrets);
    if (!store)
        return console.report(store.error());
    Offline::ServiceStorage storage(**store);
    auto subscription = Offline::issueServiceSubscription(storage, url, name, id);
    if (!subscription)
        return console.report(subscription.error());
    if (auto written = writeFileAtomically(out, subscription->publishSettingsXml); !written)
        return console.report(written.error());
    console.out() << QCoreApplication::translate("Semina::Cli::SubscriptionCommand",
                                                 "Wrote %1: subscription \"%2\" (%3) of the import service %4.")
                         .arg(QDir::toNativeSeparators(out), subscription->name, subscription->id, url)
                  << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
