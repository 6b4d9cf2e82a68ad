#include "NotificationServerDouble.h"
#include "TestEnvironment.h"

#include "core/Language.h"
#include "desktop/DeadlineAnnouncer.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/JobNotices.h"
#include "desktop/JobStateAnnouncer.h"
#include "importjob/ImportJobStore.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Semina;
using namespace Semina::Desktop;

Q_DECLARE_METATYPE(Semina::Desktop::Urgency)

namespace {
// Counts what the semina.engine.desktop category logs.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void recordDesktopLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "semina.engine.desktop") == 0)
        g_logged << message;
    else
        g_previousHandler(type, context, message);
}

Offline::ImportJob newJob(const QString &name)
{
    Offline::ImportJob job;
    job.name = name;
    job.subscriptionId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    job.storageAccount = QStringLiteral("seedaccount1");
    job.container = QStringLiteral("seed");
    job.stagingLocation = QStringLiteral("/srv/staging");
    job.sources = {QStringLiteral("/srv/files")};
    return job;
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}
} // namespace

// Notices reach the desktop through org.freedesktop.Notifications; the server here is a double
// on the test's own session bus (ctest runs this program under dbus-run-session).
class TestDesktopNotifier : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::NotificationServerDouble> m_server;
    std::unique_ptr<Test::TemporaryFolder> m_folder;

    void startServer()
    {
        m_server = std::make_unique<Test::NotificationServerDouble>();
        QVERIFY2(m_server->start(), "the test's session bus refused org.freedesktop.Notifications");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run this test under dbus-run-session");
        // The English catalogue has the plural forms ("within 1 day", "within 2 days").
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("en")).has_value());
        QLoggingCategory::setFilterRules(QStringLiteral("semina.engine.desktop.info=true"));
        g_previousHandler = qInstallMessageHandler(recordDesktopLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }
    void init() { m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("desktop")); }
    void cleanup()
    {
        m_server.reset();
        m_folder.reset();
    }

    // First: the failure is logged once per process.
    void withoutAServerNoticesFailQuietlyAndAreLoggedOnce()
    {
        DesktopNotifier notifier;
        const auto first = notifier.notify({QStringLiteral("one"), QStringLiteral("body")});
        QVERIFY(!first);
        QCOMPARE(first.error().code, ErrorCode::Network);
        QVERIFY2(first.error().message.contains(QStringLiteral("org.freedesktop.Notifications")),
                 qPrintable(first.error().message));
        const auto second = notifier.notify({QStringLiteral("two"), QStringLiteral("body")});
        QVERIFY(!second);
        QCOMPARE(g_logged.size(), 1);
        QVERIFY2(g_logged.first().contains(QStringLiteral("no notification server")), qPrintable(g_logged.first()));
    }

    void withoutASessionBusNoticesFail()
    {
        const QDBusConnection nowhere = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=%1").arg(m_folder->filePath(QStringLiteral("no-bus"))),
            QStringLiteral("nowhere"));
        DesktopNotifier notifier(nowhere);
        const auto sent = notifier.notify({QStringLiteral("summary"), QStringLiteral("body")});
        QVERIFY(!sent);
        QCOMPARE(sent.error().code, ErrorCode::Network);
        QDBusConnection::disconnectFromBus(QStringLiteral("nowhere"));
    }

    void aNoticeCarriesTheStandardArguments()
    {
        startServer();
        DesktopNotifier notifier;
        const Notice notice{QStringLiteral("Import job files-2026: Closed"), QStringLiteral("See the logs."),
                            Urgency::Critical, QStringLiteral("transfer.error")};
        const auto first = notifier.notify(notice);
        QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().message));
        QCOMPARE(*first, 1u);
        QCOMPARE(notifier.notify(notice).value(), 2u);

        const QList<Test::NotifyCall> calls = m_server->calls();
        QCOMPARE(calls.size(), 2);
        const Test::NotifyCall &call = calls.first();
        QCOMPARE(call.appName, QStringLiteral("Semina"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, QStringLiteral(SEMINA_APP_ID));
        QCOMPARE(call.summary, notice.summary);
        QCOMPARE(call.body, notice.body);
        QCOMPARE(call.actions, QStringList());
        QCOMPARE(call.expireTimeout, -1);
        QCOMPARE(call.hints.keys(),
                 (QStringList{QStringLiteral("category"), QStringLiteral("desktop-entry"), QStringLiteral("urgency")}));
        // The specification's types: the urgency is a byte, the others strings.
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType(), QMetaType::fromType<uchar>());
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")), QVariant(QStringLiteral(SEMINA_APP_ID)));
        QCOMPARE(call.hints.value(QStringLiteral("category")), QVariant(QStringLiteral("transfer.error")));
    }

    void aNoticeWithoutCategorySendsNone()
    {
        startServer();
        DesktopNotifier notifier;
        QVERIFY(notifier.notify({QStringLiteral("summary"), QStringLiteral("body"), Urgency::Low}).has_value());
        const Test::NotifyCall call = m_server->calls().value(0);
        QVERIFY(!call.hints.contains(QStringLiteral("category")));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(0));
    }

    void deadlines_data()
    {
        QTest::addColumn<Deadline>("deadline");
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<Urgency>("urgency");
        const QString near = QStringLiteral("Import job files-2026: a deadline is near");
        QTest::newRow("two days") << Deadline::DrivesArrive << at(QStringLiteral("2026-12-07T12:00:00Z")) << near
                                  << QStringLiteral("Drives must arrive within 2 days.") << Urgency::Normal;
        QTest::newRow("a day and an hour")
            << Deadline::DrivesArrive << at(QStringLiteral("2026-12-06T13:00:00Z")) << near
            << QStringLiteral("Drives must arrive within 2 days.") << Urgency::Normal;
        QTest::newRow("hours") << Deadline::DrivesArrive << at(QStringLiteral("2026-12-05T15:00:00Z")) << near
                               << QStringLiteral("Drives must arrive within 1 day.") << Urgency::Critical;
        QTest::newRow("shipping details")
            << Deadline::ShippingDetails << at(QStringLiteral("2026-12-08T12:00:00Z")) << near
            << QStringLiteral("Enter the shipping details within 3 days.") << Urgency::Normal;
        QTest::newRow("passed") << Deadline::DrivesArrive << at(QStringLiteral("2026-12-05T11:00:00Z"))
                                << QStringLiteral("Import job files-2026: a deadline has passed")
                                << QStringLiteral("The drives had to arrive at the data center by %1.")
                                       .arg(QLocale().toString(at(QStringLiteral("2026-12-05T11:00:00Z")).toLocalTime(),
                                                               QLocale::ShortFormat))
                                << Urgency::Critical;
    }
    void deadlines()
    {
        QFETCH(Deadline, deadline);
        QFETCH(QDateTime, due);
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(Urgency, urgency);
        startServer();
        DesktopNotifier notifier;
        const QDateTime now = at(QStringLiteral("2026-12-05T12:00:00Z"));
        QVERIFY(notifier.notify(deadlineNotice(QStringLiteral("files-2026"), deadline, due, now)).has_value());
        const Test::NotifyCall call = m_server->calls().value(0);
        QCOMPARE(call.summary, summary);
        QCOMPARE(call.body, body);
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(urgency));
    }

    void eachStateAJobReachesIsToldOnce()
    {
        startServer();
        Offline::ImportJobStore store(m_folder->filePath(QStringLiteral("jobs")));
        QVERIFY(store.add(newJob(QStringLiteral("files-2026"))).has_value());
        QVERIFY(store.add(newJob(QStringLiteral("mail-2026"))).has_value());
        const JobStateAnnouncer announcer(m_folder->filePath(QStringLiteral("announced.ini")));
        DesktopNotifier notifier;

        // Seeding is what the person at the wizard is watching: nothing to tell.
        QCOMPARE(announcer.announce(store, notifier), 0);
        QVERIFY(store.setState(QStringLiteral("files-2026"), Offline::ImportJobState::Seeded).has_value());
        QCOMPARE(announcer.announce(store, notifier), 1);
        // A scheduled run an hour later finds the same state: silence.
        QCOMPARE(announcer.announce(store, notifier), 0);
        QVERIFY(store.setState(QStringLiteral("files-2026"), Offline::ImportJobState::Creating).has_value());
        QVERIFY(store.setState(QStringLiteral("files-2026"), Offline::ImportJobState::Shipping).has_value());
        // Another program (a new announcer over the same memory) tells only the state it had not told.
        QCOMPARE(JobStateAnnouncer(m_folder->filePath(QStringLiteral("announced.ini"))).announce(store, notifier), 1);

        const QList<Test::NotifyCall> calls = m_server->calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].summary,
                 QStringLiteral("Import job files-2026: %1").arg(Offline::stateLabel(Offline::ImportJobState::Seeded)));
        QCOMPARE(
            calls[0].body,
            QStringLiteral("The first backup is in the staging location: prepare the drives at the copy computer."));
        QCOMPARE(calls[0].hints.value(QStringLiteral("category")), QVariant(QStringLiteral("transfer.complete")));
        QCOMPARE(
            calls[1].summary,
            QStringLiteral("Import job files-2026: %1").arg(Offline::stateLabel(Offline::ImportJobState::Shipping)));
        QCOMPARE(calls[1].body,
                 QStringLiteral(
                     "The drives are on their way. Backups into the vault wait until the import job is completed."));
        QCOMPARE(calls[1].hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(Urgency::Normal));
    }

    void aNoticeNoServerTookIsToldLater()
    {
        Offline::ImportJobStore store(m_folder->filePath(QStringLiteral("jobs")));
        QVERIFY(store.add(newJob(QStringLiteral("files-2026"))).has_value());
        QVERIFY(store.setState(QStringLiteral("files-2026"), Offline::ImportJobState::Seeded).has_value());
        const JobStateAnnouncer announcer(m_folder->filePath(QStringLiteral("announced.ini")));
        DesktopNotifier notifier;
        QCOMPARE(announcer.announce(store, notifier), 0); // no server yet
        startServer();
        QCOMPARE(announcer.announce(store, notifier), 1);
        QCOMPARE(m_server->calls().size(), 1);
    }

    void aNearDeadlineIsToldOnceADay()
    {
        startServer();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto inService = [&now](const QString &name, Offline::ImportJobState state, int daysAgo) {
            Offline::ServiceJob job;
            job.request.name = name;
            job.state = state;
            job.stateChanged = now.addDays(-daysAgo);
            return Offline::JobStatus{{name, {}, {}}, std::nullopt, job, std::nullopt};
        };
        // Shipping for 12 days: 2 left for the drives to arrive. Creating for 5 days: 9 left, far.
        const QList<Offline::JobStatus> jobs{
            inService(QStringLiteral("files-2026"), Offline::ImportJobState::Shipping, 12),
            inService(QStringLiteral("mail-2026"), Offline::ImportJobState::Creating, 5)};
        const DeadlineAnnouncer announcer(m_folder->filePath(QStringLiteral("deadlines.ini")));
        DesktopNotifier notifier;
        QCOMPARE(announcer.announce(jobs, notifier, now), 1);
        // The main window looks again two minutes later: silence.
        QCOMPARE(announcer.announce(jobs, notifier, now.addSecs(120)), 0);
        // A day later, one day left; then the deadline passed, told once.
        QCOMPARE(announcer.announce(jobs, notifier, now.addDays(1).addSecs(60)), 1);
        QCOMPARE(announcer.announce(jobs, notifier, now.addDays(3)), 1);
        QCOMPARE(announcer.announce(jobs, notifier, now.addDays(4)), 0);

        const QList<Test::NotifyCall> calls = m_server->calls();
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls[0].summary, QStringLiteral("Import job files-2026: a deadline is near"));
        QCOMPARE(calls[0].body, QStringLiteral("Drives must arrive within 2 days."));
        QCOMPARE(calls[1].body, QStringLiteral("Drives must arrive within 1 day."));
        QCOMPARE(calls[1].hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(Urgency::Critical));
        QCOMPARE(calls[2].summary, QStringLiteral("Import job files-2026: a deadline has passed"));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
