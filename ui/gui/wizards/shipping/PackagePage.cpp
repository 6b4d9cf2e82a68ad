#include "wizards/shipping/PackagePage.h"

#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace Semina::Ui {

using Offline::ShippingField;

PackagePage::PackagePage(ShippingDetailsWizard *wizard)
    : ShippingFieldsPage(wizard)
    , m_carrier(new QComboBox(this))
    , m_trackingNumber(new QLineEdit(this))
    , m_shipDate(new QDateEdit(this))
    , m_package(new QLabel(this))
    , m_shipTo(new QLabel(this))
{
    setTitle(tr("The package"));
    setSubTitle(tr("Every drive of the job goes into one package with one tracking number. Enter what the "
                   "carrier's label says."));
    m_carrier->setEditable(true);
    m_carrier->setInsertPolicy(QComboBox::NoInsert);
    m_carrier->lineEdit()->setPlaceholderText(tr("Choose or type the carrier"));
    m_trackingNumber->setPlaceholderText(tr("As printed on the label, for example 1Z999AA10123456784"));
    m_shipDate->setCalendarPopup(true);
    m_package->setObjectName(QStringLiteral("packageDrives"));
    m_package->setWordWrap(true);
    m_shipTo->setObjectName(QStringLiteral("shipTo"));
    m_shipTo->setWordWrap(true);
    m_shipTo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_grid->addWidget(m_package, 0, 0, 1, 2);
    addField(ShippingField::Carrier, tr("&Carrier:"), m_carrier, QStringLiteral("carrier"));
    addField(ShippingField::TrackingNumber, tr("&Tracking number:"), m_trackingNumber,
             QStringLiteral("trackingNumber"));
    addField(ShippingField::ShipDate, tr("Ship &date:"), m_shipDate, QStringLiteral("shipDate"));
    m_grid->addWidget(m_shipTo, m_grid->rowCount(), 0, 1, 2);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    registerField(QStringLiteral("carrier"), m_carrier, "currentText");
    registerField(QStringLiteral("trackingNumber"), m_trackingNumber);
    registerField(QStringLiteral("shipDate"), m_shipDate);
    connect(wizard, &ShippingDetailsWizard::trackingNumberToCorrect, this, &PackagePage::focusTrackingNumber);
    m_typing.setSingleShot(true);
    m_typing.setInterval(500);
    connect(&m_typing, &QTimer::timeout, this, &PackagePage::checkTrackingNumber);
    connect(m_trackingNumber, &QLineEdit::textEdited, &m_typing, qOverload<>(&QTimer::start));
}

void PackagePage::cleanupPage()
{
    m_typing.stop();
}

void PackagePage::checkTrackingNumber()
{
    const QString number = m_trackingNumber->text().trimmed();
    if (!problem(ShippingField::TrackingNumber).isEmpty() || !m_wizard->service || m_runner.isRunning())
        return;
    std::shared_ptr<Offline::ImportService> service = m_wizard->service;
    const QString job = m_wizard->serviceJob.name();
    m_runner.run<std::optional<QString>>(
        [service, job, number](JobContext &) { return Offline::trackingNumberProblem(*service, job, number); },
        [this, number](Result<std::optional<QString>> taken) {
            // A service that cannot answer now is asked again by the commit.
            if (taken && *taken) {
                m_wizard->takenTrackingNumbers.insert(number.toUpper(), **taken);
                validate();
            }
            if (m_trackingNumber->text().trimmed() != number)
                m_typing.start();
        });
}

void PackagePage::initializePage()
{
    const QString typed = m_carrier->currentText();
    m_carrier->clear();
    m_carrier->addItems(m_wizard->description.carriers);
    m_carrier->setCurrentIndex(-1);
    m_carrier->setCurrentText(typed);
    if (!m_dateSet) {
        m_shipDate->setDate(QDate::currentDate());
        m_dateSet = true;
    }
    const int drives = int(m_wizard->serviceJob.request.drives.size());
    m_package->setText(
        tr("Import job \"%1\": the package holds its %n drive(s).", nullptr, drives).arg(m_wizard->serviceJob.name()));
    QStringList lines{tr("Ship to:")};
    lines << m_wizard->description.shipTo.lines();
    m_shipTo->setText(lines.join(QLatin1Char('\n')));
    ShippingFieldsPage::initializePage();
}

QString PackagePage::ownProblem(ShippingField field, const QString &value) const
{
    if (field != ShippingField::TrackingNumber)
        return {};
    return m_wizard->takenTrackingNumbers.value(value.toUpper());
}

void PackagePage::focusTrackingNumber()
{
    validate();
    m_trackingNumber->setFocus();
    m_trackingNumber->selectAll();
}

int PackagePage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::ReturnAddress);
}

} // namespace Semina::Ui
