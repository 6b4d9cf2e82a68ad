#pragma once

#include "wizards/JobPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Semina::Ui {

class PrepareServerWizard;

// The original's CreateNewApplication: makes the server's offline certificate (the key pair
// goes into the keychain) or, when it exists, shows it without replacing it. Then shows its
// subject, validity and thumbprint (with Copy) and exports the .cer for the manual path.
class CertificatePage : public JobPage {
    Q_OBJECT

public:
    explicit CertificatePage(PrepareServerWizard *wizard);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

protected:
    void startJob() override;

private:
    void showCertificate(bool created);
    void exportCertificate();
    void browse();

    PrepareServerWizard *m_wizard;
    JobRunner m_exportRunner;
    QWidget *m_details;
    QLabel *m_status;
    QLabel *m_subject;
    QLabel *m_validity;
    QLabel *m_thumbprint;
    QPushButton *m_copy;
    QLineEdit *m_exportPath;
    QPushButton *m_browse;
    QPushButton *m_export;
    QLabel *m_exportStatus;
    bool m_subscriptionMatches = true;
};

} // namespace Semina::Ui
