#include "TestEnvironment.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Semina;

// The atomic save every record of this issue goes through (params files, job records).
class TestAtomicFile : public QObject {
    Q_OBJECT

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void writesAndReplacesLeavingNoTemporaryFile_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("longer") << QByteArray("short") << QByteArray(100'000, 'x');
        QTest::newRow("shorter") << QByteArray(100'000, 'x') << QByteArray("short");
        QTest::newRow("empty") << QByteArray("something") << QByteArray();
    }
    void writesAndReplacesLeavingNoTemporaryFile()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QString path = folder.filePath(QStringLiteral("record.json"));
        QVERIFY(writeFileAtomically(path, first).has_value());
        QCOMPARE(readAll(path), first);
        QVERIFY(writeFileAtomically(path, second).has_value());
        QCOMPARE(readAll(path), second);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("record.json")});
    }

    void aMissingFolderIsAnIoErrorNamingTheFile()
    {
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QString path = folder.filePath(QStringLiteral("absent/record.json"));
        const auto written = writeFileAtomically(path, "x");
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY(written.error().message.contains(QStringLiteral("record.json")));
        QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("absent"))));
        QVERIFY(writeFileAtomically(path, "x").has_value());
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
