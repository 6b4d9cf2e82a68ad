#pragma once

#include "importjob/StagedJob.h"
#include "wizards/JobPage.h"

#include <memory>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace Semina::Ui {

struct DrivesSession;
struct ServerServices;

// "Import job", the last page of "Prepare drives": creates the job in the import service from
// the staging location, exactly as `semina-cli importjob create` does (Offline::createStagedJob:
// the drive keys wrapped to the receiving station, the request signed), then shows the job's
// state, where to ship the drives and with which carriers, the deadline, the papers (print or
// save as PDF) and the choice to enter the shipping details now or later. A failure (no storage
// account, the service unreachable) leaves the drives prepared; "Try again" after the fix.
class ImportJobPage : public JobPage {
    Q_OBJECT

public:
    explicit ImportJobPage(DrivesSession &session, QWidget *parent = nullptr);
    ~ImportJobPage() override;

    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

Q_SIGNALS:
    // Finish was pressed with "Enter the shipping details now" chosen.
    void shippingDetailsRequested(const QString &job);

protected:
    void startJob() override;

private:
    void showJob(const Offline::CreatedJob &created);
    void print();
    void choosePdfFolder();
    void savePdf(const QString &folder);

    DrivesSession &m_session;
    std::shared_ptr<ServerServices> m_services;
    std::optional<Offline::CreatedJob> m_created;
    QScrollArea *m_detailsArea;
    QWidget *m_details; // inside m_detailsArea
    QLabel *m_state;
    QLabel *m_shipTo;
    QLabel *m_deadline;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QLabel *m_papersStatus;
    QRadioButton *m_now;
    QRadioButton *m_later;
    QLabel *m_laterHint;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace Semina::Ui
