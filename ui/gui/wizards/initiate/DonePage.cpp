#include "wizards/initiate/DonePage.h"

#include "importjob/ImportJob.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Semina::Ui {

DonePage::DonePage(InitiateBackupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_state(new QLabel(this))
    , m_recoveryKey(new QLabel(this))
    , m_next(new QLabel(this))
{
    setTitle(tr("The seed is written"));
    setSubTitle(tr("The first backup waits in the staging location for the drives."));
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_state->setObjectName(QStringLiteral("jobState"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_next->setObjectName(QStringLiteral("technicianNext"));
    for (QLabel *label : {m_summary, m_state, m_recoveryKey, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_state);
    layout->addWidget(m_recoveryKey);
    layout->addWidget(m_next);
    layout->addStretch();
    setFinalPage(true);
}

void DonePage::initializePage()
{
    const Offline::SeedResult &seed = m_wizard->seed;
    const QLocale locale;
    m_summary->setText(tr("%1 of %n file(s) were written as %2 into %3; the signed manifest is %4.", nullptr,
                          int(qMin<qint64>(seed.files, INT_MAX)))
                           .arg(locale.formattedDataSize(seed.protectedBytes, 1, QLocale::DataSizeSIFormat),
                                locale.formattedDataSize(seed.seedBytes, 1, QLocale::DataSizeSIFormat),
                                QDir::toNativeSeparators(seed.jobFolder), QDir::toNativeSeparators(seed.manifestPath)));
    const auto job = m_wizard->services()->jobs.find(m_wizard->form.importJobName);
    m_state->setText(job ? tr("Import job %1: %2.").arg(job->name, Offline::stateLabel(job->state))
                         : job.error().message);
    m_recoveryKey->setVisible(!seed.recoveryKey.isEmpty());
    if (!seed.recoveryKey.isEmpty())
        m_recoveryKey->setText(tr("Recovery key of the new vault, shown only this once: write it down and keep it "
                                  "apart from the drives.\n%1")
                                   .arg(seed.recoveryKey));
    m_next->setText(tr("Next, the technician: at the copy computer, open \"Prepare drives\" with the staging location "
                       "%1 and the import job %2, then enter the shipping details.")
                        .arg(QDir::toNativeSeparators(m_wizard->form.stagingLocation), m_wizard->form.importJobName));
}

} // namespace Semina::Ui
