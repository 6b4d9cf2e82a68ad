#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Semina::Offline {

// The service-management address a publish settings file names for Semina's embedded local
// service (the local-folder storage, no cloud), so one machine can run the whole workflow.
inline constexpr char kLocalServiceManagementUrl[] = "semina-local://embedded";

// A subscription of the embedded local service, issued as a schema-2 publish settings file
// with a fresh self-signed management certificate (PKCS#12, empty password, as Azure's).
// Like Azure's, the file carries the management certificate's private key: keep it private.
struct LocalSubscription {
    QString id;
    QString name;
    QByteArray publishSettingsXml;
};

// `id` empty: a new random GUID. InvalidInput for an empty name or an id that is not a GUID.
Result<LocalSubscription> issueLocalSubscription(const QString &name, const QString &id = {},
                                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
// The same for the import service at `serviceManagementUrl` (engine/importjob/ServiceSetup).
Result<LocalSubscription> issueSubscription(const QString &name, const QString &id, const QString &serviceManagementUrl,
                                            const QDateTime &now);

// Issues it and writes it atomically to `path`; Conflict when the file exists.
Result<LocalSubscription> writeLocalSubscription(const QString &path, const QString &name, const QString &id = {});

} // namespace Semina::Offline
