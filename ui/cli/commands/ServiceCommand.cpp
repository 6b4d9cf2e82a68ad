#include "ServiceCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "importjob/JobCreation.h"
#include "importjob/ServiceSetup.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::ServiceCommand)
};

QString usage()
{
    return Text::tr("Usage:\n"
                    "  semina-cli service init --account NAME --address ADDRESS [--carriers LIST]\n"
                    "  semina-cli service set [--account NAME] [--address ADDRESS] [--carriers LIST]\n"
                    "  semina-cli service show [--account NAME]\n"
                    "`init` creates the import service in the storage account NAME (`semina-cli account add`\n"
                    "first): the receiving station's key pair (its private key in this computer's keychain),\n"
                    "its certificate, the ship-to address and the carriers. ADDRESS is \"recipient; street 1;\n"
                    "street 2; city; state or province; postal code; country or region\"; LIST is comma\n"
                    "separated (DHL,FedEx,TNT,UPS by default). Without --account, `set` and `show` work on the\n"
                    "embedded local service (made on first use with a placeholder address to set).\n"
                    "Then issue publish settings with `semina-cli subscription create --service NAME`.\n");
}

QStringList carrierList(const QString &text)
{
    QStringList carriers;
    for (const QString &carrier : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!carrier.trimmed().isEmpty())
            carriers << carrier.trimmed();
    }
    return carriers;
}

void show(Console &console, const Offline::ServiceDescription &description, const QString &where)
{
    console.out() << Text::tr("Import service \"%1\" (%2)").arg(description.name, where) << Qt::endl;
    for (const QString &line : Offline::shipToLines(description))
        console.out() << line << Qt::endl;
    const auto certificate = Offline::Certificate::fromDer(description.stationCertificateDer);
    if (certificate)
        console.out() << Text::tr("Station certificate: %1, valid until %2")
                             .arg(certificate->thumbprint(), certificate->notAfter().toString(Qt::ISODate))
                      << Qt::endl;
}

} // namespace

QString ServiceCommand::summary() const
{
    return Text::tr("init | set | show: the import service (ship-to address, carriers, station key)");
}

int ServiceCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), Text::tr("The storage account."), Text::tr("NAME"));
    const QCommandLineOption address(QStringLiteral("address"), Text::tr("The ship-to address."), Text::tr("ADDRESS"));
    const QCommandLineOption carriers(QStringLiteral("carriers"), Text::tr("The supported carriers."),
                                      Text::tr("LIST"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOptions({account, address, carriers, help});
    if (!parser.parse(arguments)) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, parser.errorText()});
    }
    if (parser.isSet(help)) {
        console.out() << usage() << Qt::flush;
        return kExitOk;
    }
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || !QStringList{QStringLiteral("init"), QStringLiteral("set"), QStringLiteral("show")}.contains(action)) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("Choose one of init, set and show.")});
    }
    if (action == QLatin1String("init") && (!parser.isSet(account) || !parser.isSet(address))) {
        console.err() << usage();
        return console.report({ErrorCode::Usage, Text::tr("service init needs --account and --address.")});
    }
    std::optional<Offline::PostalAddress> shipTo;
    if (parser.isSet(address)) {
        auto parsed = Offline::PostalAddress::fromText(parser.value(address));
        if (!parsed)
            return console.report(parsed.error());
        shipTo = *parsed;
    }
    std::optional<QStringList> carrierNames;
    if (parser.isSet(carriers))
        carrierNames = carrierList(parser.value(carriers));

    SecretStore secrets;
    const QString url = parser.isSet(account) ? Offline::serviceUrlFor(parser.value(account))
                                              : QLatin1String(Offline::kLocalServiceManagementUrl);
    auto store = Offline::openServiceStore(url, secrets);
    if (!store)
        return console.report(store.error());
    Offline::ServiceStorage storage(**store);

    Result<Offline::ServiceDescription> description;
    if (action == QLatin1String("init")) {
        description = Offline::initService(
            storage, secrets, {parser.value(account), *shipTo, carrierNames.value_or(Offline::defaultCarriers())});
        if (description)
            console.out() << Text::tr("Created the import service in %1.").arg(storage.describe()) << Qt::endl;
    } else {
        if (!parser.isSet(account)) {
            if (auto made = Offline::ensureEmbeddedService(storage, secrets); !made)
                return console.report(made.error());
        }
        description = action == QLatin1String("set") ? Offline::editService(storage, shipTo, carrierNames)
                                                     : storage.readDescription();
    }
    if (!description)
        return console.report(description.error());
    show(console, *description, url);
    if (action == QLatin1String("init"))
        console.out() << Text::tr("Next: issue publish settings with \"semina-cli subscription create --service %1 "
                                  "--name NAME --out FILE\".")
                             .arg(parser.value(account))
                      << Qt::endl;
    return kExitOk;
}

} // namespace Semina::Cli
