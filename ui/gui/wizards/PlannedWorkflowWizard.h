#pragma once

#include "Workflow.h"

#include <QWizard>

namespace Semina::Ui {

// The wizard of a workflow that is not built yet: one page that says what it will hold, so
// the main window is honest about what works today.
class PlannedWorkflowWizard : public QWizard {
    Q_OBJECT

public:
    enum class PageId { Overview };

    PlannedWorkflowWizard(Workflow workflow, QWidget *parent = nullptr);
};

} // namespace Semina::Ui
