#include "AccountCommand.h"

#include "Console.h"
#include "secrets/SecretStore.h"
#include "store/AccountRegistry.h"

#include <QCoreApplication>
#include <QFile>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::AccountCommand)
};

QString usage()
{
    return Text::tr(
        "Usage:\n"
        "  semina-cli account add NAME --folder PATH [--container NAME]\n"
        "  semina-cli account add NAME --connection-string-stdin [--container NAME]\n"
        "  semina-cli account list\n"
        "  semina-cli account test NAME\n"
        "  semina-cli account remove NAME\n"
        "A folder account keeps its containers as sub-folders of PATH. An Azure account is given by its\n"
        "connection string, read from standard input so it never shows in the process list; its key or SAS\n"
        "is kept in the OS keychain. The container defaults to \"semina\"; `account add` creates it when it\n"
        "does not exist yet.\n"
        "`account test` writes, reads back and removes a test object. Exit codes: 0 it works, 4 the\n"
        "container or folder does not exist, 5 the key or SAS is refused, 8 the service cannot be\n"
        "reached, 10 no keychain (see docs/CLI.md).\n");
}

// One line: the diagnosis without the technical trail.
int reportOneLine(Console &console, const Error &error)
{
    return console.report({error.code, error.message});
}
} // namespace

QString AccountCommand::summary() const
{
    return Text::tr("add | list | test | remove: the storage accounts (a folder or Azure) Semina writes to");
}

int AccountCommand::run(const QStringList &arguments, Console &console)
{
    const QStringList args = arguments.mid(1);
    const QString action = args.value(0);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        console.out() << usage() << Qt::flush;
        return 0;
    }
    if (action == QLatin1String("add"))
        return add(args.mid(1), console);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(console);
    if (action == QLatin1String("test") && args.size() == 2)
        return test(args.mid(1), console);
    if (action == QLatin1String("remove") && args.size() == 2)
        return remove(args.mid(1), console);
    console.err() << usage();
    return console.report({ErrorCode::Usage, Text::tr("Unknown or incomplete account command: see the usage above.")});
}

int AccountCommand::add(const QStringList &args, Console &console)
{
    QString name;
    QString folder;
    bool fromStdin = false;
    QString container; // empty: the replaced account's, or the default
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--folder") && i + 1 < args.size())
            folder = args[++i];
        else if (arg == QLatin1String("--container") && i + 1 < args.size())
            container = args[++i];
        else if (arg == QLatin1String("--connection-string-stdin"))
            fromStdin = true;
        else if (!arg.startsWith(u'-') && name.isEmpty())
            name = arg;
        else
            return console.report(
                {ErrorCode::Usage, Text::tr("Unexpected argument \"%1\": see semina-cli account --help.").arg(arg)});
    }
    if (name.isEmpty() || folder.isEmpty() == !fromStdin)
        return console.report({ErrorCode::Usage,
                               Text::tr("Give a NAME and exactly one of --folder PATH or "
                                        "--connection-string-stdin: see semina-cli account --help.")});
    SecretStore secrets;
    Store::AccountRegistry registry(secrets);
    const bool replacing = registry.find(name).has_value();
    Result<Store::AccountDefinition> added;
    if (fromStdin) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return console.report({ErrorCode::Io, Text::tr("Could not read standard input.")});
        const QString connection = QString::fromUtf8(input.readAll()).trimmed();
        added = registry.addConnectionString(name, connection, container);
    } else {
        added = registry.addFolder(name, folder, container);
    }
    if (!added)
        return reportOneLine(console, added.error());
    console.out() << (replacing ? Text::tr("Replaced the storage account \"%1\" (container \"%2\").")
                                : Text::tr("Added the storage account \"%1\" (container \"%2\")."))
                         .arg(name, added->container)
                  << Qt::endl;
    return createContainer(*added, registry, console);
}

// The account is kept whatever happens here: a key fixed later, or a service back, and
// `account test` shows it works. Creating a container that exists changes nothing.
int AccountCommand::createContainer(const Store::AccountDefinition &account, Store::AccountRegistry &registry,
                                    Console &console)
{
    Store::StoreOptions options;
    options.retry = Store::RetryPolicy::forInteractiveChecks();
    auto store = registry.open(account, options);
    const Result<bool> created
        = store ? Store::createContainerIfMissing(**store, account.container) : Result<bool>(fail(store.error()));
    if (!created)
        return console.report(
            {created.error().code,
             Text::tr("The account \"%1\" was saved, but its container \"%2\" could not be created: %3 Once this is "
                      "fixed, \"semina-cli account add\" again creates it.")
                 .arg(account.name, account.container, created.error().message)});
    console.out() << (*created ? Text::tr("Created the container \"%1\" in %2.")
                               : Text::tr("The container \"%1\" exists in %2."))
                         .arg(account.container, (*store)->describe())
                  << Qt::endl
                  << Text::tr("Check the account with: semina-cli account test %1").arg(account.name) << Qt::endl;
    return 0;
}

int AccountCommand::list(Console &console)
{
    SecretStore secrets;
    Store::AccountRegistry registry(secrets);
    const auto accounts = registry.list();
    if (accounts.isEmpty()) {
        console.out() << Text::tr("No storage accounts yet: add one with semina-cli account add.") << Qt::endl;
        return 0;
    }
    for (const auto &account : accounts) {
        const QString where = account.kind == Store::AccountDefinition::Kind::Folder
            ? Text::tr("folder %1").arg(account.folder)
            : Text::tr("azure %1").arg(account.connectionSettings);
        console.out() << account.name << '\t' << where << '\t' << Text::tr("container %1").arg(account.container)
                      << Qt::endl;
    }
    return 0;
}

int AccountCommand::test(const QStringList &args, Console &console)
{
    SecretStore secrets;
    Store::AccountRegistry registry(secrets);
    auto account = registry.find(args.first());
    if (!account)
        return reportOneLine(console, account.error());
    // A person waits for the answer: a few seconds of retries, then the diagnosis.
    Store::StoreOptions options;
    options.retry = Store::RetryPolicy::forInteractiveChecks();
    auto store = registry.open(*account, options);
    if (!store)
        return reportOneLine(console, store.error());
    auto summary = Store::testAccount(**store, account->container);
    if (!summary)
        return reportOneLine(console, summary.error());
    console.out() << Text::tr("The storage account \"%1\" works: %2").arg(account->name, *summary) << Qt::endl;
    return 0;
}

int AccountCommand::remove(const QStringList &args, Console &console)
{
    SecretStore secrets;
    Store::AccountRegistry registry(secrets);
    if (auto removed = registry.remove(args.first()); !removed)
        return reportOneLine(console, removed.error());
    console.out() << Text::tr("Removed the storage account \"%1\"; its data was not touched.").arg(args.first())
                  << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
