#include "vault/CheckKeys.h"

#include "store/ObjectStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Check)
};
} // namespace

Result<> checkKeyFiles(Vault &vault, CheckReport &report)
{
    const VaultLocation &location = vault.location();
    auto names = vault.listObjects(QStringLiteral("keys/"));
    if (!names)
        return fail(names.error());
    bool recovery = false;
    for (const QString &name : *names) {
        ++report.keyFiles;
        const QString id = name.section(QLatin1Char('/'), -1);
        auto json = location.store->get(location.container, location.objectName(name));
        if (!json) {
            if (json.error().code != ErrorCode::Corruption)
                return fail(json.error());
            report.damaged.append({name, json.error().message});
            continue;
        }
        auto key = KeyFile::fromJson(*json, id);
        if (!key) {
            report.damaged.append({name, key.error().message});
            continue;
        }
        auto seal = key->verifySeal(vault.keys().masterKey(), vault.config().vaultId);
        if (!seal)
            return fail(seal.error());
        const QString secret = key->kind == KeyFile::Kind::Recovery ? Text::tr("recovery key") : Text::tr("passphrase");
        if (*seal == KeyFile::Seal::Mismatch) {
            report.damaged.append(
                {name,
                 Text::tr("It does not wrap this vault's master key (it was replaced or altered): its %1 no "
                          "longer opens the vault. Remove it with semina-cli key remove %2.")
                     .arg(secret, id)});
            continue;
        }
        if (*seal == KeyFile::Seal::Missing && vault.config().keyFilesSealed) {
            report.damaged.append(
                {name,
                 Text::tr("It carries no seal, though every key file of this vault has one: it was replaced, "
                          "and its %1 may not open the vault. Remove it with semina-cli key remove %2.")
                     .arg(secret, id)});
            continue;
        }
        if (*seal == KeyFile::Seal::Missing)
            report.unverifiedKeys << name; // written before key files were sealed
        recovery = recovery || key->kind == KeyFile::Kind::Recovery;
    }
    if (!recovery)
        report.damaged.append(
            {QStringLiteral("keys/"),
             Text::tr("The vault has no intact recovery key: if the passphrases are forgotten, nothing opens it. Keep "
                      "a new recovery key (semina-cli key add --recovery) or a second passphrase in a safe place "
                      "(semina-cli "
                      "key add).")});
    return {};
}

} // namespace Semina::Vault
