#pragma once

#include "wizards/JobPage.h"

class QLabel;

namespace Semina::Ui {

class PrepareServerWizard;

// The original's AddRegistryEntries: creates the embedded default's folder account when asked,
// publishes the certificate into the account, registers it and writes
// OfflineApplicationParams_<account>.xml, then says where and what comes next.
class RegistrationPage : public JobPage {
    Q_OBJECT

public:
    explicit RegistrationPage(PrepareServerWizard *wizard);

protected:
    void startJob() override;

private:
    PrepareServerWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_paramsPath;
    QLabel *m_next;
};

} // namespace Semina::Ui
