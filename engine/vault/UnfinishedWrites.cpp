#include "vault/UnfinishedWrites.h"

#include "core/Logging.h"
#include "vault/Vault.h"

namespace Semina::Vault {

Result<QList<Store::UnfinishedWrite>> unfinishedWrites(Vault &vault)
{
    const VaultLocation &location = vault.location();
    auto found = location.store->listUnfinishedWrites(location.container, location.prefix);
    if (!found)
        return fail(found.error());
    const QString locks = location.objectName(QStringLiteral("locks/"));
    found->removeIf([&](const Store::UnfinishedWrite &write) { return write.name.startsWith(locks); });
    return found;
}

Result<> removeUnfinishedWrites(Vault &vault)
{
    auto found = unfinishedWrites(vault);
    if (!found)
        return fail(found.error());
    const VaultLocation &location = vault.location();
    for (const Store::UnfinishedWrite &write : std::as_const(*found)) {
        if (auto removed = location.store->removeUnfinishedWrite(location.container, write); !removed)
            return fail(removed.error());
        qCInfo(lcVault) << "removed" << write.location << "left by an interrupted write of" << write.name;
    }
    return {};
}

} // namespace Semina::Vault
