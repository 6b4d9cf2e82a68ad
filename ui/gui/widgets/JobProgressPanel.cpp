#include "widgets/JobProgressPanel.h"

#include "core/JobRunner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Semina::Ui {

JobProgressPanel::JobProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_amounts(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_current(new QLabel(this))
    , m_warningsTitle(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_cancel(new QPushButton(tr("S&top"), this))
{
    m_phase->setObjectName(QStringLiteral("progressPhase"));
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Progress"));
    m_amounts->setObjectName(QStringLiteral("progressAmounts"));
    m_rate->setObjectName(QStringLiteral("progressRate"));
    m_current->setObjectName(QStringLiteral("progressCurrentItem"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_warningsTitle->setObjectName(QStringLiteral("progressWarningsTitle"));
    m_warnings->setObjectName(QStringLiteral("progressWarnings"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_cancel->setObjectName(QStringLiteral("progressCancel"));

    QFont phaseFont = m_phase->font();
    phaseFont.setBold(true);
    m_phase->setFont(phaseFont);

    auto *figures = new QFormLayout;
    figures->addRow(tr("Done:"), m_amounts);
    figures->addRow(tr("Speed:"), m_rate);
    figures->addRow(tr("Current:"), m_current);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addLayout(figures);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings, 1);
    layout->addLayout(buttons);

    reset();
}

void JobProgressPanel::follow(JobRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_runner = runner;
    connect(runner, &JobRunner::progressChanged, this, &JobProgressPanel::showProgress);
    connect(runner, &JobRunner::warningRaised, this, &JobProgressPanel::addWarning);
    connect(runner, &JobRunner::runningChanged, this, &JobProgressPanel::setRunning);
    connect(m_cancel, &QPushButton::clicked, runner, &JobRunner::cancel, Qt::UniqueConnection);
    setRunning(runner->isRunning());
}

void JobProgressPanel::reset()
{
    m_phase->clear();
    m_bar->setValue(0);
    m_amounts->setText(tr("nothing yet"));
    m_rate->setText(QStringLiteral("-"));
    m_lastRate = 0.0;
    m_current->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_warningsTitle->hide();
    m_cancel->setEnabled(false);
}

int JobProgressPanel::warningCount() const
{
    return m_warnings->count();
}

QString JobProgressPanel::formatTimeLeft(qint64 seconds)
{
    if (seconds < 0)
        return tr("estimating time left");
    if (seconds < 90)
        return tr("%n second(s) left", nullptr, int(qMax<qint64>(seconds, 1)));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 90)
        return tr("about %n minute(s) left", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 48)
        return tr("about %n hour(s) left", nullptr, int(hours));
    return tr("about %n day(s) left", nullptr, int((hours + 12) / 24));
}

void JobProgressPanel::showProgress(const Progress &progress)
{
    const QLocale locale;
    m_phase->setText(progress.phase);
    const double fraction = progress.fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy indicator while totals are unknown
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }

    QString bytes = progress.bytesTotal >= 0
        ? tr("%1 of %2")
              .arg(locale.formattedDataSize(progress.bytesDone), locale.formattedDataSize(progress.bytesTotal))
        : locale.formattedDataSize(progress.bytesDone);
    QString items = progress.itemsTotal >= 0
        ? tr("%1 of %n item(s)", nullptr, int(qMin<qint64>(progress.itemsTotal, INT_MAX)))
              .arg(locale.toString(progress.itemsDone))
        : tr("%n item(s)", nullptr, int(qMin<qint64>(progress.itemsDone, INT_MAX)));
    m_amounts->setText(bytes + QStringLiteral(" · ") + items);

    if (progress.bytesPerSecond > 0)
        m_lastRate = progress.bytesPerSecond;
    if (progress.bytesPerSecond > 0)
        m_rate->setText(
            tr("%1/s, %2")
                .arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)), formatTimeLeft(progress.secondsLeft)));
    m_current->setText(progress.currentItem);
}

void JobProgressPanel::showEnded(bool succeeded)
{
    m_bar->setRange(0, 1000);
    if (succeeded) {
        m_bar->setValue(1000);
        // The last phase and item are over: "Writing the manifest of drive 1" no longer is.
        m_phase->setText(tr("Finished"));
        m_current->clear();
    }
    m_rate->setText(m_lastRate > 0 ? tr("%1/s").arg(QLocale().formattedDataSize(qint64(m_lastRate)))
                                   : QStringLiteral("-"));
}

void JobProgressPanel::addWarning(const Warning &warning)
{
    m_warnings->addItem(tr("%1: %2").arg(warning.item, warning.message));
    m_warningsTitle->setText(
        tr("%n item(s) could not be handled; the job goes on without them:", nullptr, m_warnings->count()));
    m_warningsTitle->show();
    m_warnings->show();
}

void JobProgressPanel::setRunning(bool running)
{
    m_cancel->setEnabled(running);
}

} // namespace Semina::Ui
