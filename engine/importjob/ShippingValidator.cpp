#include "importjob/ShippingValidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::ShippingValidator)
};

constexpr std::array kFields{
    ShippingField::Carrier,
    ShippingField::TrackingNumber,
    ShippingField::DriveCount,
    ShippingField::ShipDate,
    ShippingField::Recipient,
    ShippingField::Street1,
    ShippingField::Street2,
    ShippingField::City,
    ShippingField::StateOrProvince,
    ShippingField::PostalCode,
    ShippingField::CountryOrRegion,
    ShippingField::Phone,
    ShippingField::Email,
    ShippingField::ReturnCarrier,
    ShippingField::ReturnAccountNumber,
};

QString required(ShippingField field)
{
    return Text::tr("%1 is missing: enter it.").arg(shippingFieldLabel(field));
}

} // namespace

QString shippingFieldLabel(ShippingField field)
{
    switch (field) {
    case ShippingField::Carrier:
        return Text::tr("Carrier");
    case ShippingField::TrackingNumber:
        return Text::tr("Tracking number");
    case ShippingField::DriveCount:
        return Text::tr("Number of drives");
    case ShippingField::ShipDate:
        return Text::tr("Ship date");
    case ShippingField::Recipient:
        return Text::tr("Recipient");
    case ShippingField::Street1:
        return Text::tr("Street (line 1)");
    case ShippingField::Street2:
        return Text::tr("Street (line 2)");
    case ShippingField::City:
        return Text::tr("City");
    case ShippingField::StateOrProvince:
        return Text::tr("State or province");
    case ShippingField::PostalCode:
        return Text::tr("Postal code");
    case ShippingField::CountryOrRegion:
        return Text::tr("Country or region");
    case ShippingField::Phone:
        return Text::tr("Phone");
    case ShippingField::Email:
        return Text::tr("Email");
    case ShippingField::ReturnCarrier:
        return Text::tr("Return carrier");
    case ShippingField::ReturnAccountNumber:
        return Text::tr("Return carrier account number");
    }
    return {};
}

void setShippingField(ShippingDetails &details, ShippingField field, const QString &value)
{
    PostalAddress &address = details.returnAddress;
    switch (field) {
    case ShippingField::Carrier:
        details.package.carrier = value;
        break;
    case ShippingField::TrackingNumber:
        details.package.trackingNumber = value;
        break;
    case ShippingField::DriveCount: {
        bool ok = false;
        details.package.driveCount = value.toInt(&ok);
        if (!ok)
            details.package.driveCount = -1;
        break;
    }
    case ShippingField::ShipDate:
        details.package.shipDate = QDate::fromString(value, Qt::ISODate);
        break;
    case ShippingField::Recipient:
        address.recipient = value;
        break;
    case ShippingField::Street1:
        address.street1 = value;
        break;
    case ShippingField::Street2:
        address.street2 = value;
        break;
    case ShippingField::City:
        address.city = value;
        break;
    case ShippingField::StateOrProvince:
        address.stateOrProvince = value;
        break;
    case ShippingField::PostalCode:
        address.postalCode = value;
        break;
    case ShippingField::CountryOrRegion:
        address.countryOrRegion = value;
        break;
    case ShippingField::Phone:
        address.phone = value;
        break;
    case ShippingField::Email:
        address.email = value;
        break;
    case ShippingField::ReturnCarrier:
        details.returnShipping.carrierName = value;
        break;
    case ShippingField::ReturnAccountNumber:
        details.returnShipping.carrierAccountNumber = value;
        break;
    }
}

QString shippingFieldValue(const ShippingDetails &details, ShippingField field)
{
    const PostalAddress &a = details.returnAddress;
    switch (field) {
    case ShippingField::Carrier:
        return details.package.carrier;
    case ShippingField::TrackingNumber:
        return details.package.trackingNumber;
    case ShippingField::DriveCount:
        return QString::number(details.package.driveCount);
    case ShippingField::ShipDate:
        return details.package.shipDate.toString(Qt::ISODate);
    case ShippingField::Recipient:
        return a.recipient;
    case ShippingField::Street1:
        return a.street1;
    case ShippingField::Street2:
        return a.street2;
    case ShippingField::City:
        return a.city;
    case ShippingField::StateOrProvince:
        return a.stateOrProvince;
    case ShippingField::PostalCode:
        return a.postalCode;
    case ShippingField::CountryOrRegion:
        return a.countryOrRegion;
    case ShippingField::Phone:
        return a.phone;
    case ShippingField::Email:
        return a.email;
    case ShippingField::ReturnCarrier:
        return details.returnShipping.carrierName;
    case ShippingField::ReturnAccountNumber:
        return details.returnShipping.carrierAccountNumber;
    }
    return {};
}

ShippingValidator::ShippingValidator(QStringList carriers, int driveCount, QDate today)
    : m_carriers(std::move(carriers))
    , m_driveCount(driveCount)
    , m_today(today)
{
}

QString ShippingValidator::supportedCarrier(const QString &typed) const
{
    for (const QString &carrier : m_carriers) {
        if (carrier.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            return carrier;
    }
    return {};
}

std::optional<QString> ShippingValidator::check(ShippingField field, const ShippingDetails &details) const
{
    const PostalAddress &address = details.returnAddress;
    const auto filled = [field](const QString &value) -> std::optional<QString> {
        if (value.trimmed().isEmpty())
            return required(field);
        return std::nullopt;
    };
    switch (field) {
    case ShippingField::Carrier:
        if (details.package.carrier.trimmed().isEmpty() || supportedCarrier(details.package.carrier).isEmpty())
            return Text::tr("The carrier \"%1\" is not one the import service accepts: choose one of %2.")
                .arg(details.package.carrier, m_carriers.join(QStringLiteral(", ")));
        return std::nullopt;
    case ShippingField::TrackingNumber: {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 -]{3,38}[A-Za-z0-9]$"));
        if (details.package.trackingNumber.trimmed().isEmpty())
            return required(field);
        if (!pattern.match(details.package.trackingNumber.trimmed()).hasMatch())
            return Text::tr("The tracking number \"%1\" is not one a carrier prints: copy the 5 to 40 letters and "
                            "digits from the package's label.")
                .arg(details.package.trackingNumber);
        return std::nullopt;
    }
    case ShippingField::DriveCount:
        if (details.package.driveCount != m_driveCount)
            return Text::tr("The package holds %1 drive(s), but the job has %2: ship every drive of the job in one "
                            "package and give their number.")
                .arg(details.package.driveCount)
                .arg(m_driveCount);
        return std::nullopt;
    case ShippingField::ShipDate:
        if (!details.package.shipDate.isValid())
            return Text::tr("The ship date is missing or not a date: give it as YYYY-MM-DD.");
        if (details.package.shipDate > m_today.addDays(kMaxDaysAhead))
            return Text::tr("The ship date %1 is more than a week ahead: enter the shipping details once the "
                            "package is about to leave (by %2 at the latest).")
                .arg(QLocale().toString(details.package.shipDate, QLocale::ShortFormat),
                     QLocale().toString(m_today.addDays(kMaxDaysAhead), QLocale::ShortFormat));
        return std::nullopt;
    case ShippingField::Recipient:
        return filled(address.recipient);
    case ShippingField::Street1:
        return filled(address.street1);
    case ShippingField::Street2:
    case ShippingField::StateOrProvince:
        return std::nullopt; // optional
    case ShippingField::City:
        return filled(address.city);
    case ShippingField::PostalCode:
        return filled(address.postalCode);
    case ShippingField::CountryOrRegion:
        return filled(address.countryOrRegion);
    case ShippingField::Phone: {
        if (address.phone.trimmed().isEmpty())
            return required(field);
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
        const qsizetype digits = std::ranges::count_if(address.phone, [](QChar c) { return c.isDigit(); });
        if (!allowed.match(address.phone.trimmed()).hasMatch() || digits < 6 || digits > 15)
            return Text::tr("The phone number \"%1\" is not well formed: give 6 to 15 digits, with an optional "
                            "leading + and spaces or hyphens.")
                .arg(address.phone);
        return std::nullopt;
    }
    case ShippingField::Email: {
        if (address.email.trimmed().isEmpty())
            return required(field);
        static const QRegularExpression pattern(
            QStringLiteral("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
                           "[A-Za-z0-9])?)+$"));
        if (!pattern.match(address.email.trimmed()).hasMatch())
            return Text::tr("The email address \"%1\" is not well formed: give it as name@example.com.")
                .arg(address.email);
        return std::nullopt;
    }
    case ShippingField::ReturnCarrier:
        return filled(details.returnShipping.carrierName);
    case ShippingField::ReturnAccountNumber:
        return filled(details.returnShipping.carrierAccountNumber);
    }
    return std::nullopt;
}

QList<ShippingProblem> ShippingValidator::validate(const ShippingDetails &details) const
{
    QList<ShippingProblem> problems;
    for (ShippingField field : kFields) {
        if (auto problem = check(field, details))
            problems.append({field, *problem});
    }
    return problems;
}

} // namespace Semina::Offline
