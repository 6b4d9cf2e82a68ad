#include "importjob/ShippingCommit.h"

#include "core/AtomicFile.h"
#include "importjob/ImportJobStore.h"
#include "importjob/JobCreation.h"
#include "offline/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Semina::Offline {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::ShippingCommit)
};
} // namespace

QString shippingDetailsPath(const QString &job)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("shipping/%1.json").arg(job.toLower()));
}

Result<std::optional<QString>> trackingNumberProblem(ImportService &service, const QString &job,
                                                     const QString &trackingNumber)
{
    auto taken = service.trackingNumberTaken(job, trackingNumber.trimmed());
    if (!taken)
        return fail(taken.error());
    if (!*taken)
        return std::optional<QString>();
    return std::optional<QString>(Text::tr("The tracking number %1 is already used by another import job: check "
                                           "the number on the package's label.")
                                      .arg(trackingNumber.trimmed()));
}

Result<CommittedShipping> commitShipping(ImportService &service, const QString &job, const ShippingDetails &details,
                                         ImportJobStore &localJobs)
{
    auto shipped = service.ship(job, details);
    if (!shipped)
        return fail(shipped.error());

    const QString path = shippingDetailsPath(shipped->name());
    QJsonObject record = shipped->shipping->toJson();
    record.insert(QStringLiteral("job"), shipped->name());
    record.insert(QStringLiteral("subscriptionId"), shipped->subscriptionId);
    record.insert(QStringLiteral("committed"), shipped->stateChanged.toString(Qt::ISODate));
    if (auto folder = ensureFolder(QFileInfo(path).absolutePath()); !folder)
        return fail(folder.error());
    if (auto written = writeFileAtomically(path, QJsonDocument(record).toJson(QJsonDocument::Indented)); !written)
        return fail(written.error());
    if (auto mirrored = mirrorLocalState(localJobs, *shipped); !mirrored)
        return fail(mirrored.error());
    return CommittedShipping{*shipped, path};
}

} // namespace Semina::Offline
