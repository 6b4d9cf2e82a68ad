#pragma once

#include <QWizardPage>

class QLabel;

namespace Semina::Ui {

class InitiateBackupWizard;

// What was written where, the import job's state, the recovery key when the vault was created
// (shown once), and what the technician does next.
class DonePage : public QWizardPage {
    Q_OBJECT

public:
    explicit DonePage(InitiateBackupWizard *wizard);

    void initializePage() override;

private:
    InitiateBackupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_state;
    QLabel *m_recoveryKey;
    QLabel *m_next;
};

} // namespace Semina::Ui
