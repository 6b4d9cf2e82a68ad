#pragma once

#include "wizards/ServerServices.h"

#include <QWizard>

namespace Semina::Ui {

// "Import status" (the GUI twin of `semina-cli status` and `importjob cancel`): where the jobs
// are (this computer's, or the seeds of a staging location on the copy computer), then the
// jobs, their drives and deadlines from the import service, refreshed on a timer and on demand;
// a job may be canceled while the state table allows it.
class ImportStatusWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Source, Status };

    explicit ImportStatusWizard(QWidget *parent = nullptr);

    [[nodiscard]] const std::shared_ptr<ServerServices> &services() const { return m_services; }

    // The staging location whose jobs are shown; empty: this computer's jobs.
    QString staging;
    // The publish settings file for the staging location's jobs, when the one their seeds name
    // is not on this computer; empty: the seeds' own.
    QString publishSettingsFile;

    // The settings key of the staging location the technician chose last.
    static constexpr char kStagingSetting[] = "technician/stagingLocation";

private:
    std::shared_ptr<ServerServices> m_services = ServerServices::create();
};

} // namespace Semina::Ui
