#include "wizards/shipping/ShippingDonePage.h"

#include "importjob/Deadlines.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace Semina::Ui {

ShippingDonePage::ShippingDonePage(ShippingDetailsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_stored(new QLabel(this))
    , m_next(new QLabel(this))
{
    setTitle(tr("Shipping details committed"));
    setSubTitle(tr("The import job waits for its drives."));
    m_status->setObjectName(QStringLiteral("committedState"));
    m_deadline->setObjectName(QStringLiteral("arrivalDeadline"));
    m_stored->setObjectName(QStringLiteral("detailsStored"));
    m_next->setObjectName(QStringLiteral("shippingNext"));
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_status, m_deadline, m_stored, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
    }
    QFont strong = m_deadline->font();
    strong.setBold(true);
    m_deadline->setFont(strong);
    layout->addStretch(1);
    setFinalPage(true);
}

void ShippingDonePage::initializePage()
{
    if (!m_wizard->committed)
        return;
    const Offline::ServiceJob &job = m_wizard->committed->job;
    m_status->setText(tr("Committed: import job \"%1\" is %2.").arg(job.name(), Offline::stateLabel(job.state)));
    m_deadline->setText(Offline::deadlineHeadline(Offline::deadlineFor(job), QDateTime::currentDateTimeUtc()));
    m_stored->setText(
        tr("The shipping details are stored in %1.").arg(QDir::toNativeSeparators(m_wizard->committed->detailsPath)));
    m_next->setText(tr("Send the package now. \"Import status\" in the main window follows the job and its "
                       "drives until the import is complete."));
}

int ShippingDonePage::nextId() const
{
    return -1;
}

} // namespace Semina::Ui
