#pragma once

#include "importjob/ServiceRecords.h"

#include <QDate>

namespace Semina::Test {

// Shipping details every rule accepts: a package of `drives` drives sent today with `carrier`
// (as typed) and `tracking`, and a return address and shipping in Turin.
inline Offline::ShippingDetails sampleShippingDetails(const QString &carrier, const QString &tracking, int drives)
{
    Offline::ShippingDetails details;
    details.package = {carrier, tracking, drives, QDate::currentDate()};
    details.returnAddress = {QStringLiteral("Contoso Backup Desk"),
                             QStringLiteral("Corso Italia 5"),
                             {},
                             QStringLiteral("Torino"),
                             QStringLiteral("TO"),
                             QStringLiteral("10121"),
                             QStringLiteral("Italia"),
                             QStringLiteral("+39 011 555 0101"),
                             QStringLiteral("desk@contoso.example")};
    details.returnShipping = {QStringLiteral("UPS"), QStringLiteral("ACC-778899")};
    return details;
}

} // namespace Semina::Test
