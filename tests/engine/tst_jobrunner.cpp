#include "core/JobRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Semina;

// The bridge the wizard uses: the job runs on another thread, its reports and its result come
// back on the caller's thread, and cancel reaches it.
class TestJobRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerAndReportsOnTheCallersThread()
    {
        JobRunner runner;
        QThread *jobThread = nullptr;
        QThread *progressThread = nullptr;
        std::optional<Result<int>> outcome;
        QThread *doneThread = nullptr;
        connect(&runner, &JobRunner::progressChanged, this,
                [&progressThread](const Progress &) { progressThread = QThread::currentThread(); });
        QSignalSpy progress(&runner, &JobRunner::progressChanged);

        const bool started = runner.run<int>(
            [&jobThread](JobContext &context) -> Result<int> {
                jobThread = QThread::currentThread();
                context.setPhase(QStringLiteral("Counting"));
                context.setTotals(10, 0);
                for (int i = 0; i < 10; ++i)
                    context.addDone(1, 0);
                return 42;
            },
            [&](Result<int> result) {
                outcome = std::move(result);
                doneThread = QThread::currentThread();
            });
        QVERIFY(started);
        QVERIFY(runner.isRunning());
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->has_value());
        QCOMPARE(**outcome, 42);
        QVERIFY(!runner.isRunning());
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
        QCOMPARE(progressThread, QThread::currentThread());
        // The final report arrives before the result, with the finished counts.
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().first().value<Progress>().itemsDone, 10);
    }

    void cancelStopsTheJob()
    {
        JobRunner runner;
        std::optional<Result<>> outcome;
        QSignalSpy started(&runner, &JobRunner::started);
        runner.run<void>(
            [](JobContext &context) -> Result<> {
                while (true) {
                    if (auto ok = context.checkCancelled(); !ok)
                        return ok;
                    QThread::msleep(5);
                }
            },
            [&outcome](Result<> result) { outcome = std::move(result); });
        QCOMPARE(started.size(), 1);
        QTest::qWait(30);
        runner.cancel();
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->has_value());
        QCOMPARE(outcome->error().code, ErrorCode::Cancelled);
    }

    void oneJobAtATime()
    {
        JobRunner runner;
        std::atomic<bool> release{false};
        bool firstDone = false;
        QVERIFY(runner.run<void>(
            [&release](JobContext &) -> Result<> {
                while (!release)
                    QThread::msleep(1);
                return {};
            },
            [&firstDone](Result<>) { firstDone = true; }));
        QVERIFY(!runner.run<void>([](JobContext &) -> Result<> { return {}; }, {}));
        release = true;
        QTRY_VERIFY(firstDone);
        // Once the first has ended, the runner takes the next.
        bool secondDone = false;
        QVERIFY(runner.run<void>([](JobContext &) -> Result<> { return {}; },
                                 [&secondDone](Result<>) { secondDone = true; }));
        QTRY_VERIFY(secondDone);
    }

    void warningsArriveAsSignals()
    {
        JobRunner runner;
        QSignalSpy warnings(&runner, &JobRunner::warningRaised);
        bool done = false;
        runner.run<void>(
            [](JobContext &context) -> Result<> {
                context.warn(QStringLiteral("a.txt"), QStringLiteral("unreadable"));
                return {};
            },
            [&done](Result<>) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().first().value<Warning>().item, QStringLiteral("a.txt"));
    }

    void destroyingTheRunnerCancelsAndWaits()
    {
        std::atomic<bool> sawCancel{false};
        {
            JobRunner runner;
            runner.run<void>(
                [&sawCancel](JobContext &context) -> Result<> {
                    while (!context.isCancelled())
                        QThread::msleep(1);
                    sawCancel = true;
                    return context.checkCancelled();
                },
                {});
        }
        QVERIFY(sawCancel);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
