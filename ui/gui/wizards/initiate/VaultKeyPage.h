#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Semina::Ui {

class InitiateBackupWizard;

// The passphrase of the vault the seed is written into, typed twice, and whether its key is
// kept in the keychain (so later backups and a resumed seed need not ask again). A passphrase
// shorter than the minimum cannot go on; a weak one is accepted with a warning beside it (the
// engine's assessPassphrase, which the CLI uses too).
class VaultKeyPage : public QWizardPage {
    Q_OBJECT

public:
    explicit VaultKeyPage(InitiateBackupWizard *wizard);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

private:
    void update();

    InitiateBackupWizard *m_wizard;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QCheckBox *m_keepInKeychain;
    QLabel *m_strength;
    QLabel *m_problem;
};

} // namespace Semina::Ui
