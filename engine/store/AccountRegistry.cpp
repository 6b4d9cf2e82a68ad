#include "store/AccountRegistry.h"

#include "secrets/SecretStore.h"
#include "store/ObjectNames.h"
#include "store/StoreFactory.h"
#include "store/azure/ConnectionString.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace Semina::Store {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Store::AccountRegistry)
};

QString group(const QString &name)
{
    return QStringLiteral("storage-accounts/") + name;
}

QString secretName(const QString &name)
{
    return QStringLiteral("storage-account/") + name;
}

Result<> checkAccountName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    if (!valid.match(name).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a valid account name: use 1 to 40 letters, digits, '-', '_' or '.'.")
                        .arg(name.left(60)));
    return {};
}

void save(const AccountDefinition &account)
{
    QSettings settings;
    settings.remove(group(account.name));
    settings.beginGroup(group(account.name));
    settings.setValue(QStringLiteral("kind"),
                      account.kind == AccountDefinition::Kind::Folder ? QStringLiteral("folder")
                                                                      : QStringLiteral("azure"));
    if (account.kind == AccountDefinition::Kind::Folder)
        settings.setValue(QStringLiteral("folder"), account.folder);
    else
        settings.setValue(QStringLiteral("connection"), account.connectionSettings);
    settings.setValue(QStringLiteral("container"), account.container);
    settings.endGroup();
    settings.sync();
}
} // namespace

QString AccountRegistry::containerFor(const QString &name, const QString &container) const
{
    if (!container.isEmpty())
        return container;
    auto existing = find(name);
    return existing ? existing->container : QString::fromLatin1(kDefaultContainer);
}

AccountRegistry::AccountRegistry(SecretStore &secrets)
    : m_secrets(secrets)
{
}

Result<AccountDefinition> AccountRegistry::addFolder(const QString &name, const QString &folder,
                                                     const QString &givenContainer)
{
    if (auto valid = checkAccountName(name); !valid)
        return fail(valid.error());
    const QString container = containerFor(name, givenContainer);
    if (auto valid = checkContainerName(container); !valid)
        return fail(valid.error());
    const QString absolute = QDir::cleanPath(QDir(folder).absolutePath());
    if (!QDir().mkpath(absolute))
        return fail(ErrorCode::Io,
                    Text::tr("Could not create the folder %1: check that its parent is writable.").arg(absolute));
    AccountDefinition account{name, AccountDefinition::Kind::Folder, absolute, {}, container};
    save(account);
    (void)m_secrets.remove(secretName(name)); // an Azure account of that name had one
    return account;
}

Result<AccountDefinition> AccountRegistry::addConnectionString(const QString &name, const QString &connectionString,
                                                               const QString &givenContainer)
{
    if (auto valid = checkAccountName(name); !valid)
        return fail(valid.error());
    const QString container = containerFor(name, givenContainer);
    if (auto valid = checkContainerName(container); !valid)
        return fail(valid.error());
    if (auto parsed = Azure::parseConnectionString(connectionString); !parsed)
        return fail(parsed.error());
    const auto split = Azure::splitConnectionString(connectionString);
    if (!split.secret.isEmpty()) {
        if (auto stored = m_secrets.write(secretName(name), split.secret); !stored)
            return fail(stored.error());
    }
    AccountDefinition account{name, AccountDefinition::Kind::Azure, {}, split.settings, container};
    save(account);
    return account;
}

QList<AccountDefinition> AccountRegistry::list() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("storage-accounts"));
    const QStringList names = settings.childGroups();
    settings.endGroup();
    QList<AccountDefinition> accounts;
    for (const QString &name : names) {
        if (auto account = find(name))
            accounts.append(*account);
    }
    return accounts;
}

Result<AccountDefinition> AccountRegistry::find(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(group(name));
    const QString kind = settings.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        return fail(ErrorCode::NotFound,
                    Text::tr("There is no storage account named \"%1\": add it with semina-cli account "
                             "add, or list the known ones with semina-cli account list.")
                        .arg(name));
    AccountDefinition account;
    account.name = name;
    account.kind = kind == QLatin1String("azure") ? AccountDefinition::Kind::Azure : AccountDefinition::Kind::Folder;
    account.folder = settings.value(QStringLiteral("folder")).toString();
    account.connectionSettings = settings.value(QStringLiteral("connection")).toString();
    account.container = settings.value(QStringLiteral("container"), QLatin1String(kDefaultContainer)).toString();
    return account;
}

Result<> AccountRegistry::remove(const QString &name)
{
    if (auto account = find(name); !account)
        return fail(account.error());
    if (auto removed = m_secrets.remove(secretName(name)); !removed)
        return removed;
    QSettings settings;
    settings.remove(group(name));
    return {};
}

Result<std::unique_ptr<ObjectStore>> AccountRegistry::open(const AccountDefinition &account,
                                                           const StoreOptions &options)
{
    if (account.kind == AccountDefinition::Kind::Folder)
        return openFolderStore(account.folder);
    QString connection = account.connectionSettings;
    auto secret = m_secrets.read(secretName(account.name));
    if (secret)
        connection += u';' + QString::fromUtf8(*secret);
    else if (secret.error().code != ErrorCode::NotFound)
        return fail(secret.error());
    else if (!Azure::parseConnectionString(connection)) // it needs the key or SAS the keychain lost
        return fail(ErrorCode::NotFound,
                    Text::tr("The account key or SAS of the storage account \"%1\" is not in this computer's "
                             "keychain (a new computer, or a keychain that was reset): give the connection string "
                             "again with semina-cli account add %1 --connection-string-stdin.")
                        .arg(account.name));
    auto store = openAzureStore(connection, options);
    if (!store)
        return fail(store.error().prefixed(Text::tr("Storage account \"%1\"").arg(account.name)));
    return store;
}

Result<bool> createContainerIfMissing(ObjectStore &store, const QString &container)
{
    auto exists = store.containerExists(container);
    if (!exists)
        return fail(exists.error());
    if (*exists)
        return false;
    if (auto created = store.createContainer(container); !created)
        return fail(created.error());
    return true;
}

Result<QString> testAccount(ObjectStore &store, const QString &container)
{
    QElapsedTimer clock;
    clock.start();
    auto exists = store.containerExists(container);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(ErrorCode::NotFound,
                    Text::tr("The container \"%1\" does not exist in %2: create it, or give the right one with "
                             "--container when adding the account.")
                        .arg(container, store.describe()));
    const QString probe = QStringLiteral(".semina-probe/") + QUuid::createUuid().toString(QUuid::Id128);
    QByteArray payload(64 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
    if (auto put = store.put(container, probe, payload, PutCondition::ifAbsent()); !put) {
        // Refused to write but able to list: a read-only SAS (or folder), which is what a
        // machine that only restores may be given; say so rather than "check the key".
        if (put.error().code == ErrorCode::AccessDenied && store.list(container, {}, {}, 1))
            return fail(ErrorCode::AccessDenied,
                        Text::tr("%1 lets Semina read container \"%2\" but not write to it: enough to restore, not "
                                 "to back up. To back up, give a SAS with the read, add, create, write, delete and "
                                 "list permissions (or the account key), or a writable folder.")
                            .arg(store.describe(), container),
                        put.error().message);
        return fail(put.error());
    }
    // Every operation a backup needs, each checked: read back, list, remove.
    auto read = store.get(container, probe);
    auto listed = store.list(container, QStringLiteral(".semina-probe/"));
    auto removed = store.remove(container, probe);
    if (!read)
        return fail(read.error());
    if (*read != payload)
        return fail(ErrorCode::Corruption,
                    Text::tr("%1 returned different bytes than were written to container \"%2\": "
                             "something between Semina and the storage damages data.")
                        .arg(store.describe(), container));
    // Whole sentences, one for each operation, so translations need not compose them.
    const auto missing = [&](const Error &error, const QString &sentence) {
        return error.code != ErrorCode::AccessDenied ? error : Error{ErrorCode::AccessDenied, sentence, error.message};
    };
    if (!listed)
        return fail(missing(listed.error(),
                            Text::tr("%1 lets Semina write to container \"%2\" but not list it: give a SAS with the "
                                     "read, add, create, write, delete and list permissions (or the account key).")
                                .arg(store.describe(), container)));
    if (!removed)
        return fail(missing(removed.error(),
                            Text::tr("%1 lets Semina write to container \"%2\" but not delete from it: give a SAS "
                                     "with the read, add, create, write, delete and list permissions (or the account "
                                     "key).")
                                .arg(store.describe(), container)));
    const bool probeListed = std::any_of(listed->objects.cbegin(), listed->objects.cend(),
                                         [&](const ObjectInfo &info) { return info.name == probe; });
    if (!probeListed)
        return fail(ErrorCode::Corruption,
                    Text::tr("%1 did not list the test object just written to container \"%2\": the storage "
                             "does not behave as Azure Blob Storage does.")
                        .arg(store.describe(), container));
    return Text::tr("%1, container \"%2\": a 64 KiB test object was written, read back identical and removed in %3 ms.")
        .arg(store.describe(), container)
        .arg(clock.elapsed());
}

} // namespace Semina::Store
