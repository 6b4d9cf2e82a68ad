#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Restore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// Symlinks restore exactly as they were backed up, wherever they point, and the restore never
// writes, creates, chmods or re-times anything through a link: neither one from the snapshot nor
// one already in the target, nor one swapped in while it runs.
class TestVaultLinks : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Semina::Vault::Vault> m_vault;
    QString m_source; // "s2": restored as <target>/s2, so ".." from s2 is the target itself
    QString m_outside; // beside the target, with a file the links aim at
    QString m_target;

    static void link(const QByteArray &target, const QString &path)
    {
        QVERIFY2(::symlink(target.constData(), QFile::encodeName(path).constData()) == 0, qPrintable(path));
    }

    QString victim() const { return m_outside + QStringLiteral("/victim"); }

    // The outside folder holds only the victim, unchanged in content, mode and time.
    void verifyOutsideUntouched()
    {
        QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("victim")});
        QFile file(victim());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("original"));
        struct stat info { };
        QVERIFY(::lstat(QFile::encodeName(victim()).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QCOMPARE(qint64(info.st_mtim.tv_sec), qint64(1'500'000'000));
    }

    Result<RestoreSummary> restoreInto(JobContext &context, bool refuseOutside = false)
    {
        RestoreRequest request;
        request.target = m_target;
        request.refuseLinksOutside = refuseOutside;
        return restore(*m_vault, request, context);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        auto created
            = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        m_vault = std::move(created->vault);
        m_source = m_fixture->path(QStringLiteral("s2"));
        m_outside = m_fixture->path(QStringLiteral("outside"));
        m_target = m_fixture->path(QStringLiteral("restored"));
        Corpus::writeFile(victim(), "original");
        QVERIFY(QFile::setPermissions(victim(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const timespec times[2] = {{0, UTIME_OMIT}, {1'500'000'000, 0}};
        QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(victim()).constData(), times, 0) == 0);

        Corpus::writeFile(m_source + QStringLiteral("/file.txt"), Corpus::sourceText(20 * 1024, 1));
        Corpus::writeFile(m_source + QStringLiteral("/empty.txt"), {});
        for (int i = 0; i < 200; ++i)
            Corpus::writeFile(m_source + QStringLiteral("/sub/%1.bin").arg(i), Corpus::randomBytes(3000, quint32(i)));
        link("..", m_source + QStringLiteral("/up1"));
        link("up1/../outside/victim", m_source + QStringLiteral("/esc")); // out through up1
        link(QFile::encodeName(victim()), m_source + QStringLiteral("/absolute"));
        link("../../outside/victim", m_source + QStringLiteral("/climbing"));
        link("file.txt", m_source + QStringLiteral("/inside"));
        link("sub/../file.txt", m_source + QStringLiteral("/inside-through-sub"));
        link("missing", m_source + QStringLiteral("/dangling"));
        JobContext context;
        BackupRequest request;
        request.paths = {m_source};
        QVERIFY(backup(*m_vault, request, context));
    }
    void cleanup()
    {
        m_vault.reset();
        m_fixture.reset();
    }

    void everyLinkIsRestoredExactlyAsBackedUp()
    {
        JobContext context;
        const auto restored = restoreInto(context);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->symlinks, 7);
        QCOMPARE(restored->skippedEntries, 0);
        QCOMPARE(restored->refusedEntries, 0);
        QVERIFY(context.warnings().isEmpty());
        // Targets, modes and times, links included.
        QCOMPARE(Test::compareTrees(m_source, m_target + QStringLiteral("/s2")), QString());
        verifyOutsideUntouched();
    }

    void noOutsideLinksRefusesLinksLeavingThroughOtherLinksToo()
    {
        JobContext context;
        const auto restored = restoreInto(context, true);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->skippedEntries, 3);
        QCOMPARE(restored->symlinks, 4);
        const QList<Warning> warnings = context.warnings();
        QCOMPARE(warnings.size(), 3);
        for (const char *name : {"esc", "absolute", "climbing"}) {
            const QString path = m_target + QStringLiteral("/s2/") + QLatin1String(name);
            QVERIFY2(!QFileInfo(path).isSymLink(), name);
            QVERIFY(std::any_of(warnings.begin(), warnings.end(), [&](const Warning &warning) {
                return warning.item.endsWith(QLatin1String(name))
                    && warning.message.contains(QStringLiteral("Skipped"));
            }));
        }
        for (const char *name : {"up1", "inside", "inside-through-sub", "dangling"})
            QVERIFY2(QFileInfo(m_target + QStringLiteral("/s2/") + QLatin1String(name)).isSymLink(), name);
        verifyOutsideUntouched();
    }

    void linksAlreadyInTheTargetAreReplacedNeverFollowed()
    {
        // Links planted where the snapshot has a folder, files and links: each points outside.
        QVERIFY(QDir().mkpath(m_target + QStringLiteral("/s2")));
        link(QFile::encodeName(m_outside), m_target + QStringLiteral("/s2/sub"));
        link(QFile::encodeName(victim()), m_target + QStringLiteral("/s2/file.txt"));
        link(QFile::encodeName(victim()), m_target + QStringLiteral("/s2/empty.txt"));
        link(QFile::encodeName(m_outside), m_target + QStringLiteral("/s2/inside"));
        JobContext context;
        const auto restored = restoreInto(context);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->skippedEntries, 0);
        QCOMPARE(Test::compareTrees(m_source, m_target + QStringLiteral("/s2")), QString());
        verifyOutsideUntouched();
    }

    void aFolderSwappedForALinkWhileRestoringIsNeverWrittenThrough()
    {
        // Another process keeps moving s2/sub away and putting a link to the outside folder in
        // its place while the restore runs.
        std::atomic<bool> stop{false};
        std::atomic<int> swaps{0};
        std::thread swapper([&] {
            const QByteArray sub = QFile::encodeName(m_target + QStringLiteral("/s2/sub"));
            const QByteArray outside = QFile::encodeName(m_outside);
            for (int i = 0; !stop.load(); ++i) {
                struct stat info { };
                if (::lstat(sub.constData(), &info) == 0 && S_ISDIR(info.st_mode)) {
                    const QByteArray moved = QFile::encodeName(m_target + QStringLiteral("/moved-%1").arg(i));
                    if (::rename(sub.constData(), moved.constData()) == 0
                        && ::symlink(outside.constData(), sub.constData()) == 0)
                        ++swaps;
                }
                std::this_thread::yield();
            }
        });
        JobContext context;
        const auto restored = restoreInto(context);
        stop = true;
        swapper.join();
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        qInfo() << swaps.load() << "swaps," << restored->skippedEntries << "entries skipped";
        QCOMPARE(restored->damagedFiles, 0);
        QVERIFY(swaps.load() > 0);
        // Whatever was skipped was a warning, and nothing reached the outside folder. A warning
        // need not be a skipped entry: swapped after its contents were written, the folder's
        // permissions and time cannot be set ("Not a directory"), and only that is said.
        if (restored->skippedEntries > 0)
            QVERIFY(!context.warnings().isEmpty());
        verifyOutsideUntouched();
    }
};

QTEST_GUILESS_MAIN(TestVaultLinks)
#include "tst_vaultlinks.moc"
