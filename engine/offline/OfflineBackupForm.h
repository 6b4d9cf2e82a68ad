#pragma once

#include "core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Offline {

// The original's "Initiate offline backup" form, its six fields in its order.
struct OfflineBackupForm {
    QString stagingLocation;
    QString publishSettingsFile;
    QString importJobName;
    QString subscriptionId;
    QString storageAccount;
    QString container;
};

enum class FormField { StagingLocation, PublishSettings, ImportJobName, SubscriptionId, StorageAccount, Container };

// A rule a field breaks, with a translated message that names the field and the fix.
struct FieldProblem {
    FormField field;
    QString message;
};

// What the staging-location rule learnt: the path as the operator gave it (a network path is
// kept exactly so, since the copy computer reaches it by that name) and its free space.
struct StagingLocation {
    QString path; // as given (local paths made absolute and cleaned)
    bool isNetworkPath = false;
    bool exists = false; // false: it will be created
    qint64 bytesAvailable = -1; // -1: not known from here (a network path this system cannot open)
};

// The translated label of a field, as the form shows it.
QString fieldLabel(FormField field);

} // namespace Semina::Offline
