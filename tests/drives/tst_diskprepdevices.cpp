#include "CliProcess.h"
#include "DriveFixture.h"
#include "LoopImage.h"

#include "devices/BackingDisk.h"
#include "devices/DriveDiscovery.h"
#include "devices/VolumeFormatter.h"
#include "drives/DriveVerifier.h"
#include "drives/PreparedDrives.h"
#include "drives/SpanPlan.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Semina;
using Semina::Test::DriveFixture;
using Semina::Test::LoopImage;

// diskprep on real block devices (root only; skipped otherwise): three loop devices formatted
// GPT + exFAT, the seed spread over them, each unmounted at the end, then mounted again and
// verified; a device without consent and the system disk refused.
class TestDiskprepDevices : public QObject {
    Q_OBJECT

    using Run = Test::CliRun;

    std::unique_ptr<Test::TemporaryFolder> m_home;
    std::unique_ptr<DriveFixture> m_fixture;

    [[nodiscard]] QString appData() const { return m_home->filePath(QStringLiteral("data/Semina/Semina")); }

    Run cli(const QStringList &arguments)
    {
        return Test::runCli(QStringLiteral(SEMINA_CLI_PATH), arguments, Test::cliEnvironment(m_home->path()), {},
                            600'000);
    }

private Q_SLOTS:
    void init()
    {
        if (const QString why = Test::loopDevicesUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("diskprep-devices"));
        m_fixture = std::make_unique<DriveFixture>(appData(), QDir(appData()).filePath(QStringLiteral("jobs")));
    }
    void cleanup()
    {
        m_fixture.reset();
        m_home.reset();
    }

    void aSeedSpreadsOverThreeLoopDevices()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        for (const QStringList &command : m_fixture->serverSetup()) {
            const Run run = cli(command);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        std::vector<std::unique_ptr<LoopImage>> loops;
        QStringList arguments{QStringLiteral("diskprep"), QStringLiteral("s:") + m_fixture->staging()};
        for (int i = 0; i < 3; ++i) {
            // One folder each: LoopImage names its image by its size.
            const QString folder = m_home->filePath(QStringLiteral("loop%1").arg(i));
            QVERIFY(QDir().mkpath(folder));
            loops.push_back(std::make_unique<LoopImage>(folder, 48 * 1024 * 1024));
            QVERIFY(loops.back()->isAttached());
            arguments << QStringLiteral("--drive") << loops.back()->device();
        }
        // Without consent the first device is not formatted.
        const Run refused = cli(arguments);
        QVERIFY2(refused.exitCode == int(ErrorCode::InvalidInput), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("--confirm-format")), qPrintable(refused.err));

        // A limit that spreads the seed over three drives (the volumes use small clusters).
        Drives::DriveCapacity capacity{0, 4096}; // mkfs.exfat's cluster below 256 MB
        qint64 footprint = 0;
        for (const Offline::SeedObject &object : seed.seed.manifest.objects)
            footprint += capacity.footprint(object.size);
        const qint64 limit = capacity.reserve(seed.seed.manifest.objects.size()) + footprint * 4 / 10;
        for (const auto &loop : loops)
            arguments << QStringLiteral("--confirm-format") << QFileInfo(loop->device()).fileName();
        arguments << QStringLiteral("--drive-size") << QString::number(limit);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(1500) + run.out));
        const auto prepared = Drives::preparedDrives(seed.jobFolder);
        QVERIFY(prepared);
        QCOMPARE(prepared->size(), 3);

        // Each volume was unmounted; mounted again, every object on it verifies.
        for (int i = 0; i < 3; ++i) {
            auto candidate = Devices::inspectDrive(loops.at(i)->device());
            QVERIFY(candidate);
            JobContext context;
            auto volume = Devices::mountDrive(*candidate, context);
            QVERIFY2(volume, qPrintable(volume ? QString() : volume.error().message));
            JobContext verifyContext;
            const auto certificate = m_fixture->identity.load()->certificate;
            const auto verified = Drives::verifyDrive(volume->mountPoint(), {nullptr, &m_fixture->secrets},
                                                      &certificate, verifyContext);
            QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
            QCOMPARE(verified->header.sequence, i + 1);
            QCOMPARE(verified->manifestSha256, prepared->at(i).manifestSha256);
            QVERIFY(volume->unmount());
        }

        // `drive verify` takes the device the technician named to diskprep: it mounts the volume
        // for the check and unmounts it after.
        const Run verify = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"),
                                loops.at(1)->device(), QStringLiteral("--json")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        const QJsonObject report = QJsonDocument::fromJson(verify.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("sequence")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("manifestSha256")).toString(), prepared->at(1).manifestSha256);
        const auto afterwards = Devices::inspectDrive(loops.at(1)->device());
        QVERIFY(afterwards);
        QVERIFY2(afterwards->mountPoints.isEmpty(), qPrintable(afterwards->mountPoints.join(QLatin1Char(' '))));
    }

    void aDeviceWithoutASeminaVolumeIsNotVerified()
    {
        const QString folder = m_home->filePath(QStringLiteral("blank"));
        QVERIFY(QDir().mkpath(folder));
        LoopImage blank(folder, 16 * 1024 * 1024);
        QVERIFY(blank.isAttached());
        const Run verify
            = cli({QStringLiteral("drive"), QStringLiteral("verify"), QStringLiteral("--drive"), blank.device()});
        QCOMPARE(verify.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(verify.err.contains(QStringLiteral("holds no drive prepared by Semina")), qPrintable(verify.err));
    }

    // A format stopped after the partition table (Ctrl+C or a kill during mkfs) left a GPT
    // without a file system: the same command formats the drive again.
    void aFormatStoppedHalfWayIsFormattedAgain()
    {
        const Drives::StagedSeed seed = m_fixture->seed();
        for (const QStringList &command : m_fixture->serverSetup())
            QCOMPARE(cli(command).exitCode, 0);
        const QString folder = m_home->filePath(QStringLiteral("halfway"));
        QVERIFY(QDir().mkpath(folder));
        LoopImage loop(folder, 48 * 1024 * 1024);
        QVERIFY(loop.isAttached());
        {
            auto candidate = Devices::inspectDrive(loop.device());
            QVERIFY(candidate);
            JobContext context;
            auto volume = Devices::formatDrive(*candidate, context);
            QVERIFY2(volume, qPrintable(volume ? QString() : volume.error().message));
            QVERIFY(volume->unmount());
        }
        // The exFAT boot region, at the partition's start (1 MiB in), as mkfs had not written it.
        QFile device(loop.device());
        QVERIFY(device.open(QIODevice::ReadWrite));
        QVERIFY(device.seek(1024 * 1024));
        QCOMPARE(device.write(QByteArray(1024 * 1024, '\0')), 1024 * 1024);
        device.close();
        auto candidate = Devices::inspectDrive(loop.device());
        QVERIFY(candidate);
        const auto semina = Devices::hasSeminaVolume(*candidate);
        QVERIFY(semina);
        QVERIFY(!*semina);

        const QString name = QFileInfo(loop.device()).fileName();
        const Run run = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + m_fixture->staging(),
                             QStringLiteral("--drive"), loop.device(), QStringLiteral("--confirm-format"), name});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(1500)));
        QVERIFY2(run.err.contains(QStringLiteral("Formatting")), qPrintable(run.err.right(1500)));
        const auto prepared = Drives::preparedDrives(seed.jobFolder);
        QVERIFY(prepared);
        QCOMPARE(prepared->size(), 1);
    }

    void theSystemDiskIsRefused()
    {
        m_fixture->seed();
        auto rootDisks = Devices::disksHolding(QStringLiteral("/"));
        QVERIFY(rootDisks);
        if (rootDisks->isEmpty())
            QSKIP("/ lives on no block device here (a container's overlay)");
        const Run run = cli({QStringLiteral("diskprep"), QStringLiteral("s:") + m_fixture->staging(),
                             QStringLiteral("--drive"), QStringLiteral("/dev/") + rootDisks->first(),
                             QStringLiteral("--confirm-format"), rootDisks->first()});
        QCOMPARE(run.exitCode, int(ErrorCode::InvalidInput));
        QVERIFY2(run.err.contains(QStringLiteral("cannot be used")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestDiskprepDevices)
#include "tst_diskprepdevices.moc"
