#pragma once

#include "core/JobRunner.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Semina::Ui {

class ShippingDetailsWizard;

// Commits the reviewed details to the import service on entering (a JobRunner: the service may
// be far away) and moves on to the result once committed; being a commit page, there is no way
// back from there. A tracking number another job uses is explained with the way back to the
// field; any other failure shows the error dialog and "Try again" (Back stays available).
class ShippingCommitPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ShippingCommitPage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

private:
    struct Outcome;
    void commit();
    void showOutcome(const Outcome &outcome);

    ShippingDetailsWizard *m_wizard;
    JobRunner m_runner;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_correct;
    QPushButton *m_retry;
};

} // namespace Semina::Ui
