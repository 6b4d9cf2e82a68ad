#pragma once

#include <QWizardPage>

class QLabel;

namespace Semina::Ui {

class ShippingDetailsWizard;

// The committed job: its state (Shipping), the drives' arrival deadline counted down, where the
// details are kept on this computer, and what to do next.
class ShippingDonePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ShippingDonePage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    ShippingDetailsWizard *m_wizard;
    QLabel *m_status;
    QLabel *m_deadline;
    QLabel *m_stored;
    QLabel *m_next;
};

} // namespace Semina::Ui
