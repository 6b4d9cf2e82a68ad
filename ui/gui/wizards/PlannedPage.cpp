#include "PlannedPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Semina::Ui {

PlannedPage::PlannedPage(Workflow workflow, QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("page-planned"));
    setTitle(workflowTitle(workflow));
    setSubTitle(workflowSummary(workflow));

    auto *intro = new QLabel(tr("This workflow is not available in this version yet. When it is, these pages will "
                                "guide you through it:"),
                             this);
    intro->setWordWrap(true);

    QString steps;
    for (const QString &step : plannedSteps(workflow))
        steps += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    auto *list = new QLabel(QStringLiteral("<ol>") + steps + QStringLiteral("</ol>"), this);
    list->setObjectName(QStringLiteral("plannedSteps"));
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addStretch();
}

QStringList PlannedPage::plannedSteps(Workflow workflow)
{
    switch (workflow) {
    case Workflow::PrepareServer:
        return {tr("Choose the subscription from a publish settings file, or create a local one."),
                tr("Create the offline certificate, or review the existing one and its thumbprint."),
                tr("Register the storage account and see where its parameters were written.")};
    case Workflow::InitiateBackup:
        return {tr("Choose the folders and files to protect."),
                tr("Fill in the offline backup form: staging location, publish settings, import job name, "
                   "subscription, storage account and container."),
                tr("Check the estimate: seed size, free space and drives needed."),
                tr("Back up now, with progress, time left and the option to cancel and resume.")};
    case Workflow::PrepareDrives:
        return {tr("Pick the import job found in the staging location."), tr("Choose a drive and confirm formatting."),
                tr("Encrypt, copy and verify, asking for another drive when one is full."),
                tr("Create the import job and show the address to ship the drives to.")};
    case Workflow::ShippingDetails:
        return {tr("Enter the carrier, tracking number, return address and contact."),
                tr("Review the details and commit them to the import job.")};
    case Workflow::ImportStatus:
        return {tr("See the state of the import job and of each drive."),
                tr("Count down the deadlines: arrival within two weeks, processing in 7 to 10 days.")};
    case Workflow::FinishRestore:
        return {tr("Move the imported data into the vault."), tr("Continue with incremental backups over the network."),
                tr("Restore files and folders from any backup.")};
    }
    return {};
}

} // namespace Semina::Ui
