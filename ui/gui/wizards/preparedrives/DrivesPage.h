#pragma once

#include <QWizardPage>

class QLabel;

namespace Semina::Ui {

class DriveChooser;
class PrepareDrivesWizard;

// "Drives": the drive to start on, among those plugged in (or a folder), with the consent to
// erase it typed when it must be erased.
class DrivesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit DrivesPage(PrepareDrivesWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    PrepareDrivesWizard *m_wizard;
    QLabel *m_introduction;
    DriveChooser *m_chooser;
};

} // namespace Semina::Ui
