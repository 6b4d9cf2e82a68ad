#include "widgets/ImportJobDetails.h"

#include "importjob/Deadlines.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Semina::Ui {

namespace {
QLabel *detailLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ImportJobDetails::ImportJobDetails(QWidget *parent)
    : QWidget(parent)
    , m_deadline(detailLabel(QStringLiteral("jobDeadline"), this))
    , m_state(detailLabel(QStringLiteral("jobState"), this))
    , m_shipping(detailLabel(QStringLiteral("jobShipping"), this))
    , m_logs(detailLabel(QStringLiteral("jobLogs"), this))
    , m_problem(detailLabel(QStringLiteral("jobProblem"), this))
{
    QFont bold = m_deadline->font();
    bold.setBold(true);
    m_deadline->setFont(bold);
    m_deadline->setAccessibleName(tr("Deadline"));
    m_state->setAccessibleName(tr("Job state"));
    m_shipping->setAccessibleName(tr("Shipping details"));
    m_logs->setAccessibleName(tr("Log locations"));
    m_problem->setAccessibleName(tr("Problem"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_deadline, m_state, m_shipping, m_logs, m_problem})
        layout->addWidget(label);
    showJob(nullptr, {});
}

void ImportJobDetails::showJob(const Offline::JobStatus *status, const QDateTime &now)
{
    const auto set = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    if (!status) {
        for (QLabel *label : {m_deadline, m_state, m_shipping, m_logs, m_problem})
            set(label, {});
        set(m_state, tr("Choose a job in the list to see its details."));
        return;
    }
    set(m_deadline,
        status->service ? Offline::deadlineHeadline(Offline::deadlineFor(*status->service), now) : QString());
    set(m_state, stateText(*status));
    set(m_shipping, shippingText(*status));
    set(m_logs, logsText(*status));
    set(m_problem, status->problem ? status->problem->message : QString());
}

QString ImportJobDetails::stateText(const Offline::JobStatus &status)
{
    if (!status.service) {
        if (status.state() < Offline::ImportJobState::Creating)
            //: %1 is the job, %2 its state
            return tr("\"%1\" is %2 on this computer; the import job is created in the service once its drives "
                      "are prepared.")
                .arg(status.name(), Offline::stateLabel(status.state()));
        return tr("\"%1\" is %2 as this computer last heard.").arg(status.name(), Offline::stateLabel(status.state()));
    }
    //: %1 is the job, %2 its state, %3 a date and time
    return tr("\"%1\" is %2 since %3.")
        .arg(status.name(), Offline::stateLabel(status.service->state),
             QLocale().toString(status.service->stateChanged.toLocalTime(), QLocale::ShortFormat));
}

QString ImportJobDetails::shippingText(const Offline::JobStatus &status)
{
    if (!status.service)
        return {};
    if (!status.service->shipping)
        return status.service->state == Offline::ImportJobState::Creating
            ? tr("No shipping details yet: ship the drives, then enter the carrier and tracking number in "
                 "\"Shipping details\".")
            : QString();
    const Offline::DeliveryPackage &package = status.service->shipping->package;
    //: %1 is the carrier, %2 the tracking number, %3 the ship date
    return tr("Shipped with %1, tracking number %2, on %3: %n drive(s).", nullptr, package.driveCount)
        .arg(package.carrier, package.trackingNumber,
             QLocale().toString(package.shipDate, QStringLiteral("d MMMM yyyy")));
}

QString ImportJobDetails::logsText(const Offline::JobStatus &status)
{
    if (!status.service || status.service->request.drives.isEmpty())
        return {};
    QStringList lines;
    for (const Offline::ServiceDrive &drive : status.service->request.drives) {
        if (drive.errorLog.isEmpty() && drive.verboseLog.isEmpty())
            continue;
        //: %1 is the drive's number, %2 and %3 where the station put its logs
        lines << tr("Drive %1: error log %2; verbose log %3")
                     .arg(drive.sequence)
                     .arg(drive.errorLog.isEmpty() ? tr("none") : QDir::toNativeSeparators(drive.errorLog),
                          drive.verboseLog.isEmpty() ? tr("none") : QDir::toNativeSeparators(drive.verboseLog));
    }
    if (lines.isEmpty())
        return tr("Logs: the station writes an error log and a verbose log for each drive as it imports it; "
                  "none yet.");
    lines.prepend(tr("Logs written by the station:"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Semina::Ui
