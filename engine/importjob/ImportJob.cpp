#include "importjob/ImportJob.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace Semina::Offline {

namespace {

struct StateNames {
    ImportJobState state;
    const char *name;
    const char *label;
};

constexpr std::array kStates{
    StateNames{ImportJobState::Seeding, "Seeding", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Seeding")},
    StateNames{ImportJobState::Seeded, "Seeded", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Seeded")},
    StateNames{ImportJobState::DrivesPrepared, "DrivesPrepared",
               QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Drives prepared")},
    StateNames{ImportJobState::Creating, "Creating", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Creating")},
    StateNames{ImportJobState::Shipping, "Shipping", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Shipping")},
    StateNames{ImportJobState::Received, "Received", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Received")},
    StateNames{ImportJobState::Transferring, "Transferring",
               QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Transferring")},
    StateNames{ImportJobState::Packaging, "Packaging", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Packaging")},
    StateNames{ImportJobState::Completed, "Completed", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Completed")},
    StateNames{ImportJobState::Closed, "Closed", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Closed")},
    StateNames{ImportJobState::Canceled, "Canceled", QT_TRANSLATE_NOOP("Semina::Offline::ImportJob", "Canceled")},
};

const StateNames &entryFor(ImportJobState state)
{
    return kStates[std::size_t(state)];
}

QString key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

QString stateName(ImportJobState state)
{
    return QLatin1String(entryFor(state).name);
}

std::optional<ImportJobState> stateFromName(const QString &name)
{
    for (const StateNames &entry : kStates) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString stateLabel(ImportJobState state)
{
    return QCoreApplication::translate("Semina::Offline::ImportJob", entryFor(state).label);
}

bool isFinal(ImportJobState state)
{
    return state == ImportJobState::Completed || state == ImportJobState::Closed || state == ImportJobState::Canceled;
}

QJsonObject ImportJob::toJson() const
{
    return {
        {key("format"), key("semina-import-job/1")},
        {key("name"), name},
        {key("subscriptionId"), subscriptionId},
        {key("storageAccount"), storageAccount},
        {key("container"), container},
        {key("stagingLocation"), stagingLocation},
        {key("publishSettingsFile"), publishSettingsFile},
        {key("sources"), QJsonArray::fromStringList(sources)},
        {key("excludes"), QJsonArray::fromStringList(excludes)},
        {key("vaultId"), vaultId},
        {key("state"), stateName(state)},
        {key("created"), created.toString(Qt::ISODateWithMs)},
        {key("updated"), updated.toString(Qt::ISODateWithMs)},
        // Sizes as strings: JSON numbers lose precision past 2^53 in some readers.
        {key("protectedBytes"), QString::number(protectedBytes)},
        {key("seedBytes"), QString::number(seedBytes)},
        {key("revision"), QString::number(revision)},
    };
}

Result<ImportJob> ImportJob::fromJson(const QJsonObject &json)
{
    auto text = [&json](const char *name) { return json.value(key(name)).toString(); };
    const auto damaged = [](const QString &what) {
        return fail(
            ErrorCode::Corruption,
            QCoreApplication::translate("Semina::Offline::ImportJob", "The job record is damaged (%1).").arg(what));
    };
    if (text("format") != QLatin1String("semina-import-job/1"))
        return damaged(QStringLiteral("format"));
    ImportJob job;
    job.name = text("name");
    job.subscriptionId = text("subscriptionId");
    job.storageAccount = text("storageAccount");
    job.container = text("container");
    job.stagingLocation = text("stagingLocation");
    job.publishSettingsFile = text("publishSettingsFile");
    for (const QJsonValue &source : json.value(key("sources")).toArray())
        job.sources.append(source.toString());
    for (const QJsonValue &exclude : json.value(key("excludes")).toArray())
        job.excludes.append(exclude.toString());
    job.vaultId = text("vaultId");
    const auto state = stateFromName(text("state"));
    if (!state)
        return damaged(QStringLiteral("state"));
    job.state = *state;
    job.created = QDateTime::fromString(text("created"), Qt::ISODateWithMs);
    job.updated = QDateTime::fromString(text("updated"), Qt::ISODateWithMs);
    bool sizesOk = true;
    for (auto [field, target] : {std::pair{"protectedBytes", &job.protectedBytes},
                                 std::pair{"seedBytes", &job.seedBytes}, std::pair{"revision", &job.revision}}) {
        bool ok = false;
        *target = text(field).toLongLong(&ok);
        sizesOk = sizesOk && ok;
    }
    if (job.name.isEmpty() || !sizesOk || !job.created.isValid())
        return damaged(QStringLiteral("fields"));
    return job;
}

} // namespace Semina::Offline
