#include "Corpus.h"
#include "TestEnvironment.h"
#include "core/JobContext.h"
#include "store/local/LocalFolderStore.h"
#include "vault/Backup.h"
#include "vault/Check.h"
#include "vault/Restore.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
namespace Corpus = Semina::Test::Corpus;

namespace {
// tests/vault/data/zlib-vault: written by the zlib chunk codec before #17 (see its README.md).
const QString kData = QStringLiteral(SEMINA_ZLIB_VAULT);

QByteArray firstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine().trimmed();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator files(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// Path (relative to `root`) -> SHA-256 hex of every file under it.
QMap<QString, QByteArray> digests(const QString &root)
{
    QMap<QString, QByteArray> result;
    QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        result.insert(path.mid(root.size() + 1),
                      QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return result;
}

// manifest.sha256 as sha256sum wrote it: "<hex>  <path>" per line.
QMap<QString, QByteArray> manifest()
{
    QMap<QString, QByteArray> result;
    QFile file(kData + QStringLiteral("/manifest.sha256"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            result.insert(QString::fromUtf8(line.mid(66)), line.first(64));
    }
    return result;
}
} // namespace

// A vault written by the previous chunk codec (zlib) opens, checks clean and restores byte for
// byte with libdeflate's; new chunks written beside the old ones read back as well.
class TestOldVault : public QObject {
    Q_OBJECT

    Test::TemporaryFolder m_folder{QStringLiteral("oldvault")};
    std::unique_ptr<Store::ObjectStore> m_storage;
    VaultLocation m_location;
    QByteArray m_passphrase;

    Result<std::unique_ptr<Semina::Vault::Vault>> openVault()
    {
        return Semina::Vault::Vault::open(m_location, m_passphrase);
    }

    QString restoreInto(const QString &snapshot, const QString &name)
    {
        auto vault = openVault();
        if (!vault)
            return vault.error().message;
        JobContext context;
        RestoreRequest request;
        request.snapshot = snapshot;
        request.target = m_folder.filePath(name);
        const auto summary = restore(**vault, request, context);
        if (!summary)
            return summary.error().message;
        return summary->damagedFiles == 0 ? QString() : QStringLiteral("damaged files");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_passphrase = firstLine(kData + QStringLiteral("/passphrase"));
        QVERIFY(!m_passphrase.isEmpty());
        // A copy: opening and restoring take locks, which write into the vault.
        const QString account = m_folder.filePath(QStringLiteral("account"));
        QVERIFY(copyTree(kData + QStringLiteral("/account"), account));
        m_storage = std::make_unique<Store::Local::LocalFolderStore>(account);
        m_location = {m_storage.get(), QStringLiteral("vault"), {}};
    }

    void everyByteChecksClean()
    {
        auto vault = openVault();
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QCOMPARE((*vault)->config().compressionLevel, 1);
        JobContext context;
        const auto report = check(**vault, {true}, context);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->isClean());
        QCOMPARE(report->snapshots, 2);
        QVERIFY(report->blobsRead >= 10);
    }

    void theLatestSnapshotRestoresByteExact()
    {
        const QString failure = restoreInto(QStringLiteral("latest"), QStringLiteral("restored"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const auto expected = manifest();
        QCOMPARE(expected.size(), 11);
        QCOMPARE(digests(m_folder.filePath(QStringLiteral("restored/files"))), expected);
    }

    // The vault keeps its zlib chunks and gains libdeflate's; the old snapshot still restores.
    void newChunksJoinTheOldVault()
    {
        const QString source = m_folder.filePath(QStringLiteral("new"));
        Corpus::writeFile(source + QStringLiteral("/text.cpp"), Corpus::sourceText(3 * 1024 * 1024, 17));
        Corpus::writeFile(source + QStringLiteral("/random.bin"), Corpus::randomBytes(256 * 1024, 18));
        Corpus::writeFile(source + QStringLiteral("/one"), QByteArray("1"));
        {
            auto vault = openVault();
            QVERIFY(vault);
            JobContext context;
            BackupRequest request;
            request.paths = {source};
            QVERIFY(backup(**vault, request, context));
        }
        QString failure = restoreInto(QStringLiteral("latest"), QStringLiteral("restored-new"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(digests(m_folder.filePath(QStringLiteral("restored-new/new"))), digests(source));
        failure = restoreInto(QStringLiteral("6ee7d5c9"), QStringLiteral("restored-old"));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(digests(m_folder.filePath(QStringLiteral("restored-old/files"))), manifest());
        auto vault = openVault();
        QVERIFY(vault);
        JobContext context;
        const auto report = check(**vault, {true}, context);
        QVERIFY(report && report->isClean());
        QCOMPARE(report->snapshots, 3);
    }
};

QTEST_GUILESS_MAIN(TestOldVault)
#include "tst_oldvault.moc"
