#pragma once

#include "importjob/ServiceRecords.h"

#include <QDateTime>
#include <QString>

namespace Semina::Offline {

// The deadlines of a job (DOMAIN.md, "Deadlines discovered too late: count them down"):
// 14 days in Creating to enter the shipping details, 14 days in Shipping for the drives to
// arrive, and the expected 7 to 10 days of processing once they are received (no promise).
inline constexpr int kShippingDetailsDays = 14;
inline constexpr int kArrivalDays = 14;
inline constexpr int kProcessingMinDays = 7;
inline constexpr int kProcessingMaxDays = 10;

struct JobDeadline {
    enum class Kind { None, ShippingDetails, Arrival, Processing };
    Kind kind = Kind::None;
    QDateTime due; // UTC; for Processing the late end of the expected range
    QDateTime expectedFrom; // UTC; Processing only: the early end

    // Negative once the deadline has passed.
    [[nodiscard]] qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(due); }
};

JobDeadline deadlineFor(const ServiceJob &job);

// One translated line: "Enter the shipping details by 19/12/26 (13 days left)",
// "The drives must arrive by ... (overdue by 2 days)", "Expected between ... and ...".
// Empty for a job with no deadline (a final state).
QString describeDeadline(const JobDeadline &deadline, const QDateTime &now);

// The time left, translated: "9 days left", "5 hours left", "overdue by 2 days".
QString describeCountdown(const JobDeadline &deadline, const QDateTime &now);
// The deadline as a headline, its day written out: "Drives must arrive by 18 December: 9 days
// left", "Enter the shipping details by 18 December: 13 days left", "Expected between 12 and 15
// December". Empty for a job with no deadline.
QString deadlineHeadline(const JobDeadline &deadline, const QDateTime &now);

} // namespace Semina::Offline
