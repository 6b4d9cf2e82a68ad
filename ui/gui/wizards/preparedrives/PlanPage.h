#pragma once

#include "core/JobRunner.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace Semina::Ui {

class PrepareDrivesWizard;

// "Plan": the size of the drives (typed, or one of the drives at hand), how many drives the
// seed needs and what goes on each, as `diskprep --plan` shows it; optionally no more than
// that size written on each drive.
class PlanPage : public QWizardPage {
    Q_OBJECT

public:
    explicit PlanPage(PrepareDrivesWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void findDrivesAtHand();
    void updatePlan();
    [[nodiscard]] qint64 driveSize() const;

    PrepareDrivesWizard *m_wizard;
    QComboBox *m_size;
    QCheckBox *m_limit;
    QLabel *m_sizeProblem;
    QLabel *m_summary;
    QTreeWidget *m_plan;
    QLabel *m_warning;
    JobRunner m_runner;
    bool m_planned = false;
};

} // namespace Semina::Ui
