#include "offline/StorageRegistration.h"

#include "offline/CertificatePublisher.h"
#include "offline/OfflineRegistry.h"
#include "store/AccountRegistry.h"

#include <QCoreApplication>

namespace Semina::Offline {

Result<StorageRegistration> registerStorageAccount(OfflineRegistry &registry, Store::AccountRegistry &accounts,
                                                   const QString &subscriptionId, const QString &paramsXmlPath,
                                                   const QString &storageAccount)
{
    const auto params = registry.checkEntries(subscriptionId, paramsXmlPath, storageAccount);
    if (!params)
        return fail(params.error());
    const auto definition = accounts.find(storageAccount);
    if (!definition)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "Semina::Offline::StorageRegistration",
                        "The storage account \"%1\" is not set up in Semina, so the certificate cannot be published "
                        "to it: add it with \"semina-cli account add %1 --folder PATH\" (or "
                        "--connection-string-stdin), then register it again.")
                        .arg(storageAccount));
    auto store = accounts.open(*definition);
    if (!store)
        return fail(store.error());
    const auto published = CertificatePublisher(**store, definition->container).publish(params->certificate);
    if (!published)
        return fail(published.error());
    const auto path = registry.addRegistryEntries(subscriptionId, paramsXmlPath, storageAccount);
    if (!path)
        return fail(path.error());
    return StorageRegistration{params->certificate, *published, definition->container, (*store)->describe(), *path};
}

} // namespace Semina::Offline
