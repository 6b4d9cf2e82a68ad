#pragma once

#include "Workflow.h"

#include <QWizardPage>

namespace Semina::Ui {

// Says what a workflow that is not built yet will do, step by step.
class PlannedPage : public QWizardPage {
    Q_OBJECT

public:
    PlannedPage(Workflow workflow, QWidget *parent = nullptr);

    static QStringList plannedSteps(Workflow workflow);
};

} // namespace Semina::Ui
