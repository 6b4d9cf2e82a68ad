#pragma once

#include "core/Progress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Semina {
class JobRunner;
}

namespace Semina::Ui {

// What a page shows while an engine job runs on the JobRunner: phase, a progress bar, bytes and
// items done of their totals, the rate, the time left, the current item, the warnings so far,
// and a Cancel button that asks the job to stop (it stops cleanly and can be resumed).
class JobProgressPanel : public QWidget {
    Q_OBJECT

public:
    explicit JobProgressPanel(QWidget *parent = nullptr);

    // Follows `runner`'s signals from now on; Cancel cancels its job.
    void follow(JobRunner *runner);
    // Clears the figures and warnings for a new run.
    void reset();
    // The job has ended: the busy indicator stops (full when it succeeded) and the speed line
    // keeps the last rate without a time left.
    void showEnded(bool succeeded);

    [[nodiscard]] int warningCount() const;

    // "3 minutes left", "about 2 hours left": the largest sensible unit, in the UI language.
    static QString formatTimeLeft(qint64 seconds);

public Q_SLOTS:
    void showProgress(const Semina::Progress &progress);
    void addWarning(const Semina::Warning &warning);

private:
    void setRunning(bool running);

    QPointer<JobRunner> m_runner;
    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_amounts;
    QLabel *m_rate;
    QLabel *m_current;
    QLabel *m_warningsTitle;
    QListWidget *m_warnings;
    QPushButton *m_cancel;
    double m_lastRate = 0.0;
};

} // namespace Semina::Ui
