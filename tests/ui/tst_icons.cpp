#include "Icons.h"
#include "MainWindow.h"

#include <QCommandLinkButton>
#include <QTest>
#include <QWizard>

using namespace Semina;
using namespace Semina::Ui;

Q_DECLARE_METATYPE(Semina::Offline::ImportJobState)
Q_DECLARE_METATYPE(Semina::Ui::StatusBadge)

namespace {
// Whether the middle of the icon drawn at `size` is painted (our drawings fill their middle).
bool paintedAt(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    return !image.isNull() && image.width() == size && qAlpha(image.pixel(size / 2, size / 2)) > 0;
}
} // namespace

// Semina's own icons (resources/icons): embedded, sharp at every size, used by the windows.
class TestIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theApplicationIconComesInEverySize()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QVERIFY2(paintedAt(icon, size), qPrintable(QString::number(size)));
        // Drawn for the size asked, not scaled from another.
        QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
        QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    }

    void eachWorkflowHasAnIconOfItsOwn()
    {
        QList<QImage> seen;
        for (const Workflow workflow : allWorkflows()) {
            const QIcon icon = workflowIcon(workflow);
            QVERIFY2(paintedAt(icon, 16) && paintedAt(icon, 32) && paintedAt(icon, 48),
                     qPrintable(workflowId(workflow)));
            const QImage image = icon.pixmap(QSize(32, 32)).toImage();
            QVERIFY2(!seen.contains(image), qPrintable(workflowId(workflow)));
            seen.append(image);
        }
    }

    void jobStatesHaveBadges_data()
    {
        using Offline::ImportJobState;
        QTest::addColumn<ImportJobState>("state");
        QTest::addColumn<StatusBadge>("badge");
        QTest::newRow("Seeding") << ImportJobState::Seeding << StatusBadge::Working;
        QTest::newRow("Seeded") << ImportJobState::Seeded << StatusBadge::Done;
        QTest::newRow("Creating") << ImportJobState::Creating << StatusBadge::Pending;
        QTest::newRow("Shipping") << ImportJobState::Shipping << StatusBadge::Shipping;
        QTest::newRow("Received") << ImportJobState::Received << StatusBadge::Received;
        QTest::newRow("Transferring") << ImportJobState::Transferring << StatusBadge::Working;
        QTest::newRow("Packaging") << ImportJobState::Packaging << StatusBadge::Working;
        QTest::newRow("Completed") << ImportJobState::Completed << StatusBadge::Done;
        QTest::newRow("Closed") << ImportJobState::Closed << StatusBadge::Error;
        QTest::newRow("Canceled") << ImportJobState::Canceled << StatusBadge::Canceled;
    }
    void jobStatesHaveBadges()
    {
        QFETCH(Offline::ImportJobState, state);
        QFETCH(StatusBadge, badge);
        QCOMPARE(badgeFor(state), badge);
        QVERIFY(paintedAt(jobStateIcon(state), 16));
        QVERIFY(paintedAt(jobStateIcon(state), 48));
    }

    void theWindowsShowThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.windowIcon().isNull());
        for (const Workflow workflow : allWorkflows()) {
            auto *button = window.findChild<QCommandLinkButton *>(QStringLiteral("workflow-") + workflowId(workflow));
            QVERIFY(button);
            QCOMPARE(button->icon().pixmap(QSize(32, 32)).toImage(),
                     workflowIcon(workflow).pixmap(QSize(32, 32)).toImage());
            QWizard *wizard = window.openWorkflow(workflow);
            QVERIFY(wizard);
            QVERIFY2(!wizard->pixmap(QWizard::LogoPixmap).isNull(), qPrintable(workflowId(workflow)));
            QVERIFY(!wizard->windowIcon().isNull());
            wizard->reject();
            QTRY_VERIFY(!window.currentWizard());
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
