#pragma once

#include "core/JobRunner.h"
#include "importjob/ImportJob.h"
#include "importjob/StagedJob.h"

#include <QTimer>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Semina::Ui {

class ShippingDetailsWizard;

// Which import job the shipping details are for: one of this computer's jobs waiting for
// them (the source computer), or a job named by a staging location's seeds with the publish
// settings file and subscription of its service (another computer, as the original's
// `u: s:<staging> p:<publishsettings>`). The job's state is fetched from the service on a
// JobRunner as the choice changes; only a job in Creating lets the technician go on, and any
// other state is explained (a job already shipping shows what was committed and its deadline).
class ShippingJobPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ShippingJobPage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

private:
    struct Found;

    void fillLocalJobs();
    void updateEnabled();
    void scanStaging();
    void readPublishSettings();
    void fetch();
    void showFound();
    [[nodiscard]] Offline::JobTarget currentTarget() const;
    [[nodiscard]] static bool sameTarget(const Offline::JobTarget &a, const Offline::JobTarget &b);

    ShippingDetailsWizard *m_wizard;
    QRadioButton *m_local;
    QComboBox *m_localJobs;
    QRadioButton *m_staged;
    QLineEdit *m_staging;
    QPushButton *m_browseStaging;
    QComboBox *m_stagedJobs;
    QLineEdit *m_publishSettings;
    QPushButton *m_browsePublishSettings;
    QComboBox *m_subscription;
    QLabel *m_why;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_again; // after a failed look-up (a service that did not answer)

    JobRunner m_scanRunner;
    JobRunner m_fetchRunner;
    QTimer m_typing; // a path is looked at once typing pauses
    bool m_rescan = false;
    bool m_refetch = false;
    QList<Offline::ImportJob> m_localTargets;
    QList<Offline::JobTarget> m_stagedTargets;
    std::shared_ptr<Found> m_found;
    QString m_problem; // why the chosen job cannot be fetched
};

} // namespace Semina::Ui
