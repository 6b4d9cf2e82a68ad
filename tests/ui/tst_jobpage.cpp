#include "wizards/JobPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QWizard>

using namespace Semina;
using namespace Semina::Ui;

namespace {

// A page whose job does what the test scripts: succeed, fail, or wait to be cancelled.
class ScriptedJobPage : public JobPage {
public:
    enum class Script { Succeed, FailOnce, WaitForCancel };
    Script script = Script::Succeed;
    int runs = 0;
    int result = 0;

protected:
    void startJob() override
    {
        ++runs;
        const Script now = (script == Script::FailOnce && runs > 1) ? Script::Succeed : script;
        runJob<int>(
            [now](JobContext &context) -> Result<int> {
                context.setPhase(QStringLiteral("Working"));
                if (now == Script::FailOnce)
                    return fail(ErrorCode::Io, QStringLiteral("The staging folder is full: free 2 GB and try again."));
                if (now == Script::WaitForCancel) {
                    while (!context.isCancelled())
                        QThread::msleep(2);
                    return fail(context.checkCancelled().error());
                }
                return 7;
            },
            [this](const int &value) { result = value; });
    }
};

} // namespace

class TestJobPage : public QObject {
    Q_OBJECT

    struct Wizard {
        QWizard wizard;
        ScriptedJobPage *page = new ScriptedJobPage;
        Wizard(ScriptedJobPage::Script script)
        {
            page->script = script;
            wizard.addPage(new QWizardPage);
            wizard.addPage(page);
            wizard.addPage(new QWizardPage);
            wizard.show();
        }
        QAbstractButton *next() { return wizard.button(QWizard::NextButton); }
    };

private Q_SLOTS:
    void aSuccessfulJobCompletesThePage()
    {
        Wizard w(ScriptedJobPage::Script::Succeed);
        QVERIFY(QTest::qWaitForWindowExposed(&w.wizard));
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QCOMPARE(w.wizard.currentPage(), w.page);
        QTRY_VERIFY(w.page->isComplete());
        QVERIFY(w.next()->isEnabled());
        QCOMPARE(w.page->result, 7);
        QCOMPARE(w.page->runs, 1);
    }

    void aFailureShowsTheErrorAndTryAgainRecovers()
    {
        Wizard w(ScriptedJobPage::Script::FailOnce);
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("staging folder is full")));
        QVERIFY(!w.page->isComplete());
        QVERIFY(!w.next()->isEnabled());
        box->accept();

        auto *retry = w.page->findChild<QPushButton *>(QStringLiteral("jobRetry"));
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(w.page->isComplete());
        QCOMPARE(w.page->runs, 2);
        QVERIFY(w.next()->isEnabled());
    }

    void goingBackCancelsAndReturningResumes()
    {
        Wizard w(ScriptedJobPage::Script::WaitForCancel);
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QTRY_VERIFY(w.page->runner().isRunning());
        QTest::mouseClick(w.wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTRY_VERIFY(!w.page->runner().isRunning());
        // A cancel is not an error to report: no dialog.
        QVERIFY(!w.wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog")));
        w.page->script = ScriptedJobPage::Script::Succeed;
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QTRY_VERIFY(w.page->isComplete());
        QCOMPARE(w.page->runs, 2);
    }

    void backAndNextAtOnceStillRunsTheJob()
    {
        Wizard w(ScriptedJobPage::Script::WaitForCancel);
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QTRY_VERIFY(w.page->runner().isRunning());
        w.page->script = ScriptedJobPage::Script::Succeed;
        // No wait between the two clicks: the cancelled run has not ended yet.
        QTest::mouseClick(w.wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(w.next(), Qt::LeftButton);
        QTRY_VERIFY(w.page->isComplete());
        QCOMPARE(w.page->result, 7);
        QCOMPARE(w.page->runs, 2);
    }
};

QTEST_MAIN(TestJobPage)
#include "tst_jobpage.moc"
