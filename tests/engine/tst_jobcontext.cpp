#include "core/JobContext.h"

#include <QTest>
#include <QThread>

using namespace Semina;

class TestJobContext : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsAndFraction()
    {
        JobContext context;
        context.setTotals(4, 1000);
        context.addDone(1, 250);
        context.addDone(1, 250);
        const Progress progress = context.progress();
        QCOMPARE(progress.itemsDone, 2);
        QCOMPARE(progress.bytesDone, 500);
        QCOMPARE(progress.fraction(), 0.5);
    }

    void fractionWithUnknownTotals_data()
    {
        QTest::addColumn<qint64>("itemsTotal");
        QTest::addColumn<qint64>("bytesTotal");
        QTest::addColumn<double>("expected");
        QTest::newRow("nothing known") << qint64(-1) << qint64(-1) << -1.0;
        QTest::newRow("items only") << qint64(10) << qint64(-1) << 0.3;
        QTest::newRow("bytes win over items") << qint64(10) << qint64(200) << 0.5;
        QTest::newRow("empty job is done") << qint64(0) << qint64(0) << 1.0;
    }
    void fractionWithUnknownTotals()
    {
        QFETCH(qint64, itemsTotal);
        QFETCH(qint64, bytesTotal);
        QFETCH(double, expected);
        Progress progress;
        progress.itemsTotal = itemsTotal;
        progress.bytesTotal = bytesTotal;
        progress.itemsDone = 3;
        progress.bytesDone = 100;
        QCOMPARE(progress.fraction(), expected);
    }

    void reportsAreThrottledButTheLastOneArrives()
    {
        JobContext context;
        QList<Progress> reports;
        context.setProgressListener([&reports](const Progress &p) { reports.append(p); }, 60'000);
        context.setTotals(1000, 1000);
        for (int i = 0; i < 1000; ++i)
            context.addDone(1, 1);
        context.finish();
        // The first report goes out at once, the rest are held back by the interval, and
        // finish() delivers the final state.
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports.last().itemsDone, 1000);
        QCOMPARE(reports.last().bytesDone, 1000);
    }

    void rateAndTimeLeft()
    {
        JobContext context;
        context.setTotals(1, 10'000'000);
        context.addDone(0, 0);
        QThread::msleep(300);
        context.addDone(0, 1'000'000);
        const Progress progress = context.progress();
        // About 3.3 MB/s over 300 ms; generous bounds keep this robust on a loaded machine.
        QVERIFY2(progress.bytesPerSecond > 500'000 && progress.bytesPerSecond < 4'000'000,
                 qPrintable(QString::number(progress.bytesPerSecond)));
        QVERIFY(progress.secondsLeft > 0);
    }

    void aPauseIsLeftOutOfTheRateAfterARestart()
    {
        JobContext context;
        context.setTotals(1, 100'000'000);
        context.addDone(0, 0);
        // A pause (a drive being formatted) with a few bytes at its end...
        QThread::msleep(300);
        context.addDone(0, 100);
        QVERIFY(context.progress().bytesPerSecond < 1000);
        // ...is forgotten: the rate starts again from what moves next.
        context.restartRate();
        QCOMPARE(context.progress().bytesPerSecond, 0.0);
        QCOMPARE(context.progress().secondsLeft, -1);
        QThread::msleep(300);
        context.addDone(0, 3'000'000);
        const Progress progress = context.progress();
        // About 10 MB/s over 300 ms: only the bytes after the restart. Blended with the pause's
        // crawl it would be at most 3 MB/s.
        QVERIFY2(progress.bytesPerSecond > 4'500'000 && progress.bytesPerSecond < 12'000'000,
                 qPrintable(QString::number(progress.bytesPerSecond)));
        QVERIFY(progress.secondsLeft > 0 && progress.secondsLeft < 100);
    }

    void cancellationIsAnError()
    {
        JobContext context;
        QVERIFY(context.checkCancelled().has_value());
        context.cancel();
        QVERIFY(context.isCancelled());
        const auto result = context.checkCancelled();
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(!result.error().message.isEmpty());
    }

    void warningsAreCollectedAndForwarded()
    {
        JobContext context;
        QStringList heard;
        context.setWarningListener([&heard](const Warning &w) { heard.append(w.item); });
        context.warn(QStringLiteral("/data/locked.db"), QStringLiteral("Permission denied"));
        context.warn(QStringLiteral("/data/gone.txt"), QStringLiteral("Vanished during backup"));
        QCOMPARE(heard, (QStringList{QStringLiteral("/data/locked.db"), QStringLiteral("/data/gone.txt")}));
        QCOMPARE(context.warnings().size(), 2);
        QCOMPARE(context.warnings().first().message, QStringLiteral("Permission denied"));
    }
};

QTEST_GUILESS_MAIN(TestJobContext)
#include "tst_jobcontext.moc"
