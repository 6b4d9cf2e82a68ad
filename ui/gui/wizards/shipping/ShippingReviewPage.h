#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;

namespace Semina::Ui {

class ShippingDetailsWizard;

// Every field as it will be committed, in the original's order, with the job they belong to;
// Next reads "Commit": the details cannot be changed afterwards.
class ShippingReviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ShippingReviewPage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;

private:
    ShippingDetailsWizard *m_wizard;
    QLabel *m_job;
    QFormLayout *m_form;
};

} // namespace Semina::Ui
