#pragma once

#include "wizards/JobPage.h"

namespace Semina::Ui {

class InitiateBackupWizard;

// "Back up now": writes the seed into the staging location on the worker thread, with the
// progress panel (bytes, files, rate, time left, current file, warnings) and Cancel. A
// cancelled or failed seed continues where it stopped on "Try again", or later from a new
// wizard given the same job name.
class BackUpPage : public JobPage {
    Q_OBJECT

public:
    explicit BackUpPage(InitiateBackupWizard *wizard);

    [[nodiscard]] int nextId() const override;

protected:
    void startJob() override;

private:
    InitiateBackupWizard *m_wizard;
};

} // namespace Semina::Ui
