#include "drives/PreparedDrives.h"

#include "core/AtomicFile.h"
#include "drives/StagedSeeds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::PreparedDrives)
};

constexpr char kFormat[] = "semina-prepared-drives/1";

} // namespace

Result<> recordPreparedDrives(const QString &stagingJobFolder, const QString &job, const QList<PreparedDrive> &drives)
{
    QJsonArray list;
    for (const PreparedDrive &drive : drives)
        list.append(
            QJsonObject{{QStringLiteral("sequence"), drive.sequence},
                        {QStringLiteral("count"), drive.count},
                        {QStringLiteral("driveId"), drive.driveId},
                        {QStringLiteral("serial"), drive.serial},
                        {QStringLiteral("bytes"), double(drive.bytes)},
                        {QStringLiteral("objects"), double(drive.objects)},
                        {QStringLiteral("manifestSha256"), drive.manifestSha256},
                        {QStringLiteral("manifestFile"), QDir(stagingJobFolder).relativeFilePath(drive.manifestFile)},
                        {QStringLiteral("keychainEntry"), drive.keychainEntry}});
    const QJsonObject json{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                           {QStringLiteral("job"), job},
                           {QStringLiteral("prepared"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("drives"), list}};
    return writeFileAtomically(PreparationLayout::preparedPath(stagingJobFolder), QJsonDocument(json).toJson());
}

Result<QList<PreparedDrive>> preparedDrives(const QString &stagingJobFolder)
{
    const QString path = PreparationLayout::preparedPath(stagingJobFolder);
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    Text::tr("The drives of the job in %1 are not prepared yet: run semina-cli diskprep s:<staging> "
                             "to prepare them.")
                        .arg(QDir::toNativeSeparators(stagingJobFolder)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::Corruption,
                    Text::tr("%1 is damaged: run diskprep for this job again to rewrite it.")
                        .arg(QDir::toNativeSeparators(path)));
    QList<PreparedDrive> drives;
    for (const QJsonValue &value : json.value(QStringLiteral("drives")).toArray()) {
        const QJsonObject drive = value.toObject();
        drives << PreparedDrive{drive.value(QStringLiteral("sequence")).toInt(),
                                drive.value(QStringLiteral("count")).toInt(),
                                drive.value(QStringLiteral("driveId")).toString(),
                                drive.value(QStringLiteral("serial")).toString(),
                                qint64(drive.value(QStringLiteral("bytes")).toDouble()),
                                qint64(drive.value(QStringLiteral("objects")).toDouble()),
                                drive.value(QStringLiteral("manifestSha256")).toString(),
                                QDir(stagingJobFolder).filePath(drive.value(QStringLiteral("manifestFile")).toString()),
                                drive.value(QStringLiteral("keychainEntry")).toString()};
    }
    return drives;
}

} // namespace Semina::Drives
