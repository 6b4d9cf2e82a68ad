#pragma once

#include "core/JobRunner.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Semina::Ui {

class JobProgressPanel;

// A wizard page that runs one engine job (the pattern of Kleopatra's key-creation pages):
// entering the page starts the job on the JobRunner, the page shows its progress, and the page
// is complete only when the job has succeeded. A failure shows the error dialog and offers
// "Try again" (engine jobs resume where they stopped); Cancel stops the job cleanly.
// Subclasses say what to run in startJob() and what to do with its result.
class JobPage : public QWizardPage {
    Q_OBJECT

public:
    explicit JobPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] JobRunner &runner() { return m_runner; }
    [[nodiscard]] JobProgressPanel *progressPanel() const { return m_panel; }

protected:
    // Starts the job with runJob(); called on entering the page and on "Try again".
    virtual void startJob() = 0;

    // Runs `job` and then `done` with its result; the page completes when the result is a value.
    template <typename T> void runJob(std::function<Result<T>(JobContext &)> job, std::function<void(const T &)> done)
    {
        beginRun();
        m_runner.run<T>(std::move(job), [this, done = std::move(done)](Result<T> result) {
            if (result) {
                if (done)
                    done(*result);
                endRun({});
            } else {
                endRun(result.error());
            }
        });
    }
    void runJob(std::function<Result<>(JobContext &)> job, std::function<void()> done);

    // Placed above the progress panel: what this step does.
    void setIntroduction(const QString &text);

private:
    void beginRun();
    void endRun(const std::optional<Error> &error);

    JobRunner m_runner;
    QLabel *m_introduction;
    JobProgressPanel *m_panel;
    QLabel *m_badge; // the outcome's status badge
    QLabel *m_outcome;
    QPushButton *m_retry;
    bool m_succeeded = false;
    bool m_restartWhenIdle = false;
};

} // namespace Semina::Ui
