#include "wizards/shipping/ShippingReviewPage.h"

#include "importjob/Deadlines.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Semina::Ui {

using Offline::ShippingField;

ShippingReviewPage::ShippingReviewPage(ShippingDetailsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new QLabel(this))
    , m_form(new QFormLayout)
{
    setTitle(tr("Review the shipping details"));
    setSubTitle(tr("Check every value against the package's label. Once committed, the details cannot be changed "
                   "and the drives must arrive within %n day(s).",
                   nullptr, Offline::kArrivalDays));
    setButtonText(QWizard::NextButton, tr("&Commit"));
    m_job->setObjectName(QStringLiteral("reviewJob"));
    m_job->setWordWrap(true);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_job);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void ShippingReviewPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const Offline::ShippingDetails &details = m_wizard->details;
    m_job->setText(
        tr("Import job \"%1\", %n drive(s) in one package:", nullptr, int(m_wizard->serviceJob.request.drives.size()))
            .arg(m_wizard->serviceJob.name()));
    for (int i = int(ShippingField::Carrier); i <= int(ShippingField::ReturnAccountNumber); ++i) {
        const auto field = ShippingField(i);
        QString value = Offline::shippingFieldValue(details, field);
        if (field == ShippingField::ShipDate)
            value = QLocale().toString(details.package.shipDate, QLocale::LongFormat);
        if (value.isEmpty())
            value = tr("(none)");
        auto *shown = new QLabel(value, this);
        shown->setObjectName(QStringLiteral("review-%1").arg(i));
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        shown->setAccessibleName(Offline::shippingFieldLabel(field));
        m_form->addRow(Offline::shippingFieldLabel(field) + QLatin1Char(':'), shown);
    }
}

int ShippingReviewPage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::Commit);
}

} // namespace Semina::Ui
