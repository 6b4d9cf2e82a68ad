#pragma once

#include "wizards/shipping/ShippingFieldsPage.h"

class QComboBox;

namespace Semina::Ui {

// The contact at the return address (phone, email) and the return shipping (the carrier and
// the account it bills), the last fields of the original's order.
class ReturnShippingPage : public ShippingFieldsPage {
    Q_OBJECT

public:
    explicit ReturnShippingPage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    QComboBox *m_returnCarrier;
};

} // namespace Semina::Ui
