#pragma once

#include "core/JobRunner.h"
#include "drives/StagedSeeds.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace Semina::Ui {

class PrepareDrivesWizard;

// "Staging location": where the seed lies (a local folder or a network share), the import jobs
// found there with their state, size, source computer and checked signature, and, when this
// computer is not the seed's source computer, the publish settings of the job's subscription.
// The listing runs on the worker thread: a network share may answer slowly.
class StagingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit StagingPage(PrepareDrivesWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    // What one listing found.
    struct Listing {
        QList<Drives::StagedSeed> seeds;
        QStringList localJobs; // the jobs of this computer's job list
        bool noCertificate = false; // no offline identity here and no certificate file given
        QString problem; // why nothing is listed
    };

    void scheduleListing();
    void list();
    void showListing(const Listing &listing);
    void seedChosen();
    void checkPublishSettings();
    void browseStaging();
    void browseCertificate();
    void browsePublishSettings();
    [[nodiscard]] const Drives::StagedSeed *chosenSeed() const;
    [[nodiscard]] bool sourceComputer() const;

    PrepareDrivesWizard *m_wizard;
    QLineEdit *m_location;
    QWidget *m_certificateRow;
    QLineEdit *m_certificate;
    QLabel *m_status;
    QTreeWidget *m_seeds;
    QWidget *m_publishRow;
    QLabel *m_publishReason;
    QLineEdit *m_publishSettings;
    QLabel *m_publishProblem;
    QTimer *m_typing;
    JobRunner m_runner;
    bool m_listAgain = false;
    Listing m_listing;
    bool m_publishSettingsValid = false;
};

} // namespace Semina::Ui
