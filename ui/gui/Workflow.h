#pragma once

#include <QList>
#include <QString>

class QWizard;
class QWidget;

namespace Semina::Ui {

// The six workflows of offline seeding, in the order an operator meets them (docs/ARCHITECTURE.md).
enum class Workflow {
    PrepareServer,
    InitiateBackup,
    PrepareDrives,
    ShippingDetails,
    ImportStatus,
    FinishRestore,
};

QList<Workflow> allWorkflows();
QString workflowTitle(Workflow workflow);
QString workflowSummary(Workflow workflow);
// A stable, untranslated name for object names and the command line: "prepare-server", ...
QString workflowId(Workflow workflow);

// Creates the wizard of a workflow; the caller owns it. A non-empty `job` is preselected where
// the workflow works on one import job (Shipping details).
QWizard *createWizard(Workflow workflow, QWidget *parent, const QString &job = {});

} // namespace Semina::Ui
