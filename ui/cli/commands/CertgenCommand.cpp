#include "CertgenCommand.h"

#include "Console.h"
#include "NamedArguments.h"
#include "offline/OfflineIdentity.h"
#include "offline/OfflineRegistry.h"
#include "offline/StorageRegistration.h"
#include "secrets/SecretStore.h"
#include "store/AccountRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace Semina::Cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Semina::Cli::CertgenCommand",
        "Usage:\n"
        "  semina-cli certgen CreateNewApplication SubscriptionId:GUID [KeyAlgorithm:ec|rsa]\n"
        "  semina-cli certgen ExportCertificate out:FILE.cer\n"
        "  semina-cli certgen AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE "
        "storageaccountname:NAME\n"
        "Long options work as well: --subscription-id, --key-algorithm, --out, --xml-file-path,\n"
        "--storage-account-name.\n\n"
        "CreateNewApplication makes this server's offline identity: a key pair (the private key\n"
        "stays in the OS keychain), a certificate named CB_AzureADCertforOfflineSeeding_<ResourceId>\n"
        "and OfflineApplicationParams.xml in Semina's data folder.\n"
        "ExportCertificate writes the certificate without its private key and prints its thumbprint.\n"
        "AddRegistryEntries publishes the certificate into the storage account NAME (set up first\n"
        "with semina-cli account add NAME ...), registers the account for offline backup and writes\n"
        "OfflineApplicationParams_<NAME>.xml.\n");
}

const NamedArguments::Name kSubscription{QStringLiteral("SubscriptionId"), QStringLiteral("subscription-id")};
const NamedArguments::Name kAlgorithm{QStringLiteral("KeyAlgorithm"), QStringLiteral("key-algorithm")};
const NamedArguments::Name kOut{QStringLiteral("out"), QStringLiteral("out")};
const NamedArguments::Name kXmlFile{QStringLiteral("xmlfilepath"), QStringLiteral("xml-file-path")};
const NamedArguments::Name kAccount{QStringLiteral("storageaccountname"), QStringLiteral("storage-account-name")};

Result<NamedArguments> parseRequired(const QStringList &arguments, const QList<NamedArguments::Name> &known,
                                     const QList<NamedArguments::Name> &required)
{
    auto parsed = NamedArguments::parse(arguments, known);
    if (!parsed)
        return parsed;
    for (const NamedArguments::Name &name : required) {
        if (!parsed->has(name.original))
            return fail(
                ErrorCode::Usage,
                QCoreApplication::translate("Semina::Cli::CertgenCommand", "%1:VALUE (or --%2 VALUE) is required.")
                    .arg(name.original, name.longOption));
    }
    return parsed;
}

} // namespace

QString CertgenCommand::summary() const
{
    return QCoreApplication::translate(
        "Semina::Cli::CertgenCommand",
        "CreateNewApplication, ExportCertificate, AddRegistryEntries: this server's offline certificate");
}

int CertgenCommand::run(const QStringList &arguments, Console &console)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? console.err() : console.out()) << usage() << Qt::flush;
        return args.isEmpty() ? console.report(
                   {ErrorCode::Usage,
                    QCoreApplication::translate("Semina::Cli::CertgenCommand", "Name an action: see the usage above.")})
                              : 0;
    }
    const QString action = args.first();
    const QStringList rest = args.mid(1);
    if (action.compare(QLatin1String("CreateNewApplication"), Qt::CaseInsensitive) == 0)
        return createNewApplication(rest, console);
    if (action.compare(QLatin1String("ExportCertificate"), Qt::CaseInsensitive) == 0)
        return exportCertificate(rest, console);
    if (action.compare(QLatin1String("AddRegistryEntries"), Qt::CaseInsensitive) == 0)
        return addRegistryEntries(rest, console);
    console.err() << usage();
    return console.report({ErrorCode::Usage,
                           QCoreApplication::translate("Semina::Cli::CertgenCommand",
                                                       "Unknown certgen action \"%1\": use CreateNewApplication, "
                                                       "ExportCertificate or AddRegistryEntries.")
                               .arg(action)});
}

int CertgenCommand::createNewApplication(const QStringList &arguments, Console &console)
{
    const auto args = parseRequired(arguments, {kSubscription, kAlgorithm}, {kSubscription});
    if (!args)
        return console.report(args.error());
    Offline::KeyAlgorithm algorithm = Offline::KeyAlgorithm::EcP256;
    const QString algorithmName = args->value(kAlgorithm.original).toLower();
    if (algorithmName == QLatin1String("rsa"))
        algorithm = Offline::KeyAlgorithm::Rsa3072;
    else if (!algorithmName.isEmpty() && algorithmName != QLatin1String("ec"))
        return console.report(
            {ErrorCode::Usage,
             QCoreApplication::translate("Semina::Cli::CertgenCommand",
                                         "Unknown key algorithm \"%1\": use ec (P-256) or rsa (3072 bits).")
                 .arg(algorithmName)});

    SecretStore secrets;
    Offline::OfflineIdentity identity(secrets);
    const auto params = identity.create(args->value(kSubscription.original), algorithm);
    if (!params)
        return console.report(params.error());
    console.out()
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "Created the offline identity of this server.")
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "  Subscription:   %1")
               .arg(params->subscriptionId)
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "  Application ID: %1").arg(params->applicationId)
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "  Certificate:    %1")
               .arg(Offline::OfflineApplicationParams::certificateNameFor(params->resourceId))
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "  Thumbprint:     %1")
               .arg(params->certificate.thumbprint())
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "  Written to:     %1")
               .arg(QDir::toNativeSeparators(identity.paramsPath()))
        << Qt::endl
        << QCoreApplication::translate("Semina::Cli::CertgenCommand", "The private key is in the OS keychain only.")
        << Qt::endl;
    return 0;
}

int CertgenCommand::exportCertificate(const QStringList &arguments, Console &console)
{
    const auto args = parseRequired(arguments, {kOut}, {kOut});
    if (!args)
        return console.report(args.error());
    SecretStore secrets;
    const Offline::OfflineIdentity identity(secrets);
    const QString path = args->value(kOut.original);
    const auto thumbprint = identity.exportCertificate(path);
    if (!thumbprint)
        return console.report(thumbprint.error());
    console.out() << QCoreApplication::translate("Semina::Cli::CertgenCommand",
                                                 "Wrote the certificate without its private key to %1")
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl
                  << QCoreApplication::translate("Semina::Cli::CertgenCommand", "Thumbprint: %1").arg(*thumbprint)
                  << Qt::endl;
    return 0;
}

int CertgenCommand::addRegistryEntries(const QStringList &arguments, Console &console)
{
    const auto args
        = parseRequired(arguments, {kSubscription, kXmlFile, kAccount}, {kSubscription, kXmlFile, kAccount});
    if (!args)
        return console.report(args.error());
    const QString account = args->value(kAccount.original);
    const QString subscription = args->value(kSubscription.original);
    const QString xmlFile = args->value(kXmlFile.original);
    QSettings settings;
    Offline::OfflineRegistry registry(settings, Offline::OfflineIdentity::defaultDataFolder());
    SecretStore secrets;
    Store::AccountRegistry accounts(secrets);
    const auto registration = Offline::registerStorageAccount(registry, accounts, subscription, xmlFile, account);
    if (!registration)
        return console.report(registration.error());
    console.out() << QCoreApplication::translate("Semina::Cli::CertgenCommand",
                                                 "Published the certificate %1 as %2 in container \"%3\" of %4.")
                         .arg(registration->certificate.thumbprint(), registration->publishedObject,
                              registration->container, registration->storeDescription)
                  << Qt::endl
                  << QCoreApplication::translate("Semina::Cli::CertgenCommand",
                                                 "Registered the storage account %1 for offline backup.")
                         .arg(account)
                  << Qt::endl
                  << QDir::toNativeSeparators(registration->paramsPath) << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
