#pragma once

#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Semina::Ui {

class PrepareServerWizard;

// Which storage account receives the certificate and, later, the seed: one Semina knows, or
// (the embedded default) a folder account created in Semina's data folder.
class StorageAccountPage : public QWizardPage {
    Q_OBJECT

public:
    explicit StorageAccountPage(PrepareServerWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

private:
    void update();

    PrepareServerWizard *m_wizard;
    QComboBox *m_account;
    QCheckBox *m_createFolder;
    QLabel *m_problem;
    QStringList m_known;
};

} // namespace Semina::Ui
