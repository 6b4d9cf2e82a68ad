#include "desktop/JobNotices.h"

#include <QCoreApplication>
#include <QLocale>

namespace Semina::Desktop {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Desktop::JobNotices)
};

QString nextStep(Offline::ImportJobState state)
{
    using Offline::ImportJobState;
    switch (state) {
    case ImportJobState::Seeding:
        return Text::tr("The first backup is being written into the staging location.");
    case ImportJobState::Seeded:
        return Text::tr("The first backup is in the staging location: prepare the drives at the copy computer.");
    case ImportJobState::DrivesPrepared:
        return Text::tr("The drives are prepared: create the import job (semina-cli importjob create) and ship them.");
    case ImportJobState::Creating:
        return Text::tr("Ship the drives to the data center and enter the shipping details.");
    case ImportJobState::Shipping:
        return Text::tr("The drives are on their way. Backups into the vault wait until the import job is completed.");
    case ImportJobState::Received:
        return Text::tr("The data center received the drives; processing usually takes 7 to 10 days.");
    case ImportJobState::Transferring:
        return Text::tr("The data center is importing the drives into the storage account.");
    case ImportJobState::Packaging:
        return Text::tr("The data center is packing the drives to ship them back.");
    case ImportJobState::Completed:
        return Text::tr("The next backup moves the imported data into the vault and continues over the network.");
    case ImportJobState::Closed:
        return Text::tr("The import job ended with errors: Import status shows the logs of its drives.");
    case ImportJobState::Canceled:
        return Text::tr("The import job was canceled; backups into the vault continue over the network.");
    }
    return {};
}
} // namespace

Notice jobStateNotice(const Offline::ImportJob &job)
{
    using Offline::ImportJobState;
    Notice notice;
    //: %1 is the import job's name, %2 its new state
    notice.summary = Text::tr("Import job %1: %2").arg(job.name, Offline::stateLabel(job.state));
    notice.body = nextStep(job.state);
    switch (job.state) {
    case ImportJobState::Closed:
        notice.urgency = Urgency::Critical;
        notice.category = QStringLiteral("transfer.error");
        break;
    case ImportJobState::Seeded:
    case ImportJobState::DrivesPrepared:
    case ImportJobState::Completed:
        notice.category = QStringLiteral("transfer.complete");
        break;
    default:
        notice.category = QStringLiteral("transfer");
        break;
    }
    return notice;
}

Notice deadlineNotice(const QString &jobName, Deadline deadline, const QDateTime &due, const QDateTime &now)
{
    constexpr qint64 kDay = 24 * 60 * 60;
    const qint64 seconds = now.secsTo(due);
    Notice notice;
    //: %1 is the import job's name
    notice.summary = Text::tr("Import job %1: a deadline is near").arg(jobName);
    notice.urgency = seconds < kDay ? Urgency::Critical : Urgency::Normal;
    if (seconds <= 0) {
        notice.summary = Text::tr("Import job %1: a deadline has passed").arg(jobName);
        const QString date = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
        notice.body = deadline == Deadline::DrivesArrive
            ? Text::tr("The drives had to arrive at the data center by %1.").arg(date)
            : Text::tr("The shipping details had to be entered by %1.").arg(date);
        return notice;
    }
    const int days = int((seconds + kDay - 1) / kDay);
    notice.body = deadline == Deadline::DrivesArrive
        ? Text::tr("Drives must arrive within %n day(s).", nullptr, days)
        : Text::tr("Enter the shipping details within %n day(s).", nullptr, days);
    return notice;
}

} // namespace Semina::Desktop
