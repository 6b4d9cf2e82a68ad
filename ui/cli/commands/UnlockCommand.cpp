#include "UnlockCommand.h"

#include "Console.h"
#include "VaultAccess.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::UnlockCommand)
};

QJsonObject toJson(const Vault::LockEntry &entry, const QString &stale)
{
    QJsonObject object{{QStringLiteral("name"), entry.name}, {QStringLiteral("stale"), !stale.isEmpty()}};
    if (!stale.isEmpty())
        object.insert(QStringLiteral("staleReason"), stale);
    if (const auto &record = entry.record) {
        object.insert(QStringLiteral("mode"),
                      record->mode == Vault::LockMode::Exclusive ? QStringLiteral("exclusive")
                                                                 : QStringLiteral("shared"));
        object.insert(QStringLiteral("operation"), record->operation);
        object.insert(QStringLiteral("host"), record->host);
        object.insert(QStringLiteral("pid"), record->pid);
        object.insert(QStringLiteral("user"), record->user);
        object.insert(QStringLiteral("started"), record->started.toString(Qt::ISODate));
        object.insert(QStringLiteral("refreshed"), record->refreshed.toString(Qt::ISODate));
    } else {
        object.insert(QStringLiteral("problem"), entry.problem);
    }
    return object;
}
} // namespace

QString UnlockCommand::summary() const
{
    return Text::tr("remove a vault's locks left by jobs that no longer run");
}

int UnlockCommand::run(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Removes the vault's locks. Every backup, check, restore and key change locks the vault while it "
                 "runs; a lock whose process has ended is stale. Without options every lock is removed: do that "
                 "only when no other Semina job uses the vault."));
    VaultAccess::addOptions(parser);
    parser.addOption({QStringLiteral("remove-stale"),
                      Text::tr("Remove only stale locks: of processes that ended on this machine, or not refreshed "
                               "for 30 minutes.")});
    parser.addOption({QStringLiteral("list"), Text::tr("Only list the locks.")});
    if (auto ok = VaultAccess::parse(parser, arguments); !ok)
        return console.report(ok.error());
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << VaultAccess::helpText(parser, name()) << Qt::flush;
        return 0;
    }
    if (parser.isSet(QStringLiteral("list")) && parser.isSet(QStringLiteral("remove-stale")))
        return console.report({ErrorCode::Usage, Text::tr("Use --list or --remove-stale, not both.")});
    VaultAccess access(parser);
    auto vault = access.open(console);
    if (!vault)
        return console.report(vault.error());

    const bool listOnly = parser.isSet(QStringLiteral("list"));
    auto entries = listOnly ? Vault::VaultLock::list(**vault)
                            : Vault::VaultLock::remove(**vault, parser.isSet(QStringLiteral("remove-stale")));
    if (!entries)
        return console.report(entries.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (access.json()) {
        QJsonArray list;
        for (const auto &entry : *entries)
            list.append(toJson(entry, entry.staleReason(now)));
        console.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    for (const auto &entry : *entries) {
        const QString stale = entry.staleReason(now);
        const QString line = listOnly ? Text::tr("%1: %2").arg(entry.name, entry.describe())
                                      : Text::tr("Removed %1: %2").arg(entry.name, entry.describe());
        console.out() << line << (stale.isEmpty() ? QString() : Text::tr(" (stale: %1)").arg(stale)) << Qt::endl;
    }
    if (entries->isEmpty())
        console.out() << (listOnly ? Text::tr("The vault has no locks.") : Text::tr("No lock was removed."))
                      << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
