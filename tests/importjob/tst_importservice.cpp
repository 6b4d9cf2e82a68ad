#include "ServiceFixture.h"
#include "ShippingSample.h"

#include "importjob/Deadlines.h"
#include "importjob/KeyWrap.h"
#include "importjob/ShippingValidator.h"
#include "importjob/StationReport.h"
#include "offline/PublishSettings.h"

#include <QTest>
#include <QtConcurrent>

using namespace Semina;
using namespace Semina::Offline;
using Backend = Test::ServiceFixture::Backend;

// The import service on a folder and on Azurite: a job created (Creating, keys wrapped for the
// station, nothing secret in the clear), shipping details refused for each broken rule and then
// committed (Shipping, arrival deadline), tracking numbers unique across subscriptions, racing
// creations, cancel, and certificates the service does not know.
class TestImportService : public QObject {
    Q_OBJECT

    static void backends()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("folder") << Backend::Folder;
        QTest::newRow("azurite") << Backend::Azurite;
    }

    static ShippingDetails details(const QString &tracking, int drives)
    {
        return Test::sampleShippingDetails(QStringLiteral("dhl"), tracking, drives);
    }

    // The raw bytes of every object the service keeps, to look for secrets in.
    static QByteArray everything(Test::ServiceFixture &fixture)
    {
        QByteArray all;
        auto page = fixture.storage().store().list(fixture.storage().container(), {});
        for (const Store::ObjectInfo &object : page.value().objects)
            all += fixture.storage().store().get(fixture.storage().container(), object.name).value();
        return all;
    }

private Q_SLOTS:
    void aCreatedJobIsCreatingWithEveryKeyWrapped_data() { backends(); }
    void aCreatedJobIsCreatingWithEveryKeyWrapped()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY2(caller, qPrintable(caller ? QString() : caller.error().message));
        auto service = fixture.serviceFor(*caller);
        QList<QByteArray> keys;
        const ImportJobCreation creation = fixture.creation(QStringLiteral("seed-2026"), 3, &keys);

        auto job = createImportJob(*service, fixture.identity(), creation);
        QVERIFY2(job, qPrintable(job ? QString() : job.error().message));
        QCOMPARE(job->state, ImportJobState::Creating);
        QCOMPARE(job->request.drives.size(), 3);
        QCOMPARE(job->request.drives[1].sequence, 2);
        QCOMPARE(job->request.drives[1].count, 3);
        for (const ServiceDrive &drive : job->request.drives)
            QCOMPARE(drive.state, DriveState::Specified);
        QCOMPARE(deadlineFor(*job).kind, JobDeadline::Kind::ShippingDetails);
        QCOMPARE(job->stateChanged.daysTo(deadlineFor(*job).due), kShippingDetailsDays);

        // Read back by another computer, only the station's key opens the drive keys.
        auto stored = service->job(QStringLiteral("seed-2026"));
        QVERIFY(stored);
        auto stationKey = fixture.secrets().read(stationKeyName(fixture.description()));
        QVERIFY(stationKey);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const ServiceDrive &drive = stored->request.drives[i];
            QCOMPARE(
                unwrapAtStation(*stationKey, drive.wrappedKey, driveKeyBinding(job->name(), drive.driveId)).value(),
                keys[i]);
        }
        QCOMPARE(
            unwrapAtStation(*stationKey, stored->request.wrappedWriteCredential, writeCredentialBinding(job->name()))
                .value(),
            creation.writeCredential);
        const QByteArray all = everything(fixture);
        for (const QByteArray &key : keys) {
            QVERIFY(!all.contains(key));
            QVERIFY(!all.contains(key.toHex()));
            QVERIFY(!all.contains(key.toBase64()));
        }
        QVERIFY(!all.contains("SECRETSASSIGNATURE"));
        QVERIFY(all.contains("seed-2026-drive-2")); // the drives are there, only their keys are not
    }

    void aJobNameIsUniqueInTheSubscriptionAndARetryFindsIt_data() { backends(); }
    void aJobNameIsUniqueInTheSubscriptionAndARetryFindsIt()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY(caller);
        auto service = fixture.serviceFor(*caller);
        const ImportJobCreation creation = fixture.creation(QStringLiteral("nightly"), 1);
        auto first = createImportJob(*service, fixture.identity(), creation);
        QVERIFY(first);
        // The same request again (a lost answer): the same job, not a second one.
        auto retry = createImportJob(*service, fixture.identity(), creation);
        QVERIFY2(retry, qPrintable(retry ? QString() : retry.error().message));
        QCOMPARE(retry->created, first->created);
        // Another seed under the same name (any case): refused.
        auto other = createImportJob(*service, fixture.identity(), fixture.creation(QStringLiteral("NIGHTLY"), 2));
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::Conflict);
        QVERIFY(other.error().message.contains(QStringLiteral("NIGHTLY")));
        QCOMPARE(service->jobs().value().size(), 1);
    }

    void twoRacingCreationsLeaveOneJob_data() { backends(); }
    void twoRacingCreationsLeaveOneJob()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY(caller);
        // Two copy computers, each with its own seed of the job, at the same moment.
        const ImportJobCreation a = fixture.creation(QStringLiteral("raced"), 1);
        const ImportJobCreation b = fixture.creation(QStringLiteral("raced"), 2);
        auto serviceA = fixture.serviceFor(*caller);
        auto serviceB = fixture.serviceFor(*caller);
        for (int round = 0; round < 3; ++round) {
            const QString name = QStringLiteral("raced-%1").arg(round);
            ImportJobCreation first = a;
            ImportJobCreation second = b;
            first.jobName = second.jobName = name;
            auto futureA = QtConcurrent::run([&] { return createImportJob(*serviceA, fixture.identity(), first); });
            auto futureB = QtConcurrent::run([&] { return createImportJob(*serviceB, fixture.identity(), second); });
            const auto resultA = futureA.result();
            const auto resultB = futureB.result();
            QCOMPARE(int(resultA.has_value()) + int(resultB.has_value()), 1);
            const auto &loser = resultA ? resultB : resultA;
            QCOMPARE(loser.error().code, ErrorCode::Conflict);
            const auto stored = serviceA->job(name);
            QVERIFY(stored);
            QCOMPARE(stored->request.drives.size(), resultA ? 1 : 2);
        }
        QCOMPARE(serviceA->jobs().value().size(), 3);
    }

    void shippingDetailsAreRefusedUntilRightThenCommitted_data() { backends(); }
    void shippingDetailsAreRefusedUntilRightThenCommitted()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto contoso = fixture.subscribe(QStringLiteral("contoso"));
        auto fabrikam = fixture.subscribe(QStringLiteral("fabrikam"));
        QVERIFY(contoso && fabrikam);
        auto ours = fixture.serviceFor(*contoso);
        auto theirs = fixture.serviceFor(*fabrikam);
        QVERIFY(createImportJob(*ours, fixture.identity(), fixture.creation(QStringLiteral("ours"), 2)));
        QVERIFY(createImportJob(*theirs, fixture.identity(), fixture.creation(QStringLiteral("theirs"), 1)));
        QVERIFY(theirs->ship(QStringLiteral("theirs"), details(QStringLiteral("1Z 999 AA1 0123 4567 84"), 1)));

        // Another subscription's tracking number, typed differently: refused, race-free.
        auto duplicate = ours->ship(QStringLiteral("ours"), details(QStringLiteral("1z999aa10123456784"), 2));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("1z999aa10123456784")));
        QVERIFY(!duplicate.error().message.contains(QStringLiteral("theirs"))); // no other customer's job named
        QCOMPARE(ours->trackingNumberTaken(QStringLiteral("ours"), QStringLiteral("1Z999AA10123456784")).value(), true);

        auto wrongCount = ours->ship(QStringLiteral("ours"), details(QStringLiteral("JD0002234567"), 3));
        QVERIFY(!wrongCount);
        QCOMPARE(wrongCount.error().code, ErrorCode::InvalidInput);
        QVERIFY(wrongCount.error().message.contains(QStringLiteral("the job has 2")));

        ShippingDetails noEmail = details(QStringLiteral("JD0002234567"), 2);
        noEmail.returnAddress.email.clear();
        auto missing = ours->ship(QStringLiteral("ours"), noEmail);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
        QVERIFY(missing.error().message.contains(shippingFieldLabel(ShippingField::Email)));
        QCOMPARE(ours->job(QStringLiteral("ours")).value().state, ImportJobState::Creating);
        QVERIFY(!ours->job(QStringLiteral("ours")).value().shipping);

        auto shipped = ours->ship(QStringLiteral("ours"), details(QStringLiteral("JD0002234567"), 2));
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));
        const ServiceJob read = ours->job(QStringLiteral("ours")).value();
        QCOMPARE(read.state, ImportJobState::Shipping);
        QCOMPARE(read.shipping->package.carrier, QStringLiteral("DHL")); // as the service spells it
        QCOMPARE(read.shipping->returnAddress.email, QStringLiteral("desk@contoso.example"));
        QCOMPARE(deadlineFor(read).kind, JobDeadline::Kind::Arrival);
        QCOMPARE(read.stateChanged.daysTo(deadlineFor(read).due), kArrivalDays);
        // Committed once: a second commit of other details is refused, the same one is a retry.
        QVERIFY(ours->ship(QStringLiteral("ours"), details(QStringLiteral("JD0002234567"), 2)));
        QCOMPARE(ours->ship(QStringLiteral("ours"), details(QStringLiteral("JD0009999999"), 2)).error().code,
                 ErrorCode::InvalidInput);
    }

    void aCanceledJobReleasesItsTrackingNumber_data() { backends(); }
    void aCanceledJobReleasesItsTrackingNumber()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY(caller);
        auto service = fixture.serviceFor(*caller);
        QVERIFY(createImportJob(*service, fixture.identity(), fixture.creation(QStringLiteral("first"), 1)));
        QVERIFY(createImportJob(*service, fixture.identity(), fixture.creation(QStringLiteral("second"), 1)));
        QVERIFY(service->ship(QStringLiteral("first"), details(QStringLiteral("TRACK12345"), 1)));
        QCOMPARE(service->ship(QStringLiteral("second"), details(QStringLiteral("TRACK12345"), 1)).error().code,
                 ErrorCode::Conflict);
        QCOMPARE(service->cancel(QStringLiteral("first")).value().state, ImportJobState::Canceled);
        auto reused = service->ship(QStringLiteral("second"), details(QStringLiteral("TRACK12345"), 1));
        QVERIFY2(reused, qPrintable(reused ? QString() : reused.error().message));
    }

    void cancelWorksWhileCreatingAndNotOnceReceived_data() { backends(); }
    void cancelWorksWhileCreatingAndNotOnceReceived()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY(caller);
        auto service = fixture.serviceFor(*caller);
        QVERIFY(createImportJob(*service, fixture.identity(), fixture.creation(QStringLiteral("early"), 1)));
        QCOMPARE(service->cancel(QStringLiteral("early")).value().state, ImportJobState::Canceled);

        QVERIFY(createImportJob(*service, fixture.identity(), fixture.creation(QStringLiteral("late"), 1)));
        QVERIFY(service->ship(QStringLiteral("late"), details(QStringLiteral("LATE000001"), 1)));
        QVERIFY(reportJobState(fixture.storage(), caller->subscriptionId, QStringLiteral("late"),
                               ImportJobState::Received));
        auto refused = service->cancel(QStringLiteral("late"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(stateLabel(ImportJobState::Received)));
        const ServiceJob received = service->job(QStringLiteral("late")).value();
        QCOMPARE(received.state, ImportJobState::Received);
        QCOMPARE(deadlineFor(received).kind, JobDeadline::Kind::Processing);
        QCOMPARE(received.received.daysTo(deadlineFor(received).expectedFrom), kProcessingMinDays);
    }

    void eachSubscriptionSeesOnlyItsOwnJobs_data() { backends(); }
    void eachSubscriptionSeesOnlyItsOwnJobs()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto contoso = fixture.subscribe(QStringLiteral("contoso"));
        auto fabrikam = fixture.subscribe(QStringLiteral("fabrikam"));
        QVERIFY(contoso && fabrikam);
        auto ours = fixture.serviceFor(*contoso);
        auto theirs = fixture.serviceFor(*fabrikam);
        QVERIFY(createImportJob(*ours, fixture.identity(), fixture.creation(QStringLiteral("private"), 1)));
        QCOMPARE(theirs->jobs().value().size(), 0);
        QCOMPARE(theirs->job(QStringLiteral("private")).error().code, ErrorCode::NotFound);
        QCOMPARE(theirs->cancel(QStringLiteral("private")).error().code, ErrorCode::NotFound);
        // The same name is free in another subscription.
        QVERIFY(createImportJob(*theirs, fixture.identity(), fixture.creation(QStringLiteral("private"), 2)));
    }

    void unknownAndExpiredCertificatesAreRefused_data() { backends(); }
    void unknownAndExpiredCertificatesAreRefused()
    {
        QFETCH(Backend, backend);
        Test::ServiceFixture fixture(backend);
        QVERIFY2(fixture.problem().isEmpty(), qPrintable(fixture.problem()));
        auto caller = fixture.subscribe(QStringLiteral("contoso"));
        QVERIFY(caller);
        // Publish settings of the embedded service, never registered with this one.
        auto stranger = issueLocalSubscription(QStringLiteral("stranger"));
        QVERIFY(stranger);
        auto settings = PublishSettings::parse(stranger->publishSettingsXml, QStringLiteral("stranger"));
        auto identity = identityFromPkcs12(settings->subscriptions.first().managementPkcs12, QStringLiteral("s"));
        QVERIFY(identity);
        auto unknown
            = fixture.serviceFor(ManagementCredential(stranger->id, identity->certificate, identity->privateKeyDer));
        auto refused = createImportJob(*unknown, fixture.identity(), fixture.creation(QStringLiteral("sneaky"), 1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
        QVERIFY(refused.error().message.contains(QStringLiteral("subscription create --service")));
        // Another certificate under a known subscription id: refused too.
        auto impostor = fixture.serviceFor(
            ManagementCredential(caller->subscriptionId, identity->certificate, identity->privateKeyDer));
        QCOMPARE(impostor->jobs().error().code, ErrorCode::AccessDenied);
        // The right certificate, three years on: expired.
        auto later = fixture.serviceFor(*caller, [] { return QDateTime::currentDateTimeUtc().addYears(3); });
        auto expired = later->jobs();
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, ErrorCode::AccessDenied);
        QVERIFY(expired.error().message.contains(QStringLiteral("expired")));
        QCOMPARE(fixture.serviceFor(*caller)->jobs().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
