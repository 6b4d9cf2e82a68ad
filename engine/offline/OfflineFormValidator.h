#pragma once

#include "core/Error.h"
#include "offline/OfflineBackupForm.h"

#include <QStringList>

namespace Semina::Offline {

// The rules of the offline-backup form, in one place for the CLI and the wizard. Each check
// returns InvalidInput with a message that names the field and the fix; `validate()` runs them
// all and lists every problem, so a form can show each beside its field.
//
// The validator knows the server's context through its setters: the jobs that exist, the
// subscriptions of the chosen publish settings, the registered storage accounts, and the
// estimated seed size the staging location must hold.
class OfflineFormValidator {
public:
    void setExistingJobNames(const QStringList &names) { m_existingJobs = names; }
    void setSubscriptionIds(const QStringList &ids) { m_subscriptionIds = ids; }
    void setRegisteredStorageAccounts(const QStringList &accounts) { m_registeredAccounts = accounts; }
    void setEstimatedSeedBytes(qint64 bytes) { m_estimatedSeedBytes = bytes; }

    // 3-64 letters, digits, '-', '_'; not the name of an existing job (ignoring case).
    [[nodiscard]] Result<> checkImportJobName(const QString &name) const;
    // A GUID, and one of the publish settings' subscriptions.
    [[nodiscard]] Result<> checkSubscriptionId(const QString &id) const;
    // Only whether it is a GUID (while the publish settings file is rejected).
    [[nodiscard]] Result<> checkSubscriptionIdForm(const QString &id) const;
    // 3-24 lower-case letters and digits, and registered for offline backup.
    [[nodiscard]] Result<> checkStorageAccount(const QString &name) const;
    // 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.
    [[nodiscard]] Result<> checkContainer(const QString &name) const;
    // A local folder that exists or can be created, is writable and has room for the estimated
    // seed; or a network path (//server/share/..., \\server\share\...), accepted as given.
    [[nodiscard]] Result<StagingLocation> checkStagingLocation(const QString &path) const;
    // The file exists and is a valid publish settings file (PublishSettings::read's rules).
    [[nodiscard]] Result<> checkPublishSettingsFile(const QString &path) const;

    // Every rule on every field. The publish settings file, when it reads, also provides the
    // subscription ids for the subscription rule (in place of setSubscriptionIds()).
    [[nodiscard]] QList<FieldProblem> validate(const OfflineBackupForm &form) const;

private:
    QStringList m_existingJobs;
    QStringList m_subscriptionIds;
    QStringList m_registeredAccounts;
    qint64 m_estimatedSeedBytes = 0;
};

} // namespace Semina::Offline
