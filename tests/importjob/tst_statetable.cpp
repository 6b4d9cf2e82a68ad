#include "importjob/StateTable.h"

#include <QTest>

using namespace Semina::Offline;

// The one table of legal moves, for jobs and for drives: what it lists is allowed, the rest is
// refused, and the names are the service's.
class TestStateTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jobMoves_data()
    {
        QTest::addColumn<ImportJobState>("from");
        QTest::addColumn<ImportJobState>("to");
        QTest::addColumn<bool>("allowed");
        using S = ImportJobState;
        QTest::newRow("created") << S::Seeded << S::Creating << true;
        QTest::newRow("drives prepared") << S::Seeded << S::DrivesPrepared << true;
        QTest::newRow("created after the drives") << S::DrivesPrepared << S::Creating << true;
        QTest::newRow("cancel with drives prepared") << S::DrivesPrepared << S::Canceled << true;
        QTest::newRow("no shipping before the job") << S::DrivesPrepared << S::Shipping << false;
        QTest::newRow("no drives prepared again") << S::Creating << S::DrivesPrepared << false;
        QTest::newRow("shipping details entered") << S::Creating << S::Shipping << true;
        QTest::newRow("drives received") << S::Shipping << S::Received << true;
        QTest::newRow("transferring") << S::Received << S::Transferring << true;
        QTest::newRow("packaging") << S::Transferring << S::Packaging << true;
        QTest::newRow("completed") << S::Packaging << S::Completed << true;
        QTest::newRow("cancel while creating") << S::Creating << S::Canceled << true;
        QTest::newRow("cancel while shipping") << S::Shipping << S::Canceled << true;
        QTest::newRow("no cancel once received") << S::Received << S::Canceled << false;
        QTest::newRow("no cancel while transferring") << S::Transferring << S::Canceled << false;
        QTest::newRow("closed with errors") << S::Transferring << S::Closed << true;
        QTest::newRow("no shipping without creating") << S::Seeded << S::Shipping << false;
        QTest::newRow("never backwards") << S::Shipping << S::Creating << false;
        QTest::newRow("not received before shipping") << S::Creating << S::Received << false;
        QTest::newRow("nothing after completed") << S::Completed << S::Closed << false;
        QTest::newRow("nothing after canceled") << S::Canceled << S::Creating << false;
    }
    void jobMoves()
    {
        QFETCH(ImportJobState, from);
        QFETCH(ImportJobState, to);
        QFETCH(bool, allowed);
        QCOMPARE(canMove(from, to), allowed);
    }

    void driveMoves_data()
    {
        QTest::addColumn<DriveState>("from");
        QTest::addColumn<DriveState>("to");
        QTest::addColumn<bool>("allowed");
        using D = DriveState;
        QTest::newRow("received") << D::Specified << D::Received << true;
        QTest::newRow("never received") << D::Specified << D::NeverReceived << true;
        QTest::newRow("late arrival") << D::NeverReceived << D::Received << true;
        QTest::newRow("transferring") << D::Received << D::Transferring << true;
        QTest::newRow("completed") << D::Transferring << D::Completed << true;
        QTest::newRow("completed with errors") << D::Transferring << D::CompletedMoreInfo << true;
        QTest::newRow("shipped back") << D::Completed << D::ShippedBack << true;
        QTest::newRow("not transferred before received") << D::Specified << D::Transferring << false;
        QTest::newRow("not completed unread") << D::Received << D::Completed << false;
        QTest::newRow("nothing after shipped back") << D::ShippedBack << D::Received << false;
    }
    void driveMoves()
    {
        QFETCH(DriveState, from);
        QFETCH(DriveState, to);
        QFETCH(bool, allowed);
        QCOMPARE(canMove(from, to), allowed);
    }

    void finalStatesHaveNoWayOut()
    {
        for (const auto &[from, to] : Semina::Offline::jobMoves()) {
            QVERIFY2(!isFinal(from), qPrintable(stateName(from)));
            QVERIFY(from != to);
        }
        for (const auto &[from, to] : Semina::Offline::driveMoves())
            QVERIFY(from != DriveState::ShippedBack && from != to);
    }

    void driveStateNamesRoundTrip()
    {
        for (int i = int(DriveState::Specified); i <= int(DriveState::ShippedBack); ++i) {
            const auto state = DriveState(i);
            QCOMPARE(driveStateFromName(driveStateName(state)), std::optional(state));
            QVERIFY(!driveStateLabel(state).isEmpty());
        }
        QCOMPARE(driveStateName(DriveState::CompletedMoreInfo), QStringLiteral("CompletedMoreInfo"));
        QCOMPARE(driveStateFromName(QStringLiteral("Lost")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStateTable)
#include "tst_statetable.moc"
