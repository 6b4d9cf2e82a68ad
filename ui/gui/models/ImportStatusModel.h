#pragma once

#include "importjob/JobStatus.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

namespace Semina::Ui {

// The import jobs and, under each, its drives, as the "Import status" page lists them: state
// (with its badge), how much the station has imported, the bytes, and the deadline counted down.
// Filled from the engine's JobStatus records by each refresh; read-only.
class ImportStatusModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Name, State, Imported, Size, Deadline, ColumnCount };
    enum Role {
        JobNameRole = Qt::UserRole + 1, // the job's name, on a job's and its drives' rows
        PercentRole, // 0-100 on the Imported column, -1 when the service has no record
    };

    explicit ImportStatusModel(QObject *parent = nullptr);

    // Replaces what is shown; `now` is the moment the deadlines are counted from.
    void setStatuses(QList<Offline::JobStatus> statuses, const QDateTime &now);
    [[nodiscard]] const QList<Offline::JobStatus> &statuses() const { return m_statuses; }
    [[nodiscard]] const QDateTime &countedAt() const { return m_now; }

    // The job of a job's row or a drive's row; nullptr for an invalid index.
    [[nodiscard]] const Offline::JobStatus *statusAt(const QModelIndex &index) const;
    // The row of the job named `job` (column Name), or an invalid index.
    [[nodiscard]] QModelIndex indexOfJob(const QString &job) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant jobData(const Offline::JobStatus &status, int column, int role) const;
    [[nodiscard]] QVariant driveData(const Offline::ServiceDrive &drive, int column, int role) const;

    QList<Offline::JobStatus> m_statuses;
    QDateTime m_now;
};

// The percent of `done` in `total` (0 when there is nothing to do), rounded down.
int importedPercent(qint64 done, qint64 total);

} // namespace Semina::Ui
