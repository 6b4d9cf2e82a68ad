#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Semina::Ui {

class ImportStatusWizard;

// Where the jobs to follow are: this computer's (where the seed was written), or the seeds of a
// staging location (the copy computer, which has no job list of its own).
class StatusSourcePage : public QWizardPage {
    Q_OBJECT

public:
    explicit StatusSourcePage(ImportStatusWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void updateEnabled();
    void checkStaging();
    void browse();
    void browsePublishSettings();

    ImportStatusWizard *m_wizard;
    QRadioButton *m_thisComputer;
    QLabel *m_localJobs;
    QRadioButton *m_fromStaging;
    QLineEdit *m_staging;
    QPushButton *m_browse;
    QLabel *m_stagingStatus;
    QLabel *m_publishSettingsLabel;
    QLineEdit *m_publishSettings;
    QPushButton *m_browsePublishSettings;
    int m_stagedJobs = 0;
    QStringList m_missingSettings; // publish settings files the seeds name that this computer lacks
};

} // namespace Semina::Ui
