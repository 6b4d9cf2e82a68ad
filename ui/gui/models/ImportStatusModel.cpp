#include "models/ImportStatusModel.h"

#include "Icons.h"
#include "importjob/Deadlines.h"

#include <QLocale>

namespace Semina::Ui {

namespace {

// A job's row has internal id 0; a drive's row the 1-based row of its job.
constexpr quintptr kJobRow = 0;

StatusBadge driveBadge(Offline::DriveState state)
{
    switch (state) {
    case Offline::DriveState::Specified:
        return StatusBadge::Pending;
    case Offline::DriveState::Received:
        return StatusBadge::Received;
    case Offline::DriveState::Transferring:
        return StatusBadge::Working;
    case Offline::DriveState::Completed:
        return StatusBadge::Done;
    case Offline::DriveState::CompletedMoreInfo:
        return StatusBadge::Warning;
    case Offline::DriveState::NeverReceived:
        return StatusBadge::Error;
    case Offline::DriveState::ShippedBack:
        return StatusBadge::Shipping;
    }
    return StatusBadge::Pending;
}

QString percentText(int percent)
{
    //: a percentage: %1 is the number
    return ImportStatusModel::tr("%1%").arg(QLocale().toString(percent));
}

QString bytesText(qint64 done, qint64 total)
{
    //: %1 and %2 are sizes ("1.2 TB of 4 TB")
    return ImportStatusModel::tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total));
}

} // namespace

int importedPercent(qint64 done, qint64 total)
{
    return total > 0 ? int(qBound<qint64>(0, done, total) * 100 / total) : 0;
}

ImportStatusModel::ImportStatusModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportStatusModel::setStatuses(QList<Offline::JobStatus> statuses, const QDateTime &now)
{
    beginResetModel();
    m_statuses = std::move(statuses);
    m_now = now;
    endResetModel();
}

const Offline::JobStatus *ImportStatusModel::statusAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype job = index.internalId() == kJobRow ? index.row() : qsizetype(index.internalId() - 1);
    return job < m_statuses.size() ? &m_statuses.at(job) : nullptr;
}

QModelIndex ImportStatusModel::indexOfJob(const QString &job) const
{
    for (qsizetype row = 0; row < m_statuses.size(); ++row) {
        if (m_statuses.at(row).name() == job)
            return index(int(row), Name);
    }
    return {};
}

QModelIndex ImportStatusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kJobRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ImportStatusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kJobRow)
        return {};
    return createIndex(int(child.internalId() - 1), Name, kJobRow);
}

int ImportStatusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_statuses.size());
    if (parent.internalId() != kJobRow || parent.column() != Name)
        return 0; // drives have no children
    const Offline::JobStatus &status = m_statuses.at(parent.row());
    return status.service ? int(status.service->request.drives.size()) : 0;
}

int ImportStatusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImportStatusModel::data(const QModelIndex &index, int role) const
{
    const Offline::JobStatus *status = statusAt(index);
    if (!status)
        return {};
    if (role == JobNameRole)
        return status->name();
    if (index.internalId() == kJobRow)
        return jobData(*status, index.column(), role);
    return driveData(status->service->request.drives.at(index.row()), index.column(), role);
}

QVariant ImportStatusModel::jobData(const Offline::JobStatus &status, int column, int role) const
{
    qint64 done = 0;
    qint64 total = 0;
    if (status.service) {
        for (const Offline::ServiceDrive &drive : status.service->request.drives) {
            done += drive.bytesSucceeded;
            total += drive.bytes;
        }
    }
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole)
            return status.name();
        break;
    case State:
        if (role == Qt::DisplayRole)
            return Offline::stateLabel(status.state());
        if (role == Qt::DecorationRole)
            return jobStateIcon(status.state());
        if (role == Qt::ToolTipRole && status.problem)
            return status.problem->message;
        break;
    case Imported:
        if (role == PercentRole)
            return status.service ? importedPercent(done, total) : -1;
        if (role == Qt::DisplayRole && status.service)
            return percentText(importedPercent(done, total));
        break;
    case Size:
        if (role == Qt::DisplayRole && status.service)
            return bytesText(done, total);
        break;
    case Deadline:
        // A countdown only for what the technician must do in time; processing is the station's.
        if (role == Qt::DisplayRole && status.service
            && Offline::deadlineFor(*status.service).kind != Offline::JobDeadline::Kind::Processing)
            return Offline::describeCountdown(Offline::deadlineFor(*status.service), m_now);
        if (role == Qt::ToolTipRole && status.service)
            return Offline::deadlineHeadline(Offline::deadlineFor(*status.service), m_now);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportStatusModel::driveData(const Offline::ServiceDrive &drive, int column, int role) const
{
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole)
            //: %1 and %2 are numbers, %3 the drive's serial number or id
            return tr("Drive %1 of %2 (%3)")
                .arg(drive.sequence)
                .arg(drive.count)
                .arg(drive.serial.isEmpty() ? drive.driveId : drive.serial);
        if (role == Qt::ToolTipRole)
            return tr("Drive id: %1").arg(drive.driveId);
        break;
    case State:
        if (role == Qt::DisplayRole)
            return Offline::driveStateLabel(drive.state);
        if (role == Qt::DecorationRole)
            return statusIcon(driveBadge(drive.state));
        break;
    case Imported:
        if (role == PercentRole)
            return importedPercent(drive.bytesSucceeded, drive.bytes);
        if (role == Qt::DisplayRole)
            return percentText(importedPercent(drive.bytesSucceeded, drive.bytes));
        break;
    case Size:
        if (role == Qt::DisplayRole)
            return bytesText(drive.bytesSucceeded, drive.bytes);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Job or drive");
    case State:
        return tr("State");
    case Imported:
        return tr("Imported");
    case Size:
        return tr("Bytes imported");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace Semina::Ui
