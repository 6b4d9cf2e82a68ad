#include "TestEnvironment.h"

#include "core/AtomicFile.h"
#include "core/DirectIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

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

    // A target may use a file name's whole 255 bytes; its temporary file, which adds a dot and
    // a random suffix, must still be creatable (it was not: ENAMETOOLONG).
    void targetsWithTheLongestNamesAreWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("255 ASCII bytes") << QString(255, u'n');
        QTest::newRow("240 bytes") << QString(240, u'n');
        QTest::newRow("2-byte characters, 254 bytes") << QString(127, QChar(0xe9));
        const QString smiley = QString::fromUtf8("\xF0\x9F\x98\x80"); // 4 bytes, 2 UTF-16 units
        QTest::newRow("4-byte characters, 252 bytes") << smiley.repeated(63);
        QTest::newRow("1 + 4-byte characters, 253 bytes") << u'a' + smiley.repeated(63);
    }
    void targetsWithTheLongestNamesAreWritten()
    {
        QFETCH(QString, name);
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QString path = folder.filePath(name);
        const auto written = writeFileAtomically(path, "content");
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(readAll(path), QByteArray("content"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    // Large files go to the disk with direct I/O through a 4 MiB stage: sizes around block and
    // stage boundaries come back exactly, and a header patched at the start after several
    // stages were flushed lands where it should (as the folder store writes its objects).
    void largeFilesWithDirectIoComeBackExactly_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("piece");
        QTest::newRow("8 MiB in one write") << qint64(8 << 20) << (8 << 20);
        QTest::newRow("8 MiB + 1 in odd pieces") << qint64((8 << 20) + 1) << 100'003;
        QTest::newRow("one stage + one block - 1") << qint64((4 << 20) + 4095 + (8 << 20)) << (1 << 20);
        QTest::newRow("33 MiB + 123 in 1 MiB pieces") << qint64((33 << 20) + 123) << (1 << 20);
    }
    void largeFilesWithDirectIoComeBackExactly()
    {
        QFETCH(qint64, size);
        QFETCH(int, piece);
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QString path = folder.filePath(QStringLiteral("pack"));
        QByteArray data(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            data[i] = char((i * 7919) >> 3);
        AtomicFile file(path);
        QVERIFY(file.open(size).has_value());
        for (qint64 at = 0; at < size; at += piece)
            QVERIFY(file.write(QByteArrayView(data).sliced(at, qMin<qint64>(piece, size - at))).has_value());
        // A header filled in at the end, straddling the first block boundary.
        const QByteArray header(5000, 'H');
        QVERIFY(file.writeAt(100, header).has_value());
        data.replace(100, header.size(), header);
        // And a patch in the last, still staged bytes.
        QVERIFY(file.writeAt(size - 3, "xyz").has_value());
        data.replace(size - 3, 3, "xyz");
        QVERIFY(!file.writeAt(size - 1, "too far").has_value());
        QVERIFY(file.commit().has_value());
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(readAll(path) == data);
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("pack")});
    }

    // The stage belongs to one file at a time: a second large file open in the same thread is
    // written through the page cache, and both come back intact.
    void twoLargeFilesAtOnceInOneThread()
    {
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QByteArray a((9 << 20) + 5, 'a');
        const QByteArray b((9 << 20) + 7, 'b');
        AtomicFile first(folder.filePath(QStringLiteral("a")));
        AtomicFile second(folder.filePath(QStringLiteral("b")));
        QVERIFY(first.open(a.size()).has_value());
        QVERIFY(second.open(b.size()).has_value());
        QVERIFY(!second.usesDirectIo());
        const bool direct = first.usesDirectIo(); // false where the file system has no direct I/O
        QVERIFY(first.write(a).has_value());
        QVERIFY(second.write(b).has_value());
        QVERIFY(first.commit().has_value());
        QVERIFY(second.commit().has_value());
        QVERIFY(readAll(folder.filePath(QStringLiteral("a"))) == a);
        QVERIFY(readAll(folder.filePath(QStringLiteral("b"))) == b);
        // The stage is free again once the first file was committed.
        AtomicFile third(folder.filePath(QStringLiteral("c")));
        QVERIFY(third.open(a.size()).has_value());
        QCOMPARE(third.usesDirectIo(), direct);
    }

    // A secret a person saves (the recovery passwords) is readable by its owner only, also when
    // it replaces a file others could read, and from the moment its temporary file exists.
    void ownerOnlyFilesAreNeverReadableByOthers_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("small") << qint64(200);
        QTest::newRow("direct I/O") << qint64(9) * 1024 * 1024;
    }
    void ownerOnlyFilesAreNeverReadableByOthers()
    {
        QFETCH(qint64, size);
        Test::TemporaryFolder folder(QStringLiteral("atomic"));
        const QString path = folder.filePath(QStringLiteral("passwords.txt"));
        QVERIFY(writeFileAtomically(path, "readable by all").has_value());
        QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOther));
        AtomicFile file(path, FileAccess::OwnerOnly);
        QVERIFY(file.open(size).has_value());
        const QStringList temporary
            = QDir(folder.path()).entryList({QStringLiteral(".passwords.txt.tmp-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(temporary.size(), 1);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(QFileInfo(folder.filePath(temporary.first())).permissions() & others, QFile::Permissions());
        const QByteArray data(size, 'p');
        QVERIFY(file.write(data).has_value());
        QVERIFY(file.commit().has_value());
        QCOMPARE(readAll(path), data);
        QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
        QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOwner));
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

    // The transfers a sealed drive file is written and read back with, beside the sealing.
    void backgroundTransfersReportBytesAndErrors()
    {
        Test::TemporaryFolder folder(QStringLiteral("transfer"));
        const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("data")));
        constexpr qint64 mebibyte = qint64(1) << 20;
        const QByteArray data = Test::randomBytes(3 * mebibyte);
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        // Two writes running at once, each at its offset.
        DirectIo::Transfer first = DirectIo::Transfer::write(fd, QByteArrayView(data).first(mebibyte), 0);
        DirectIo::Transfer second = DirectIo::Transfer::write(fd, QByteArrayView(data).sliced(mebibyte), mebibyte);
        QCOMPARE(second.wait(), 2 * mebibyte);
        QCOMPARE(first.wait(), mebibyte);
        QCOMPARE(first.wait(), 0); // waited for already: nothing is running
        // A read past the end is short; one at the end reads nothing.
        QByteArray back(4 * mebibyte, '\0');
        QCOMPARE(DirectIo::Transfer::read(fd, back.data(), back.size(), 0).wait(), data.size());
        QCOMPARE(back.first(data.size()), data);
        QCOMPARE(DirectIo::Transfer::read(fd, back.data(), 100, data.size()).wait(), 0);
        ::close(fd);
        // A failure comes back as minus its errno.
        const int readOnly = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(readOnly >= 0);
        QCOMPARE(DirectIo::Transfer::write(readOnly, QByteArrayView(data).first(10), 0).wait(), -qint64(EBADF));
        ::close(readOnly);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
