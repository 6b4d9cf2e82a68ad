#include "importjob/Deadlines.h"

#include <QCoreApplication>
#include <QLocale>

namespace Semina::Offline {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::Deadlines)
};

QString date(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

// "13 days left", "5 hours left", "overdue by 2 days".
QString countdown(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    const QString amount = magnitude >= 86'400
        ? Text::tr("%n day(s)", nullptr, int(magnitude / 86'400))
        : Text::tr("%n hour(s)", nullptr, int(qMax<qint64>(1, magnitude / 3600)));
    return seconds >= 0 ? Text::tr("%1 left").arg(amount) : Text::tr("overdue by %1").arg(amount);
}

// "18 December", with the year only when it is not this year's.
QString day(const QDateTime &moment, const QDateTime &now)
{
    const QDate date = moment.toLocalTime().date();
    return QLocale().toString(date,
                              date.year() == now.toLocalTime().date().year() ? QStringLiteral("d MMMM")
                                                                             : QStringLiteral("d MMMM yyyy"));
}

} // namespace

JobDeadline deadlineFor(const ServiceJob &job)
{
    switch (job.state) {
    case ImportJobState::Creating:
        return {JobDeadline::Kind::ShippingDetails, job.stateChanged.addDays(kShippingDetailsDays), {}};
    case ImportJobState::Shipping:
        return {JobDeadline::Kind::Arrival, job.stateChanged.addDays(kArrivalDays), {}};
    case ImportJobState::Received:
    case ImportJobState::Transferring:
    case ImportJobState::Packaging: {
        const QDateTime received = job.received.isValid() ? job.received : job.stateChanged;
        return {JobDeadline::Kind::Processing, received.addDays(kProcessingMaxDays),
                received.addDays(kProcessingMinDays)};
    }
    default:
        return {};
    }
}

QString describeDeadline(const JobDeadline &deadline, const QDateTime &now)
{
    switch (deadline.kind) {
    case JobDeadline::Kind::ShippingDetails:
        return Text::tr("Enter the shipping details by %1 (%2).")
            .arg(date(deadline.due), countdown(deadline.secondsLeft(now)));
    case JobDeadline::Kind::Arrival:
        return Text::tr("The drives must arrive at the station by %1 (%2).")
            .arg(date(deadline.due), countdown(deadline.secondsLeft(now)));
    case JobDeadline::Kind::Processing:
        return deadline.secondsLeft(now) >= 0
            ? Text::tr("Processing is expected to end between %1 and %2 (7 to 10 days after receipt; no promise).")
                  .arg(date(deadline.expectedFrom), date(deadline.due))
            : Text::tr("Processing takes longer than the expected 7 to 10 days (expected by %1): ask the station.")
                  .arg(date(deadline.due));
    case JobDeadline::Kind::None:
        break;
    }
    return {};
}

QString describeCountdown(const JobDeadline &deadline, const QDateTime &now)
{
    return deadline.kind == JobDeadline::Kind::None ? QString() : countdown(deadline.secondsLeft(now));
}

QString deadlineHeadline(const JobDeadline &deadline, const QDateTime &now)
{
    switch (deadline.kind) {
    case JobDeadline::Kind::ShippingDetails:
        //: %1 is a day ("18 December"), %2 the time left ("9 days left")
        return Text::tr("Enter the shipping details by %1: %2")
            .arg(day(deadline.due, now), describeCountdown(deadline, now));
    case JobDeadline::Kind::Arrival:
        //: %1 is a day ("18 December"), %2 the time left ("9 days left")
        return Text::tr("Drives must arrive by %1: %2").arg(day(deadline.due, now), describeCountdown(deadline, now));
    case JobDeadline::Kind::Processing:
        //: %1 and %2 are days ("12 December")
        return Text::tr("Expected between %1 and %2").arg(day(deadline.expectedFrom, now), day(deadline.due, now));
    case JobDeadline::Kind::None:
        break;
    }
    return {};
}

} // namespace Semina::Offline
