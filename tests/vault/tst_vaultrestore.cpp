#include "VaultFixture.h"

#include "Corpus.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Restore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;
namespace Corpus = Semina::Test::Corpus;

// The restore's plan and pipeline: chunks spread over packs and used many times, chosen paths,
// sparse files, metadata applied after contents, damage confined to the files it touches, and
// cancellation.
class TestVaultRestore : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    std::unique_ptr<Semina::Vault::Vault> m_vault;
    QString m_source;

    bool backupSource()
    {
        JobContext context;
        BackupRequest request;
        request.paths = {m_source};
        request.workers = 1; // one reader and one open pack at a time: files land in packs in order
        request.readers = 1;
        const auto snapshot = backup(*m_vault, request, context);
        if (!snapshot)
            qWarning() << snapshot.error().message;
        return bool(snapshot);
    }

    Result<RestoreSummary> restoreInto(const QString &target, JobContext &context, const QStringList &include = {})
    {
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        if (!vault)
            return fail(vault.error());
        RestoreRequest request;
        request.target = m_fixture->path(target);
        request.include = include;
        return restore(**vault, request, context);
    }

    QList<ChunkId> chunksOf(const QString &relative) { return VaultFixture::chunksOf(*m_vault, relative); }
    QString packOf(const ChunkId &id) { return VaultFixture::packOf(*m_vault, id); }

    // Whether direct writes to files in `folder` bypass the page cache (tmpfs lives in it, and
    // before Linux 6.6 refused O_DIRECT altogether).
    static bool directIoBypassesCache(const QString &folder)
    {
        struct statfs info { };
        if (::statfs(QFile::encodeName(folder).constData(), &info) != 0 || info.f_type == TMPFS_MAGIC)
            return false;
        const QByteArray probe = QFile::encodeName(folder + QStringLiteral("/.direct-probe"));
        const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_DIRECT | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            ::unlink(probe.constData());
        }
        return fd >= 0;
    }

    // How many of the file's pages are in the page cache (read before anything reads it).
    static qint64 pagesCached(const QString &path, qint64 *pages)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat info { };
        if (fd < 0 || ::fstat(fd, &info) != 0 || info.st_size == 0)
            return -1;
        const long pageSize = ::sysconf(_SC_PAGESIZE);
        *pages = (qint64(info.st_size) + pageSize - 1) / pageSize;
        void *map = ::mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_SHARED, fd, 0);
        ::close(fd);
        if (map == MAP_FAILED)
            return -1;
        std::vector<unsigned char> resident(static_cast<size_t>(*pages));
        const int ok = ::mincore(map, size_t(info.st_size), resident.data());
        ::munmap(map, size_t(info.st_size));
        return ok != 0 ? -1 : std::count_if(resident.begin(), resident.end(), [](unsigned char r) { return r & 1; });
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        auto created
            = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        m_vault = std::move(created->vault);
        m_source = m_fixture->path(QStringLiteral("data"));
    }
    void cleanup()
    {
        m_vault.reset();
        m_fixture.reset();
    }

    void aFileOverSeveralPacksWithRepeatedChunksRestores()
    {
        // Regions A, B, A, C, A: its chunks lie in several packs (256 KiB target) and A's are
        // used three times in it and once more in another file.
        const QByteArray a = Corpus::randomBytes(300 * 1024, 1);
        const QByteArray b = Corpus::sourceText(300 * 1024, 2);
        const QByteArray c = Corpus::randomBytes(300 * 1024, 3);
        const QByteArray repeated = a + b + a + c + a;
        Corpus::writeFile(m_source + QStringLiteral("/repeated.bin"), repeated);
        Corpus::writeFile(m_source + QStringLiteral("/other/again.bin"), b + a);
        QVERIFY(backupSource());
        const QList<ChunkId> chunks = chunksOf(QStringLiteral("data/repeated.bin"));
        QSet<QString> packs;
        for (const ChunkId &id : chunks)
            packs.insert(packOf(id));
        QVERIFY2(packs.size() >= 3, qPrintable(QString::number(packs.size())));
        QVERIFY(QSet<ChunkId>(chunks.begin(), chunks.end()).size() < chunks.size());

        JobContext context;
        const auto restored = restoreInto(QStringLiteral("restored"), context);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->damagedFiles, 0);
        QCOMPARE(restored->files, 2);
        QCOMPARE(restored->bytes, repeated.size() + b.size() + a.size());
        QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/repeated.bin"))), repeated);
        QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/other/again.bin"))), b + a);
        QCOMPARE(Test::compareTrees(m_source, m_fixture->path(QStringLiteral("restored/data"))), QString());
        const Progress progress = context.progress();
        QCOMPARE(progress.itemsDone, 2);
        QCOMPARE(progress.itemsTotal, 2);
        QCOMPARE(progress.bytesDone, restored->bytes);
        QCOMPARE(progress.bytesTotal, restored->bytes);
    }

    void severalChosenPathsRestoreAlone()
    {
        Corpus::writeFile(m_source + QStringLiteral("/docs/a.txt"), Corpus::sourceText(40 * 1024, 4));
        Corpus::writeFile(m_source + QStringLiteral("/docs/b.txt"), Corpus::sourceText(40 * 1024, 5));
        Corpus::writeFile(m_source + QStringLiteral("/media/c.bin"), Corpus::randomBytes(200 * 1024, 6));
        Corpus::writeFile(m_source + QStringLiteral("/media/d.bin"), Corpus::randomBytes(200 * 1024, 7));
        QVERIFY(backupSource());
        JobContext context;
        const auto restored = restoreInto(QStringLiteral("restored"), context,
                                          {QStringLiteral("data/docs"), QStringLiteral("data/media/d.bin")});
        QVERIFY(restored);
        QCOMPARE(restored->files, 3);
        QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/docs/b.txt"))),
                 Corpus::sourceText(40 * 1024, 5));
        QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/media/d.bin"))),
                 Corpus::randomBytes(200 * 1024, 7));
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("restored/data/media/c.bin"))));
        QCOMPARE(context.progress().bytesTotal, 280 * 1024);
    }

    void zerosStayHolesAndMetadataLandsAfterContents()
    {
        const QByteArray sparse
            = Corpus::randomBytes(20 * 1024, 8) + QByteArray(2 * 1024 * 1024, '\0') + Corpus::randomBytes(20 * 1024, 9);
        Corpus::writeFile(m_source + QStringLiteral("/locked/sparse.img"), sparse);
        Corpus::writeFile(m_source + QStringLiteral("/locked/readonly.txt"), Corpus::sourceText(30 * 1024, 10));
        QFile::setPermissions(m_source + QStringLiteral("/locked/readonly.txt"), QFile::ReadOwner);
        QFile::setPermissions(m_source + QStringLiteral("/locked"), QFile::ReadOwner | QFile::ExeOwner);
        const bool ok = backupSource();
        QFile::setPermissions(m_source + QStringLiteral("/locked"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(ok);
        JobContext context;
        const auto restored = restoreInto(QStringLiteral("restored"), context);
        QVERIFY(restored);
        const QString locked = m_fixture->path(QStringLiteral("restored/data/locked"));
        QFile::setPermissions(m_source + QStringLiteral("/locked"), QFile::ReadOwner | QFile::ExeOwner);
        const QString difference = Test::compareTrees(m_source, m_fixture->path(QStringLiteral("restored/data")));
        QFile::setPermissions(m_source + QStringLiteral("/locked"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(difference, QString());
        QCOMPARE(contents(locked + QStringLiteral("/sparse.img")), sparse);
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(locked + QStringLiteral("/sparse.img")).constData(), &info), 0);
        QVERIFY2(qint64(info.st_blocks) * 512 < sparse.size() / 2, qPrintable(QString::number(info.st_blocks)));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void aDamagedBlobSparesTheOtherFilesOfItsPack()
    {
        // Small files share packs: one damaged blob takes only its file (and its hard link).
        for (int i = 0; i < 12; ++i)
            Corpus::writeFile(m_source + QStringLiteral("/small/f%1.txt").arg(i),
                              Corpus::randomBytes(20 * 1024, 20 + i));
        QCOMPARE(::link(QFile::encodeName(m_source + QStringLiteral("/small/f5.txt")).constData(),
                        QFile::encodeName(m_source + QStringLiteral("/small/z-link.txt")).constData()),
                 0);
        QVERIFY(backupSource());
        const ChunkId damaged = chunksOf(QStringLiteral("data/small/f5.txt")).first();
        const auto location = m_vault->index().find(damaged);
        QVERIFY(location);
        int sharing = 0;
        for (int i = 0; i < 12; ++i)
            sharing += packOf(chunksOf(QStringLiteral("data/small/f%1.txt").arg(i)).first()) == packOf(damaged);
        QVERIFY(sharing > 1);
        QFile file(m_fixture->objectFile(packOf(damaged)));
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The store's object header comes first; a flip in the middle of the blob's ciphertext.
        const qint64 at = file.size() - location->packSize + location->entry.offset + location->entry.length / 2;
        file.seek(at);
        const char byte = file.read(1)[0];
        file.seek(at);
        file.write(QByteArray(1, char(byte ^ 0x01)));
        file.close();

        JobContext context;
        const auto restored = restoreInto(QStringLiteral("restored"), context);
        QVERIFY(restored);
        QCOMPARE(restored->damagedFiles, 2);
        QCOMPARE(restored->files, 11);
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("restored/data/small/f5.txt"))));
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("restored/data/small/z-link.txt"))));
        for (int i = 0; i < 12; ++i) {
            if (i != 5)
                QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/small/f%1.txt").arg(i))),
                         Corpus::randomBytes(20 * 1024, 20 + i));
        }
        const auto warning = context.warnings().first();
        QCOMPARE(warning.item, QStringLiteral("data/small/f5.txt"));
        QVERIFY(warning.message.contains(damaged.shortHex()));
        QVERIFY(warning.message.contains(packOf(damaged)));
    }

    void aTruncatedPackTakesOnlyItsOwnFiles()
    {
        // Enough files for three packs: the first holds files only, the folder listings come last.
        constexpr int kFiles = 30;
        for (int i = 0; i < kFiles; ++i)
            Corpus::writeFile(m_source + QStringLiteral("/small/f%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                              Corpus::randomBytes(20 * 1024, 40 + i));
        QVERIFY(backupSource());
        const QString pack = packOf(chunksOf(QStringLiteral("data/small/f00.txt")).first());
        int inPack = 0;
        for (int i = 0; i < kFiles; ++i)
            inPack += packOf(chunksOf(QStringLiteral("data/small/f%1.txt").arg(i, 2, 10, QLatin1Char('0'))).first())
                == pack;
        QVERIFY(inPack > 2);
        QFile file(m_fixture->objectFile(pack));
        QVERIFY(file.resize(file.size() / 2));

        JobContext context;
        const auto restored = restoreInto(QStringLiteral("restored"), context);
        QVERIFY(restored);
        // The folder store refuses any read of a truncated object (its size no longer matches);
        // a blob store still serves the intact ranges, which the restore then retries one by one.
        QCOMPARE(restored->damagedFiles, inPack);
        QCOMPARE(restored->files, kFiles - inPack);
        QVERIFY(!QFile::exists(m_fixture->path(QStringLiteral("restored/data/small/f00.txt"))));
        QCOMPARE(contents(m_fixture->path(QStringLiteral("restored/data/small/f29.txt"))),
                 Corpus::randomBytes(20 * 1024, 40 + 29));
    }

    void largeChunksRestoreExactlyOnEveryFileSystem_data()
    {
        QTest::addColumn<QString>("targetParent");
        QTest::newRow("the test folder's disk") << QString();
        // On tmpfs the same writes land in the page cache (or, before Linux 6.6, are refused
        // direct I/O and fall back to it).
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QTest::newRow("tmpfs") << QStringLiteral("/dev/shm");
    }

    void largeChunksRestoreExactlyOnEveryFileSystem()
    {
        QFETCH(QString, targetParent);
        // Chunks large enough for direct writes; their boundaries fall anywhere in a block.
        m_vault.reset();
        m_fixture = std::make_unique<VaultFixture>();
        auto options = VaultFixture::options();
        options.chunker = {64 * 1024, 256 * 1024, 1024 * 1024};
        options.packTargetSize = 2 * 1024 * 1024;
        auto created = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, options);
        QVERIFY(created);
        m_vault = std::move(created->vault);
        const QByteArray a = Corpus::randomBytes(700 * 1024 + 13, 70);
        const QByteArray large = a + Corpus::randomBytes(5 * 1024 * 1024 + 1234, 71) + a;
        const QByteArray text = Corpus::sourceText(300 * 1024 + 7, 72);
        const QByteArray aligned = Corpus::randomBytes(1024 * 1024, 73); // ends on a block boundary
        Corpus::writeFile(m_source + QStringLiteral("/large.bin"), large);
        Corpus::writeFile(m_source + QStringLiteral("/text/source.cpp"), text);
        Corpus::writeFile(m_source + QStringLiteral("/aligned.bin"), aligned);
        Corpus::writeFile(m_source + QStringLiteral("/small.txt"), Corpus::sourceText(3000, 74));
        QVERIFY(backupSource());
        QVERIFY(chunksOf(QStringLiteral("data/large.bin")).size() >= 5);

        const QString parent = targetParent.isEmpty() ? m_fixture->path(QString()) : targetParent;
        std::optional<QTemporaryDir> outside;
        QString target = m_fixture->path(QStringLiteral("restored"));
        if (!targetParent.isEmpty()) {
            outside.emplace(targetParent + QStringLiteral("/semina-restore-XXXXXX"));
            QVERIFY(outside->isValid());
            target = outside->path();
        }
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        RestoreRequest request;
        request.target = target;
        JobContext context;
        const auto restored = restore(**vault, request, context);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));

        // Written directly, most of the large file never went through the page cache.
        qint64 pages = 0;
        const qint64 cached = pagesCached(target + QStringLiteral("/data/large.bin"), &pages);
        QVERIFY(cached >= 0);
        if (directIoBypassesCache(parent))
            QVERIFY2(cached < pages / 2, qPrintable(QStringLiteral("%1 of %2 pages cached").arg(cached).arg(pages)));
        QCOMPARE(contents(target + QStringLiteral("/data/large.bin")), large);
        QCOMPARE(contents(target + QStringLiteral("/data/text/source.cpp")), text);
        QCOMPARE(contents(target + QStringLiteral("/data/aligned.bin")), aligned);
        QCOMPARE(Test::compareTrees(m_source, target + QStringLiteral("/data")), QString());
    }

    void cancellingStopsTheRestore()
    {
        for (int i = 0; i < 8; ++i)
            Corpus::writeFile(m_source + QStringLiteral("/f%1.bin").arg(i), Corpus::randomBytes(256 * 1024, 60 + i));
        QVERIFY(backupSource());
        JobContext context;
        context.setProgressListener(
            [&context](const Progress &progress) {
                if (progress.bytesDone > 0)
                    context.cancel();
            },
            0);
        const auto restored = restoreInto(QStringLiteral("restored"), context);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestVaultRestore)
#include "tst_vaultrestore.moc"
