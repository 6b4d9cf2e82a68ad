#pragma once

#include "importjob/ServiceRecords.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Semina::Offline {

// The fields of the shipping details, in the order the original asks for them.
enum class ShippingField {
    Carrier,
    TrackingNumber,
    DriveCount,
    ShipDate,
    Recipient,
    Street1,
    Street2,
    City,
    StateOrProvince,
    PostalCode,
    CountryOrRegion,
    Phone,
    Email,
    ReturnCarrier,
    ReturnAccountNumber,
};

// The translated name of a field, as the prompts and the review show it.
QString shippingFieldLabel(ShippingField field);

// One field as typed (a drive count that is no number becomes -1, a date not in YYYY-MM-DD
// form an invalid date, so the validator names them), and as shown in a review.
void setShippingField(ShippingDetails &details, ShippingField field, const QString &value);
QString shippingFieldValue(const ShippingDetails &details, ShippingField field);

struct ShippingProblem {
    ShippingField field;
    QString message; // names the field and the fix
};

// Every rule of the shipping details in one place, for the CLI, a future wizard page (one field
// at a time, as the user types) and the service itself: the carrier from the service's list, a
// tracking number, the job's number of drives, a ship date no more than a week ahead, the
// return address with a well-formed phone and email, the return carrier and account. Whether
// another job uses the tracking number is the service's to say (ImportService).
class ShippingValidator {
public:
    ShippingValidator(QStringList carriers, int driveCount, QDate today);

    // The problem with one field, if any.
    [[nodiscard]] std::optional<QString> check(ShippingField field, const ShippingDetails &details) const;
    // Every problem, in field order.
    [[nodiscard]] QList<ShippingProblem> validate(const ShippingDetails &details) const;
    // The carrier as the service spells it ("ups" -> "UPS"); empty when it is not supported.
    [[nodiscard]] QString supportedCarrier(const QString &typed) const;

    static constexpr int kMaxDaysAhead = 7;

private:
    QStringList m_carriers;
    int m_driveCount;
    QDate m_today;
};

} // namespace Semina::Offline
