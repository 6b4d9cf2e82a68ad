#include "TestEnvironment.h"
#include "core/JobRunner.h"
#include "core/Language.h"
#include "widgets/ErrorDialog.h"
#include "widgets/JobProgressPanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QThread>

using namespace Semina;
using namespace Semina::Ui;

// The panel every long job shows in the wizard, driven by a real job on the JobRunner.
class TestJobProgressPanel : public QObject {
    Q_OBJECT

    bool italian() const { return Test::testLanguage() == QLatin1String("it"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Language::install(*QCoreApplication::instance(), Test::testLanguage()).has_value()); }

    void followsAJobAndCancelsIt()
    {
        JobProgressPanel panel;
        panel.show();
        JobRunner runner;
        panel.follow(&runner);
        std::optional<Result<>> outcome;
        std::atomic<bool> reported{false};
        runner.run<void>(
            [&reported](JobContext &context) -> Result<> {
                context.setPhase(QStringLiteral("Copying files"));
                context.setTotals(4, 4000);
                context.setCurrentItem(QStringLiteral("/data/report.odt"));
                context.addDone(2, 2000);
                context.warn(QStringLiteral("/data/locked.db"), QStringLiteral("Permission denied"));
                context.finish();
                reported = true;
                while (!context.isCancelled())
                    QThread::msleep(2);
                return context.checkCancelled();
            },
            [&outcome](Result<> result) { outcome = std::move(result); });

        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("progressCancel"));
        QTRY_VERIFY(reported.load());
        QTRY_COMPARE(panel.findChild<QLabel *>(QStringLiteral("progressPhase"))->text(),
                     QStringLiteral("Copying files"));
        QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 500);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("progressCurrentItem"))->text(),
                 QStringLiteral("/data/report.odt"));
        const QString amounts = panel.findChild<QLabel *>(QStringLiteral("progressAmounts"))->text();
        QVERIFY2(amounts.contains(italian() ? QStringLiteral("2 di 4 elementi") : QStringLiteral("2 of 4 items")),
                 qPrintable(amounts));
        QTRY_COMPARE(panel.warningCount(), 1);
        QVERIFY(panel.findChild<QListWidget *>(QStringLiteral("progressWarnings"))
                    ->item(0)
                    ->text()
                    .contains(QStringLiteral("/data/locked.db")));

        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error().code, ErrorCode::Cancelled);
        QVERIFY(!cancel->isEnabled());
    }

    void aFinishedJobSaysSoInsteadOfItsLastStep()
    {
        JobProgressPanel panel;
        panel.show();
        JobRunner runner;
        panel.follow(&runner);
        std::optional<Result<>> outcome;
        runner.run<void>(
            [](JobContext &context) -> Result<> {
                context.setTotals(1, 100);
                context.setPhase(QStringLiteral("Writing the manifest"));
                context.setCurrentItem(QStringLiteral("snapshots/0a1b"));
                context.addDone(1, 100);
                context.finish();
                return {};
            },
            [&panel, &outcome](Result<> result) {
                panel.showEnded(result.has_value());
                outcome = std::move(result);
            });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->has_value());
        // Reports still queued behind the outcome do not bring the last step back.
        QTest::qWait(200);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("progressPhase"))->text(),
                 italian() ? QStringLiteral("Terminato") : QStringLiteral("Finished"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("progressCurrentItem"))->text().isEmpty());
        QCOMPARE(panel.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 1000);
    }

    void timeLeft_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("italian");
        QTest::newRow("unknown") << qint64(-1) << QStringLiteral("estimating time left")
                                 << QStringLiteral("stima del tempo rimanente");
        QTest::newRow("one second") << qint64(1) << QStringLiteral("1 second left")
                                    << QStringLiteral("1 secondo rimanente");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 seconds left")
                                 << QStringLiteral("45 secondi rimanenti");
        QTest::newRow("minutes") << qint64(600) << QStringLiteral("about 10 minutes left")
                                 << QStringLiteral("circa 10 minuti rimanenti");
        QTest::newRow("hours") << qint64(5 * 3600) << QStringLiteral("about 5 hours left")
                               << QStringLiteral("circa 5 ore rimanenti");
        QTest::newRow("one day") << qint64(26 * 3600 * 2) << QStringLiteral("about 2 days left")
                                 << QStringLiteral("circa 2 giorni rimanenti");
    }
    void timeLeft()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, english);
        QFETCH(QString, italian);
        QCOMPARE(JobProgressPanel::formatTimeLeft(seconds), this->italian() ? italian : english);
    }

    void errorsShowTheMessageAndDetails()
    {
        QWidget window;
        window.show();
        QMessageBox *box = showError(&window,
                                     Error{ErrorCode::Io, QStringLiteral("The drive E: is full: free space."),
                                           QStringLiteral("write(): No space left on device")});
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("The drive E: is full: free space."));
        QVERIFY(box->detailedText().contains(QStringLiteral("No space left on device")));
        QVERIFY(box->detailedText().contains(italian() ? QStringLiteral("errore del file system")
                                                       : QStringLiteral("file system error")));
        // The box does not block: the window behind it is still there, and closing it is enough.
        box->accept();
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestJobProgressPanel)
#include "tst_jobprogresspanel.moc"
