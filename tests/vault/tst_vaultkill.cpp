#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"
#include "vault/UnfinishedWrites.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// A backup process killed (SIGKILL) at random points: after every kill the vault checks clean,
// and the next backup completes the work and restores byte for byte.
class TestVaultKill : public QObject {
    Q_OBJECT

    static QStringList listPacks(VaultFixture &fixture) { return fixture.objectNames(QStringLiteral("data/")); }

private Q_SLOTS:
    void killedBackupsLeaveACleanVault()
    {
        VaultFixture fixture;
        QVERIFY(Semina::Vault::Vault::create(fixture.location, VaultFixture::kPassphrase, VaultFixture::options()));
        const QString source = fixture.path(QStringLiteral("data"));
        Corpus::makeMixedTree(source, 200, 2 * 1024 * 1024);

        // How long a whole backup takes here, so the kills land inside it.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SEMINA_PASSWORD"), QString::fromLatin1(VaultFixture::kPassphrase));
        const QStringList arguments{fixture.accountFolder(), source};
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        qInfo() << "kill schedule seed" << seed;
        random.seed(seed);

        int killed = 0;
        qsizetype leftovers = 0; // temporary files the killed runs left
        for (int round = 0; round < 6; ++round) {
            // New data each round, so every run has work to be interrupted in.
            for (int i = 0; i < 4; ++i)
                Corpus::writeFile(source + QStringLiteral("/big/%1-%2.bin").arg(round).arg(i),
                                  Corpus::randomBytes(2 * 1024 * 1024, quint32(40 + round * 4 + i)));
            QProcess child;
            child.setProcessEnvironment(environment);
            child.start(QStringLiteral(VAULT_BACKUP_CHILD), arguments);
            QVERIFY(child.waitForStarted());
            // Kill after a random number of progress lines (one per chunk or file), whatever the
            // machine's speed.
            const int lines = 1 + int(random.bounded(1500));
            int seen = 0;
            while (seen < lines && child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                while (child.canReadLine() && seen < lines) {
                    child.readLine();
                    ++seen;
                }
            }
            if (child.state() == QProcess::Running) {
                child.kill();
                QVERIFY(child.waitForFinished());
                ++killed;
            } else {
                QCOMPARE(child.exitCode(), 0); // finished before the kill: fine, it must succeed
            }
            auto vault = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
            QVERIFY(vault);
            JobContext context;
            const auto report = check(**vault, {true}, context);
            QVERIFY(report);
            QVERIFY2(report->isClean(),
                     qPrintable(report->damaged.value(0).object + QLatin1Char(' ') + report->damaged.value(0).problem));
            leftovers += report->unfinishedWrites.size();
        }
        qInfo() << "killed" << killed << "of 6 runs; check named" << leftovers << "temporary files they left";
        QVERIFY(killed > 0);

        const QStringList packsBefore = listPacks(fixture);
        QProcess last;
        last.setProcessEnvironment(environment);
        last.start(QStringLiteral(VAULT_BACKUP_CHILD), arguments);
        QVERIFY(last.waitForFinished(120'000));
        QCOMPARE(last.exitCode(), 0);
        // Nothing durable was uploaded again: the packs of the killed runs were adopted.
        const QStringList packsAfter = listPacks(fixture);
        for (const QString &pack : packsBefore)
            QVERIFY(packsAfter.contains(pack));
        qInfo() << packsBefore.size() << "packs were durable before the last run," << packsAfter.size() << "after";
        auto vault = Semina::Vault::Vault::open(fixture.location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        // The last backup removed what the killed ones left half-written.
        const auto unfinished = unfinishedWrites(**vault);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 0);
        JobContext context;
        RestoreRequest request;
        request.target = fixture.path(QStringLiteral("restored"));
        const auto restored = restore(**vault, request, context);
        QVERIFY(restored);
        QCOMPARE(restored->damagedFiles, 0);
        QCOMPARE(Test::compareTrees(source, fixture.path(QStringLiteral("restored/data"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestVaultKill)
#include "tst_vaultkill.moc"
