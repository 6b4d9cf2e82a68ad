#include "Workflow.h"

#include "Icons.h"
#include "wizards/PlannedWorkflowWizard.h"
#include "wizards/importstatus/ImportStatusWizard.h"
#include "wizards/initiate/InitiateBackupWizard.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"
#include "wizards/prepareserver/PrepareServerWizard.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QCoreApplication>

namespace Semina::Ui {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Ui::Workflow)
};
} // namespace

QList<Workflow> allWorkflows()
{
    return {Workflow::PrepareServer,   Workflow::InitiateBackup, Workflow::PrepareDrives,
            Workflow::ShippingDetails, Workflow::ImportStatus,   Workflow::FinishRestore};
}

QString workflowTitle(Workflow workflow)
{
    switch (workflow) {
    case Workflow::PrepareServer:
        return Text::tr("Prepare this server");
    case Workflow::InitiateBackup:
        return Text::tr("Initiate offline backup");
    case Workflow::PrepareDrives:
        return Text::tr("Prepare drives");
    case Workflow::ShippingDetails:
        return Text::tr("Shipping details");
    case Workflow::ImportStatus:
        return Text::tr("Import status");
    case Workflow::FinishRestore:
        return Text::tr("Finish and restore");
    }
    return {};
}

QString workflowSummary(Workflow workflow)
{
    switch (workflow) {
    case Workflow::PrepareServer:
        return Text::tr("Create the offline certificate and register the storage account.");
    case Workflow::InitiateBackup:
        return Text::tr("Fill in the offline backup form and write the first backup into the staging location.");
    case Workflow::PrepareDrives:
        return Text::tr(
            "At the copy computer: encrypt the drives, copy the seed, verify it and create the import job.");
    case Workflow::ShippingDetails:
        return Text::tr("Enter the carrier and tracking number, review them and commit them to the import job.");
    case Workflow::ImportStatus:
        return Text::tr("Follow the import job and its drives, and the deadlines that apply to them.");
    case Workflow::FinishRestore:
        return Text::tr("Move the imported data into the vault, back up incrementally and restore files.");
    }
    return {};
}

QString workflowId(Workflow workflow)
{
    switch (workflow) {
    case Workflow::PrepareServer:
        return QStringLiteral("prepare-server");
    case Workflow::InitiateBackup:
        return QStringLiteral("initiate-backup");
    case Workflow::PrepareDrives:
        return QStringLiteral("prepare-drives");
    case Workflow::ShippingDetails:
        return QStringLiteral("shipping-details");
    case Workflow::ImportStatus:
        return QStringLiteral("import-status");
    case Workflow::FinishRestore:
        return QStringLiteral("finish-restore");
    }
    return {};
}

namespace {
QWizard *newWizard(Workflow workflow, QWidget *parent, const QString &job)
{
    // Each workflow gets its own wizard class as it is built; until then the planned one says
    // what the workflow will do.
    switch (workflow) {
    case Workflow::PrepareServer:
        return new PrepareServerWizard(parent);
    case Workflow::InitiateBackup:
        return new InitiateBackupWizard(parent);
    case Workflow::PrepareDrives:
        return new PrepareDrivesWizard(parent);
    case Workflow::ShippingDetails:
        return new ShippingDetailsWizard(parent, job);
    case Workflow::ImportStatus:
        return new ImportStatusWizard(parent);
    case Workflow::FinishRestore:
        break;
    }
    return new PlannedWorkflowWizard(workflow, parent);
}

} // namespace

QWizard *createWizard(Workflow workflow, QWidget *parent, const QString &job)
{
    QWizard *wizard = newWizard(workflow, parent, job);
    // The workflow's icon in the header of every page (QWizard::ModernStyle shows the logo there).
    wizard->setPixmap(QWizard::LogoPixmap, workflowIcon(workflow).pixmap(QSize(48, 48), wizard->devicePixelRatio()));
    return wizard;
}

} // namespace Semina::Ui
