#pragma once

#include "core/JobRunner.h"
#include "wizards/shipping/ShippingFieldsPage.h"

#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Semina::Ui {

// The package, first in the original's order: the carrier (one the service supports), the
// tracking number from the package's label and the ship date. Every drive of the job travels in
// this one package, so their number is the job's and is not asked. The ship-to address is
// shown again beside the fields. Once typing pauses on a well-formed tracking number, the
// service is asked on a JobRunner whether another job uses it (the commit checks again, race-free).
class PackagePage : public ShippingFieldsPage {
    Q_OBJECT

public:
    explicit PackagePage(ShippingDetailsWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] int nextId() const override;

protected:
    [[nodiscard]] QString ownProblem(Offline::ShippingField field, const QString &value) const override;

private:
    void focusTrackingNumber();
    void checkTrackingNumber();

    QComboBox *m_carrier;
    QLineEdit *m_trackingNumber;
    QDateEdit *m_shipDate;
    QLabel *m_package;
    QLabel *m_shipTo;
    bool m_dateSet = false;
    QTimer m_typing;
    JobRunner m_runner;
};

} // namespace Semina::Ui
