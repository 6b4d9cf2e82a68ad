#pragma once

#include "wizards/shipping/ShippingFieldsPage.h"

namespace Semina::Ui {

// The return address, in the original's order: recipient, two street lines, city, state or
// province, postal code, country or region. Remembered for the next job once committed.
class ReturnAddressPage : public ShippingFieldsPage {
    Q_OBJECT

public:
    explicit ReturnAddressPage(ShippingDetailsWizard *wizard);

    [[nodiscard]] int nextId() const override;
};

} // namespace Semina::Ui
