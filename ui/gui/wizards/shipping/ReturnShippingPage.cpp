#include "wizards/shipping/ReturnShippingPage.h"

#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace Semina::Ui {

using Offline::ShippingField;

ReturnShippingPage::ReturnShippingPage(ShippingDetailsWizard *wizard)
    : ShippingFieldsPage(wizard)
    , m_returnCarrier(new QComboBox(this))
{
    setTitle(tr("Contact and return shipping"));
    setSubTitle(tr("Who the station calls about the drives, and the carrier account that pays for sending them "
                   "back."));
    auto *phone = new QLineEdit(this);
    phone->setPlaceholderText(tr("For example +39 011 555 0101"));
    auto *email = new QLineEdit(this);
    email->setPlaceholderText(tr("For example backup-desk@example.com"));
    auto *account = new QLineEdit(this);
    m_returnCarrier->setEditable(true);
    m_returnCarrier->setInsertPolicy(QComboBox::NoInsert);
    addField(ShippingField::Phone, tr("P&hone:"), phone, QStringLiteral("phone"));
    addField(ShippingField::Email, tr("&Email:"), email, QStringLiteral("email"));
    auto *returnShipping = new QLabel(tr("Return shipping"), this);
    QFont bold = returnShipping->font();
    bold.setBold(true);
    returnShipping->setFont(bold);
    m_grid->addWidget(returnShipping, m_grid->rowCount(), 0, 1, 2);
    addField(ShippingField::ReturnCarrier, tr("Return &carrier:"), m_returnCarrier, QStringLiteral("returnCarrier"));
    addField(ShippingField::ReturnAccountNumber, tr("Carrier &account number:"), account,
             QStringLiteral("returnAccountNumber"));
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    registerField(QStringLiteral("phone"), phone);
    registerField(QStringLiteral("email"), email);
    registerField(QStringLiteral("returnCarrier"), m_returnCarrier, "currentText");
    registerField(QStringLiteral("returnAccountNumber"), account);
}

void ReturnShippingPage::initializePage()
{
    // The service's carriers are offered; any carrier may bring the drives back.
    const QString typed = m_returnCarrier->currentText();
    m_returnCarrier->clear();
    m_returnCarrier->addItems(m_wizard->description.carriers);
    m_returnCarrier->setCurrentIndex(-1);
    m_returnCarrier->setCurrentText(typed);
    ShippingFieldsPage::initializePage();
}

int ReturnShippingPage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::Review);
}

} // namespace Semina::Ui
