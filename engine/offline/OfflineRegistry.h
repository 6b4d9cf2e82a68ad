#pragma once

#include "core/Error.h"
#include "offline/OfflineApplicationParams.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace Semina::Offline {

// The storage accounts registered for offline backup on this server (the original's
// AddRegistryEntries, kept in Semina's settings instead of the Windows registry).
class OfflineRegistry {
public:
    // `settings`: Semina's settings (QSettings() in the programs, a file of their own in tests).
    // `dataFolder`: where OfflineApplicationParams_<account>.xml is written.
    OfflineRegistry(QSettings &settings, QString dataFolder);

    static QString paramsFileNameFor(const QString &storageAccount)
    {
        return QStringLiteral("OfflineApplicationParams_%1.xml").arg(storageAccount);
    }

    // The params file of `paramsXmlPath` when it is for `subscriptionId` and the account name follows
    // Azure's rules; what addRegistryEntries() checks first, so a caller can act (publish the
    // certificate) before anything is registered.
    [[nodiscard]] Result<OfflineApplicationParams>
    checkEntries(const QString &subscriptionId, const QString &paramsXmlPath, const QString &storageAccount) const;

    // Checks that `paramsXmlPath` (written by CreateNewApplication) is for `subscriptionId` and
    // that the account name follows Azure's rules, writes OfflineApplicationParams_<account>.xml
    // and registers the account. Returns the path of the written file. Registering the same
    // account again refreshes it.
    Result<QString> addRegistryEntries(const QString &subscriptionId, const QString &paramsXmlPath,
                                       const QString &storageAccount);

    [[nodiscard]] QStringList registeredStorageAccounts() const;
    // The params file registered for the account; NotFound when it is not registered.
    [[nodiscard]] Result<QString> paramsPathFor(const QString &storageAccount) const;

private:
    QSettings &m_settings;
    QString m_dataFolder;
};

} // namespace Semina::Offline
