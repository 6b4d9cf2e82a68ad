#include "wizards/shipping/ReturnAddressPage.h"

#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QGridLayout>
#include <QLineEdit>

namespace Semina::Ui {

using Offline::ShippingField;

ReturnAddressPage::ReturnAddressPage(ShippingDetailsWizard *wizard)
    : ShippingFieldsPage(wizard)
{
    setTitle(tr("Return address"));
    setSubTitle(tr("Where the station sends the drives back once the import is done."));
    const QList<std::tuple<ShippingField, QString, QString>> fields{
        {ShippingField::Recipient, tr("&Recipient:"), QStringLiteral("recipient")},
        {ShippingField::Street1, tr("&Street (line 1):"), QStringLiteral("street1")},
        {ShippingField::Street2, tr("Street (line &2, optional):"), QStringLiteral("street2")},
        {ShippingField::City, tr("C&ity:"), QStringLiteral("city")},
        {ShippingField::StateOrProvince, tr("State or &province (optional):"), QStringLiteral("stateOrProvince")},
        {ShippingField::PostalCode, tr("P&ostal code:"), QStringLiteral("postalCode")},
        {ShippingField::CountryOrRegion, tr("Cou&ntry or region:"), QStringLiteral("countryOrRegion")},
    };
    for (const auto &[field, caption, name] : fields) {
        auto *edit = new QLineEdit(this);
        addField(field, caption, edit, name);
        registerField(name, edit);
    }
    m_grid->setRowStretch(m_grid->rowCount(), 1);
}

int ReturnAddressPage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::ReturnShipping);
}

} // namespace Semina::Ui
