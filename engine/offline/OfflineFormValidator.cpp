#include "offline/OfflineFormValidator.h"

#include "offline/AzureNames.h"
#include "offline/PublishSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUuid>

namespace Semina::Offline {

namespace {

// "Field: message", so a message read alone (in the CLI) still says which field it is about.
std::unexpected<Error> invalid(FormField field, const QString &message)
{
    return fail(ErrorCode::InvalidInput, fieldLabel(field) + QStringLiteral(": ") + message);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// \\server\share\... or //server/share/...: the server and the share must be named.
bool isNetworkPath(const QString &path)
{
    static const QRegularExpression unc(QStringLiteral(R"(^(?:\\\\|//)[^\\/]+[\\/][^\\/]+(?:[\\/].*)?$)"));
    return unc.match(path).hasMatch();
}

bool startsLikeNetworkPath(const QString &path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
}

// Whether a file can be made in the folder: permissions alone do not say it (read-only
// mounts, ACLs, root), so a throw-away file is created and removed.
bool canWriteIn(const QString &folder)
{
    QFile probe(QDir(folder).filePath(QStringLiteral(".semina-probe-") + QUuid::createUuid().toString(QUuid::Id128)));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

// The publish settings file, its problems worded to follow the field's label: the file's own
// messages name it as "the publish settings file", which after the label said it twice.
Result<PublishSettings> readPublishSettings(const QString &path)
{
    if (path.trimmed().isEmpty())
        return invalid(FormField::PublishSettings,
                       QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                                   "choose the .publishsettings file of your subscription."));
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return invalid(FormField::PublishSettings,
                       QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                                   "\"%1\" does not exist: check the path.")
                           .arg(shown));
    if (!file.isFile() || !file.isReadable())
        return invalid(FormField::PublishSettings,
                       QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                                   "\"%1\" is not a file that can be read: choose the "
                                                   ".publishsettings file, or check its permissions.")
                           .arg(shown));
    auto settings = PublishSettings::read(path);
    if (!settings)
        return invalid(FormField::PublishSettings, settings.error().message);
    return settings;
}

} // namespace

QString fieldLabel(FormField field)
{
    switch (field) {
    case FormField::StagingLocation:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Staging location");
    case FormField::PublishSettings:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Publish settings file");
    case FormField::ImportJobName:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Import job name");
    case FormField::SubscriptionId:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Subscription ID");
    case FormField::StorageAccount:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Storage account");
    case FormField::Container:
        return QCoreApplication::translate("Semina::Offline::OfflineFormValidator", "Storage container");
    }
    return {};
}

Result<> OfflineFormValidator::checkImportJobName(const QString &name) const
{
    if (name.isEmpty())
        return invalid(FormField::ImportJobName,
                       QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                                   "give the job a name, e.g. fileserver-2026-11."));
    if (!AzureNames::isImportJobName(name))
        return invalid(FormField::ImportJobName,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is not allowed: use 3 to 64 letters, digits, hyphens (-) and underscores (_).")
                           .arg(name));
    if (m_existingJobs.contains(name, Qt::CaseInsensitive))
        return invalid(FormField::ImportJobName,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "this server already has a job named \"%1\": choose another name (semina-cli jobs lists "
                           "them).")
                           .arg(name));
    return {};
}

Result<> OfflineFormValidator::checkSubscriptionIdForm(const QString &id) const
{
    if (!AzureNames::isGuid(id))
        return invalid(FormField::SubscriptionId,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the id from the publish "
                           "settings file.")
                           .arg(id));
    return {};
}

Result<> OfflineFormValidator::checkSubscriptionId(const QString &id) const
{
    if (auto form = checkSubscriptionIdForm(id); !form)
        return form;
    const QUuid wanted = QUuid::fromString(id);
    for (const QString &known : m_subscriptionIds) {
        if (QUuid::fromString(known) == wanted)
            return {};
    }
    if (m_subscriptionIds.isEmpty())
        return invalid(FormField::SubscriptionId,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "no publish settings file with subscriptions was given: choose the publish settings file "
                           "first."));
    return invalid(
        FormField::SubscriptionId,
        QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                    "\"%1\" is not in the publish settings file, which holds %2: choose one of those.")
            .arg(id, m_subscriptionIds.join(QStringLiteral(", "))));
}

Result<> OfflineFormValidator::checkStorageAccount(const QString &name) const
{
    if (!AzureNames::isStorageAccountName(name))
        return invalid(FormField::StorageAccount,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is not a storage account name: use 3 to 24 lower-case letters and digits, nothing "
                           "else.")
                           .arg(name));
    if (!m_registeredAccounts.contains(name))
        return invalid(FormField::StorageAccount,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is not registered for offline backup on this server: run \"semina-cli certgen "
                           "AddRegistryEntries SubscriptionId:GUID xmlfilepath:FILE storageaccountname:%1\" first.")
                           .arg(name));
    return {};
}

Result<> OfflineFormValidator::checkContainer(const QString &name) const
{
    if (!AzureNames::isContainerName(name))
        return invalid(FormField::Container,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is not a container name: use 3 to 63 lower-case letters, digits and hyphens, "
                           "starting and ending with a letter or digit, never two hyphens in a row.")
                           .arg(name));
    return {};
}

Result<StagingLocation> OfflineFormValidator::checkStagingLocation(const QString &path) const
{
    if (path.trimmed().isEmpty())
        return invalid(FormField::StagingLocation,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "give a folder on a disk with room for the seed, or a network path (\\\\server\\share)."));
    StagingLocation location;
    if (startsLikeNetworkPath(path)) {
        if (!isNetworkPath(path))
            return invalid(FormField::StagingLocation,
                           QCoreApplication::translate(
                               "Semina::Offline::OfflineFormValidator",
                               "\"%1\" is not a complete network path: write it as \\\\server\\share\\folder or "
                               "//server/share/folder.")
                               .arg(path));
        location.path = path; // kept exactly as given: the copy computer uses this name
        location.isNetworkPath = true;
        // Where this system can open the path (a mapped share on Windows), it is checked like a folder;
        // elsewhere it is accepted as given and checked when the seed is written.
        if (!QFileInfo(path).isDir())
            return location;
    } else if (QDir::isRelativePath(path)) {
        return invalid(FormField::StagingLocation,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" is a relative path: give the full path, so the copy computer can find it.")
                           .arg(path));
    } else {
        location.path = QDir::cleanPath(path);
    }

    // The folder, or the nearest parent that exists: it is where the new folder would be made.
    QFileInfo existing(location.path);
    while (!existing.exists() && !existing.isRoot() && existing.absolutePath() != existing.absoluteFilePath())
        existing = QFileInfo(existing.absolutePath());
    location.exists = existing.absoluteFilePath() == QFileInfo(location.path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(location.path);
    if (!existing.isDir())
        return invalid(FormField::StagingLocation,
                       location.exists
                           ? QCoreApplication::translate("Semina::Offline::OfflineFormValidator",
                                                         "\"%1\" is a file, not a folder: choose a folder.")
                                 .arg(shown)
                           : QCoreApplication::translate(
                                 "Semina::Offline::OfflineFormValidator",
                                 "\"%1\" cannot be created because \"%2\" is a file: choose another folder.")
                                 .arg(shown, QDir::toNativeSeparators(existing.absoluteFilePath())));
    if (!canWriteIn(existing.absoluteFilePath()))
        return invalid(FormField::StagingLocation,
                       location.exists
                           ? QCoreApplication::translate(
                                 "Semina::Offline::OfflineFormValidator",
                                 "\"%1\" is not writable: choose a folder you can write to, or change its permissions.")
                                 .arg(shown)
                           : QCoreApplication::translate(
                                 "Semina::Offline::OfflineFormValidator",
                                 "\"%1\" cannot be created: \"%2\" is not writable; choose another folder.")
                                 .arg(shown, QDir::toNativeSeparators(existing.absoluteFilePath())));
    const QStorageInfo storage(existing.absoluteFilePath());
    location.bytesAvailable = storage.isValid() ? storage.bytesAvailable() : -1;
    if (location.bytesAvailable >= 0 && location.bytesAvailable < m_estimatedSeedBytes)
        return invalid(FormField::StagingLocation,
                       QCoreApplication::translate(
                           "Semina::Offline::OfflineFormValidator",
                           "\"%1\" has %2 free but the seed needs about %3: free some space or choose a larger disk.")
                           .arg(shown, size(location.bytesAvailable), size(m_estimatedSeedBytes)));
    return location;
}

Result<> OfflineFormValidator::checkPublishSettingsFile(const QString &path) const
{
    if (auto settings = readPublishSettings(path); !settings)
        return fail(settings.error());
    return {};
}

QList<FieldProblem> OfflineFormValidator::validate(const OfflineBackupForm &form) const
{
    QList<FieldProblem> problems;
    auto note = [&problems](FormField field, const auto &result) {
        if (!result)
            problems.append({field, result.error().message});
    };
    note(FormField::StagingLocation, checkStagingLocation(form.stagingLocation));

    OfflineFormValidator withFile = *this;
    const auto settings = readPublishSettings(form.publishSettingsFile);
    note(FormField::PublishSettings, settings);
    if (settings)
        withFile.setSubscriptionIds(settings->subscriptionIds());
    note(FormField::ImportJobName, checkImportJobName(form.importJobName));
    // A file that was given but rejected lists no subscriptions to choose from: its own problem
    // says what to fix, and the id is only checked for its form meanwhile.
    const bool fileRejected = !settings && !form.publishSettingsFile.trimmed().isEmpty();
    note(FormField::SubscriptionId,
         fileRejected ? checkSubscriptionIdForm(form.subscriptionId)
                      : withFile.checkSubscriptionId(form.subscriptionId));
    note(FormField::StorageAccount, checkStorageAccount(form.storageAccount));
    note(FormField::Container, checkContainer(form.container));
    return problems;
}

} // namespace Semina::Offline
