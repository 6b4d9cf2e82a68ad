#include "MainWindow.h"
#include "TestEnvironment.h"
#include "core/Language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QTest>
#include <QWizard>

using namespace Semina;
using namespace Semina::Ui;

// The main window as a person sees it, in the language of the run (SEMINA_TEST_LANG).
class TestMainWindow : public QObject {
    Q_OBJECT

    QString m_language;

    QString expect(const char *english, const char *italian) const
    {
        return QString::fromUtf8(m_language == QLatin1String("it") ? italian : english);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_language = Test::testLanguage();
        // Installed before any widget exists, as main() does.
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
    }

    void listsTheSixWorkflowsInOrder()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList ids
            = {QStringLiteral("prepare-server"),   QStringLiteral("initiate-backup"), QStringLiteral("prepare-drives"),
               QStringLiteral("shipping-details"), QStringLiteral("import-status"),   QStringLiteral("finish-restore")};
        int previousY = -1;
        for (const QString &id : ids) {
            auto *button = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-") + id);
            QVERIFY2(button, qPrintable(id));
            QVERIFY(button->isVisible());
            QVERIFY(button->y() > previousY);
            previousY = button->y();
        }
        auto *first = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-prepare-server"));
        QCOMPARE(first->text(), expect("1. Prepare this server", "1. Prepara questo server"));
        auto *second = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-initiate-backup"));
        QCOMPARE(second->text(), expect("2. Initiate offline backup", "2. Avvia il backup offline"));
    }

    void clickingAWorkflowOpensItsWizard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-shipping-details"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QWizard *wizard = window.currentWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->objectName(), QStringLiteral("wizard-shipping-details"));
        QCOMPARE(wizard->windowTitle(), expect("Shipping details", "Dettagli di spedizione"));
        QVERIFY(wizard->currentPage());
        QVERIFY(!wizard->currentPage()->title().isEmpty());

        // Qt's own catalogue translates the standard buttons.
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), expect("Cancel", "Annulla"));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), expect("&Finish", "&Fine"));
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), expect("&Next >", "&Successivo >"));

        // A second click raises the same wizard instead of stacking another.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window.currentWizard(), wizard);
        wizard->reject();
    }

    void aPlannedWorkflowSaysWhatItWillDo()
    {
        MainWindow window;
        QWizard *wizard = window.openWorkflow(Workflow::FinishRestore);
        auto *steps = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("plannedSteps"));
        QVERIFY(steps);
        QVERIFY(steps->text().contains(expect("Move the imported data into the vault", "Sposta i dati importati")));
        wizard->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
