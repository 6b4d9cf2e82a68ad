#pragma once

#include "importjob/JobStatus.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace Semina::Ui {

// What the "Import status" page says about the chosen job under the list: the deadline counted
// down ("Drives must arrive by 18 December: 9 days left"), the state and since when, the
// shipping details committed, where the station put the drives' logs, and why the service's
// record is missing when it is.
class ImportJobDetails : public QWidget {
    Q_OBJECT

public:
    explicit ImportJobDetails(QWidget *parent = nullptr);

    // Shows `status` (nullptr: nothing chosen) with the deadlines counted from `now`.
    void showJob(const Offline::JobStatus *status, const QDateTime &now);

private:
    static QString stateText(const Offline::JobStatus &status);
    static QString shippingText(const Offline::JobStatus &status);
    static QString logsText(const Offline::JobStatus &status);

    QLabel *m_deadline;
    QLabel *m_state;
    QLabel *m_shipping;
    QLabel *m_logs;
    QLabel *m_problem;
};

} // namespace Semina::Ui
