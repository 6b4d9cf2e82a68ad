#pragma once

#include "core/JobContext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace Semina {

// The one bridge between a synchronous engine job and an event-driven caller (the wizard).
// run() starts the job on a worker thread and returns at once; progress and warnings arrive
// as queued signals on the runner's thread, and `done` is called there with the job's result.
// No nested event loop, no processEvents: the caller's event loop keeps running.
//
// One job at a time per runner. Destroying a runner cancels its job and waits for it to end.
class JobRunner : public QObject {
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

    // Starts `job`; returns false (and does nothing) while another job of this runner runs.
    template <typename T> bool run(std::function<Result<T>(JobContext &)> job, std::function<void(Result<T>)> done)
    {
        if (m_running)
            return false;
        auto context = prepareContext();
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)]() {
            Result<T> result = watcher->result();
            watcher->deleteLater();
            finishRun();
            if (done)
                done(std::move(result));
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [context, job = std::move(job)]() -> Result<T> {
            Result<T> result = job(*context);
            context->finish();
            return result;
        }));
        return true;
    }

public Q_SLOTS:
    // Asks the running job to stop; `done` then receives its result (usually Cancelled).
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(const Semina::Progress &progress);
    void warningRaised(const Semina::Warning &warning);
    void runningChanged(bool running);

private:
    std::shared_ptr<JobContext> prepareContext();
    void finishRun();

    QThreadPool m_pool;
    std::shared_ptr<JobContext> m_context;
    bool m_running = false;
};

} // namespace Semina
