#include "TestEnvironment.h"
#include "core/AtomicFile.h"
#include "core/JobContext.h"
#include "drives/Crc64.h"
#include "drives/DriveJournal.h"
#include "drives/DriveKey.h"
#include "drives/RecoveryPassword.h"
#include "drives/SealedFile.h"
#include "drives/SpanPlan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace Semina;
using namespace Semina::Drives;

// The drive format's pieces, each on its own: Azure's CRC64 against its published check value,
// recovery passwords, the wrapped drive key, segment-sealed files and what they detect, the span
// plan (10 TB in well under a second) and the journal's torn tail.
class TestDriveFormat : public QObject {
    Q_OBJECT

    static SealedFileIdentity identity(const QByteArray &fileId = QByteArray(16, 'f'))
    {
        return {QByteArray(32, 'k'), QByteArrayLiteral("DRIVE-1"), fileId};
    }

    static Result<QByteArray> readAll(const QString &path, const SealedFileIdentity &id, ReadBack *readBack = nullptr)
    {
        QByteArray plain;
        auto read = readSealedFile(path, id, [&plain](QByteArrayView piece) -> Result<> {
            plain.append(piece);
            return {};
        });
        if (!read)
            return fail(read.error());
        if (readBack)
            *readBack = *read;
        return plain;
    }

    // In uneven pieces by default; the copy hands over blocks of 4 MiB.
    static void writeSealed(const QString &path, const QByteArray &plain, const SealedFileIdentity &id,
                            qsizetype piece = 300000, quint64 *crc64 = nullptr)
    {
        SealedFileWriter writer(path, id);
        QVERIFY(writer.open(plain.size()));
        for (qsizetype at = 0; at < plain.size(); at += piece)
            QVERIFY(writer.write(QByteArrayView(plain).sliced(at, qMin<qsizetype>(piece, plain.size() - at))));
        const auto sealed = writer.commit();
        QVERIFY(sealed);
        QCOMPARE(*sealed, SealedFormat::sealedSize(plain.size()));
        QCOMPARE(QFileInfo(path).size(), *sealed);
        if (crc64)
            *crc64 = writer.crc64();
    }

private Q_SLOTS:
    void crc64MatchesAzuresCheckValue()
    {
        // CRC-64/NVME, the parameters of Azure Storage's CRC64: check value of "123456789".
        QCOMPARE(Crc64::of("123456789"), Q_UINT64_C(0xAE8B14860A799888));
        QCOMPARE(Crc64::of(""), Q_UINT64_C(0));
        Crc64 tables(Crc64::Method::Tables);
        tables.add("123456789");
        QCOMPARE(tables.value(), Q_UINT64_C(0xAE8B14860A799888));
        // Fed in pieces of every alignment, it gives the same value as in one go.
        const QByteArray data = Test::randomBytes(100003);
        const quint64 whole = Crc64::of(data);
        for (const int piece : {1, 7, 8, 13, 4096}) {
            Crc64 crc;
            for (qsizetype at = 0; at < data.size(); at += piece)
                crc.add(QByteArrayView(data).sliced(at, qMin<qsizetype>(piece, data.size() - at)));
            QCOMPARE(crc.value(), whole);
        }
    }

    // The folding runs wherever the CPU has carry-less multiplication (this machine's x86-64 has
    // it in 128 and 512 bits), so the comparisons below test it.
    void crc64FoldsWhereTheCpuCan()
    {
        QVERIFY(Crc64::supports(Crc64::Method::Tables));
#if defined(__x86_64__)
        const bool folds = __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse4.1");
        QCOMPARE(Crc64::supports(Crc64::Method::Folding), folds);
        QCOMPARE(Crc64::supports(Crc64::Method::WideFolding),
                 folds && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("vpclmulqdq"));
#else
        QVERIFY(!Crc64::supports(Crc64::Method::Folding));
        QVERIFY(!Crc64::supports(Crc64::Method::WideFolding));
#endif
        QVERIFY(Crc64::supports(Crc64::fastest()));
        QVERIFY(Crc64::fastest() == Crc64::Method::WideFolding || !Crc64::supports(Crc64::Method::WideFolding));
        QVERIFY(Crc64::fastest() != Crc64::Method::Tables || !Crc64::supports(Crc64::Method::Folding));
        qInfo("CRC64 folds here in 128 bits: %s, in 512 bits: %s",
              Crc64::supports(Crc64::Method::Folding) ? "yes" : "no",
              Crc64::supports(Crc64::Method::WideFolding) ? "yes" : "no");
    }

    // Folded in 128 or 512 bits, whole or in pieces (the strides of 128 and 256 bytes, the 16-byte
    // blocks, the table's tail), from every alignment: the same value as the tables over the whole.
    void crc64FoldingMatchesTheTables_data()
    {
        QTest::addColumn<Crc64::Method>("method");
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QList<qsizetype>>("pieces");
        constexpr qsizetype kSegment = 1024 * 1024 + 28; // a sealed segment, as the copy feeds it
        for (const auto method : {Crc64::Method::Folding, Crc64::Method::WideFolding}) {
            const char *name = method == Crc64::Method::Folding ? "128 bits" : "512 bits";
            const QList<qsizetype> mixed{3, 128, 130, 17, 256, 200, 300};
            for (qsizetype size = 0; size <= 300; ++size)
                QTest::addRow("%s, %lld bytes", name, qlonglong(size)) << method << size << int(size % 16) << mixed;
            const QList<qsizetype> odd{129, 1000, 1, 255, 513};
            for (const qsizetype size : {511, 512, 513, 767, 768, 769, 1023, 1024, 1025, 4095, 4096, 4097, 100003})
                QTest::addRow("%s, %lld bytes, odd pieces", name, qlonglong(size)) << method << size << 5 << odd;
            QTest::addRow("%s, a segment", name) << method << kSegment << 0 << QList<qsizetype>{kSegment};
            QTest::addRow("%s, a segment, misaligned, in pieces", name)
                << method << kSegment << 3 << QList<qsizetype>{65541, 100, 300000};
        }
    }
    void crc64FoldingMatchesTheTables()
    {
        QFETCH(Crc64::Method, method);
        QFETCH(qsizetype, size);
        QFETCH(int, offset);
        QFETCH(QList<qsizetype>, pieces);
        if (!Crc64::supports(method))
            QSKIP("This CPU cannot fold so.");
        const QByteArray buffer = Test::randomBytes(offset + size);
        const QByteArrayView data = QByteArrayView(buffer).sliced(offset);
        Crc64 tables(Crc64::Method::Tables);
        tables.add(data);
        Crc64 whole(method);
        whole.add(data);
        QCOMPARE(whole.value(), tables.value());
        Crc64 inPieces(method);
        qsizetype at = 0;
        for (qsizetype i = 0; at < size; ++i) {
            const qsizetype piece = qMin(pieces.at(i % pieces.size()), size - at);
            inPieces.add(data.sliced(at, piece));
            at += piece;
        }
        QCOMPARE(inPieces.value(), tables.value());
    }

    void recoveryPasswordsRoundTrip()
    {
        for (int i = 0; i < 20; ++i) {
            const auto password = RecoveryPassword::generate();
            QVERIFY(password);
            const QString shown = password->toString();
            QCOMPARE(shown.size(), 48 + 7);
            QCOMPARE(shown.count(QLatin1Char('-')), 7);
            // Typed with spaces instead of dashes, it is the same password.
            const auto typed = RecoveryPassword::parse(QString(shown).replace(QLatin1Char('-'), QLatin1Char(' ')));
            QVERIFY(typed);
            QCOMPARE(typed->digits(), password->digits());
        }
    }

    void aMistypedGroupIsNamed_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("digit");
        QTest::addColumn<bool>("swap");
        QTest::newRow("first group, one digit wrong") << 1 << 0 << false;
        QTest::newRow("fourth group, its check digit wrong") << 4 << 5 << false;
        QTest::newRow("eighth group, two neighbours swapped") << 8 << 2 << true;
    }
    void aMistypedGroupIsNamed()
    {
        QFETCH(int, group);
        QFETCH(int, digit);
        QFETCH(bool, swap);
        auto password = RecoveryPassword::generate();
        QVERIFY(password);
        QByteArray digits = password->digits();
        const int at = (group - 1) * 6 + digit;
        if (swap) {
            if (digits[at] == digits[at + 1])
                digits[at + 1] = char('0' + (digits[at + 1] - '0' + 1) % 10); // a swap of equal digits changes nothing
            std::swap(digits[at], digits[at + 1]);
        } else {
            digits[at] = char('0' + (digits[at] - '0' + 3) % 10);
        }
        const auto parsed = RecoveryPassword::parse(QString::fromLatin1(digits));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("Group %1 ").arg(group)),
                 qPrintable(parsed.error().message));
        // The message never repeats what was typed.
        QVERIFY(!parsed.error().message.contains(QString::fromLatin1(digits.mid((group - 1) * 6, 6))));
    }

    void aShortPasswordSaysHowManyDigits()
    {
        const auto parsed = RecoveryPassword::parse(QStringLiteral("123456-234567"));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QStringLiteral("12")));
    }

    void theDriveKeyOpensOnlyWithItsPassword()
    {
        const auto key = DriveKey::generate();
        const auto password = RecoveryPassword::generate();
        const auto other = RecoveryPassword::generate();
        QVERIFY(key && password && other);
        const auto scrypt = Crypto::ScryptParameters::forTestsOnly();
        const auto wrapped = key->wrap(*password, QStringLiteral("WD-123"), scrypt);
        QVERIFY(wrapped);
        QVERIFY(!wrapped->sealed.contains(key->bytes()));
        const auto json = WrappedKey::fromJson(wrapped->toJson());
        QVERIFY(json);
        const auto opened = DriveKey::unwrap(*json, *password, QStringLiteral("WD-123"));
        QVERIFY(opened);
        QCOMPARE(opened->bytes(), key->bytes());
        const auto wrong = DriveKey::unwrap(*json, *other, QStringLiteral("WD-123"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::AccessDenied);
        // The header of another drive does not open with this one's id.
        QVERIFY(!DriveKey::unwrap(*json, *password, QStringLiteral("WD-124")));
    }

    void sealedFilesRoundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qsizetype>("piece");
        constexpr qint64 segment = SealedFormat::kSegment;
        constexpr qsizetype block = qsizetype(4) << 20;
        QTest::newRow("empty") << qint64(0) << qsizetype(300000);
        QTest::newRow("one byte") << qint64(1) << qsizetype(300000);
        QTest::newRow("a segment less one") << segment - 1 << qsizetype(300000);
        QTest::newRow("one segment") << segment << qsizetype(300000);
        QTest::newRow("one segment, whole") << segment << qsizetype(segment);
        QTest::newRow("a segment and a byte") << segment + 1 << qsizetype(300000);
        QTest::newRow("a segment and a byte, whole") << segment + 1 << qsizetype(segment + 1);
        QTest::newRow("three segments and a bit") << 3 * segment + 4321 << qsizetype(300000);
        QTest::newRow("more than a read block") << 5 * segment << qsizetype(300000);
        // The copy's blocks: whole segments are sealed in place, the stage of 8 MiB is written
        // out on another thread while the next fills, and the last segment may be a whole one.
        QTest::newRow("copy blocks, whole segments") << 16 * segment << qsizetype(block);
        QTest::newRow("copy blocks, a short tail") << 17 * segment + 5 << qsizetype(block);
        QTest::newRow("copy blocks, a short object") << 2 * segment + 7 << qsizetype(block);
        QTest::newRow("segment pieces") << 9 * segment << qsizetype(segment);
        QTest::newRow("uneven pieces over stages") << 19 * segment + 12345 << qsizetype(1000003);
    }
    void sealedFilesRoundTrip()
    {
        QFETCH(qint64, size);
        QFETCH(qsizetype, piece);
        Test::TemporaryFolder folder(QStringLiteral("sealed"));
        const QString path = folder.filePath(QStringLiteral("object"));
        const QByteArray plain = Test::randomBytes(size);
        quint64 written = 0;
        writeSealed(path, plain, identity(), piece, &written);
        ReadBack readBack;
        const auto read = readAll(path, identity(), &readBack);
        QVERIFY(read);
        QCOMPARE(*read, plain);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sealed = file.readAll();
        QCOMPARE(readBack.crc64, Crc64::of(sealed));
        QCOMPARE(written, readBack.crc64);
        QCOMPARE(readBack.sealedBytes, sealed.size());
        if (size >= 64)
            QVERIFY(!sealed.contains(plain.left(64)));
    }

    void sealedFilesDetectTampering_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("a flipped byte") << QStringLiteral("flip");
        QTest::newRow("cut at a segment boundary") << QStringLiteral("truncate");
        QTest::newRow("segments swapped") << QStringLiteral("swap");
        QTest::newRow("another file's id") << QStringLiteral("file id");
        QTest::newRow("another drive's id") << QStringLiteral("drive id");
    }
    void sealedFilesDetectTampering()
    {
        QFETCH(QString, damage);
        Test::TemporaryFolder folder(QStringLiteral("sealed"));
        const QString path = folder.filePath(QStringLiteral("object"));
        writeSealed(path, Test::randomBytes(3 * SealedFormat::kSegment + 10), identity());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        SealedFileIdentity id = identity();
        if (damage == QLatin1String("flip"))
            bytes[SealedFormat::kSealedSegment + 100] = char(bytes[SealedFormat::kSealedSegment + 100] ^ 0x20);
        else if (damage == QLatin1String("truncate"))
            bytes.truncate(2 * SealedFormat::kSealedSegment);
        else if (damage == QLatin1String("swap"))
            bytes = bytes.mid(SealedFormat::kSealedSegment, SealedFormat::kSealedSegment)
                + bytes.left(SealedFormat::kSealedSegment) + bytes.mid(2 * SealedFormat::kSealedSegment);
        else if (damage == QLatin1String("file id"))
            id.fileId = QByteArray(16, 'g');
        else
            id.driveId = QByteArrayLiteral("DRIVE-2");
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const auto read = readAll(path, id);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Corruption);
    }

    void tenTerabytesArePlannedInUnderASecond()
    {
        // 10 TB of simulated 16 MiB packs (the vault's default) with a few small objects,
        // over 4 TB drives with exFAT's 128 KiB clusters.
        QList<qint64> sizes;
        const qint64 total = qint64(10) * 1000 * 1000 * 1000 * 1000;
        qint64 planned = 0;
        for (qint64 i = 0; planned < total; ++i) {
            const qint64 size = i % 1000 == 0 ? 2000 + i % 7 : (qint64(16) << 20) - (i % 4096);
            sizes << size;
            planned += size;
        }
        DriveCapacity capacity{qint64(4) * 1000 * 1000 * 1000 * 1000, 128 * 1024};
        QElapsedTimer clock;
        clock.start();
        const auto plan = planDrives(sizes, capacity);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(plan);
        qInfo("10 TB (%lld objects) planned over %lld drives in %lld ms", qint64(sizes.size()), qint64(plan->size()),
              elapsed);
        QVERIFY(elapsed < 1000);
        QCOMPARE(plan->size(), 3);
        // Every object on exactly one drive, in order, and each drive within its capacity.
        qint64 next = 0;
        for (const PlannedDrive &drive : *plan) {
            QCOMPARE(drive.first, next);
            next = drive.end;
            QVERIFY(drive.footprint + capacity.reserve(drive.objects()) <= capacity.bytes);
        }
        QCOMPARE(next, sizes.size());
    }

    void anObjectLargerThanADriveIsNamed()
    {
        const auto plan = planDrives({1000, qint64(5) << 30}, {qint64(1) << 30, 4096},
                                     {QStringLiteral("a"), QStringLiteral("data/huge")});
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
        QVERIFY(plan.error().message.contains(QStringLiteral("data/huge")));
    }

    void dataSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("terabytes") << QStringLiteral("4T") << qint64(4000000000000);
        QTest::newRow("with B") << QStringLiteral("500GB") << qint64(500000000000);
        QTest::newRow("fraction") << QStringLiteral("1.5T") << qint64(1500000000000);
        QTest::newRow("binary") << QStringLiteral("2GiB") << (qint64(2) << 30);
        QTest::newRow("bytes") << QStringLiteral("123456") << qint64(123456);
        QTest::newRow("not a size") << QStringLiteral("big") << qint64(-1);
        QTest::newRow("binary without unit") << QStringLiteral("5i") << qint64(-1);
    }
    void dataSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseDataSize(text);
        QCOMPARE(parsed.has_value(), bytes >= 0);
        if (parsed)
            QCOMPARE(*parsed, bytes);
        else
            QVERIFY(parsed.error().message.contains(text));
    }

    void aTornJournalRecordIsCutOff()
    {
        Test::TemporaryFolder folder(QStringLiteral("journal"));
        const QString path = folder.filePath(QStringLiteral("drives/journal"));
        qint64 intact = 0;
        {
            DriveJournal journal(path);
            QVERIFY(journal.open());
            QVERIFY(journal.startJob(QStringLiteral("job"), QStringLiteral("abcd")));
            QVERIFY(
                journal.startDrive({1, QStringLiteral("D1"), {}, QStringLiteral("d1"), 0, 0, {}, false, false, 0, {}}));
            QVERIFY(journal.objectDone(0, 11));
            QVERIFY(journal.objectDone(1, 22));
            intact = journal.size();
        }
        // A record torn by a kill: half of it reached the disk.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(QByteArray::fromHex("1100000003020000")), 8);
        file.close();
        DriveJournal journal(path);
        const auto state = journal.open();
        QVERIFY(state);
        QCOMPARE(state->validBytes, intact);
        QCOMPARE(QFileInfo(path).size(), intact);
        QVERIFY(state->openDrive());
        QCOMPARE(state->openDrive()->end, 2);
        QCOMPARE(state->openDrive()->crc64, (QList<quint64>{11, 22}));
        // Appending goes on after the intact records.
        QVERIFY(journal.objectDone(2, 33));
        QCOMPARE(DriveJournal::read(path)->openDrive()->end, 3);
        // A second process cannot open it while this one holds it.
        DriveJournal second(path);
        const auto locked = second.open();
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, ErrorCode::Locked);
    }

    // A 4 TB drive of 16 MiB packs holds about 240,000 objects: the copy journals them in runs
    // (one record a batch) and folds the runs together now and then, so the journal stays near 8
    // bytes an object of the drive being written and a job's journal under 2 MB.
    void aDriveOfManyObjectsKeepsTheJournalNearEightBytesAnObject()
    {
        Test::TemporaryFolder folder(QStringLiteral("journal"));
        const QString path = folder.filePath(QStringLiteral("journal"));
        DriveJournal journal(path);
        QVERIFY(journal.open());
        QVERIFY(journal.startJob(QStringLiteral("job"), QStringLiteral("abcd")));
        QVERIFY(journal.startDrive({1, QStringLiteral("D1"), {}, QStringLiteral("d1"), 0, 0, {}, false, false, 0, {}}));
        constexpr qint64 kObjects = 100'000;
        constexpr qint64 kBatch = 64;
        qint64 largest = 0;
        for (qint64 first = 0; first < kObjects; first += kBatch) {
            QList<QPair<qint64, quint64>> batch;
            for (qint64 i = first; i < qMin(kObjects, first + kBatch); ++i)
                batch << qMakePair(i, quint64(i) * 0x9E3779B97F4A7C15ULL);
            QVERIFY(journal.objectsDone(batch));
            largest = qMax(largest, journal.size());
        }
        qInfo("journal: at most %lld bytes while a drive of %lld objects is written", largest, kObjects);
        // 8 bytes an object, plus at most 1,024 runs (17 bytes each besides their objects) not yet
        // folded, plus the job's and the drive's records.
        QVERIFY(largest <= kObjects * 8 + 1024 * 17 + 1024);
        // Read back (after a fold and the runs since), every CRC64 in order.
        const auto state = DriveJournal::read(path);
        QVERIFY(state);
        QVERIFY(state->openDrive());
        QCOMPARE(state->openDrive()->end, kObjects);
        QCOMPARE(state->openDrive()->crc64.size(), kObjects);
        for (qint64 i = 0; i < kObjects; i += 9973)
            QCOMPARE(state->openDrive()->crc64.at(i), quint64(i) * 0x9E3779B97F4A7C15ULL);
        QCOMPARE(state->openDrive()->crc64.last(), quint64(kObjects - 1) * 0x9E3779B97F4A7C15ULL);
    }

    // Journals written before runs existed hold one record an object (type 3): still read, and
    // continued with runs.
    void aJournalOfOneRecordAnObjectIsStillRead()
    {
        Test::TemporaryFolder folder(QStringLiteral("journal"));
        const QString path = folder.filePath(QStringLiteral("journal"));
        const auto record = [](quint8 type, const QByteArray &payload) {
            QByteArray bytes(4, Qt::Uninitialized);
            qToLittleEndian(quint32(payload.size() + 1), bytes.data());
            bytes.append(char(type)).append(payload);
            char check[8];
            qToLittleEndian(Crc64::of(bytes), check);
            return bytes.append(check, 8);
        };
        QByteArray old = record(1, R"({"job":"job","seed":"abcd"})");
        old += record(2, R"({"sequence":1,"driveId":"D1","serial":"","name":"d1","first":0})");
        for (quint32 i = 0; i < 3; ++i) {
            QByteArray payload(12, Qt::Uninitialized);
            qToLittleEndian(i, payload.data());
            qToLittleEndian(quint64(100 + i), payload.data() + 4);
            old += record(3, payload);
        }
        QVERIFY(writeFileAtomically(path, old));
        DriveJournal journal(path);
        const auto state = journal.open();
        QVERIFY(state && state->openDrive());
        QCOMPARE(state->openDrive()->crc64, (QList<quint64>{100, 101, 102}));
        QVERIFY(journal.objectsDone({qMakePair(qint64(3), quint64(103)), qMakePair(qint64(4), quint64(104))}));
        QCOMPARE(DriveJournal::read(path)->openDrive()->crc64, (QList<quint64>{100, 101, 102, 103, 104}));
    }

    void aFinishedDriveIsCompactedOutOfTheJournal()
    {
        Test::TemporaryFolder folder(QStringLiteral("journal"));
        const QString path = folder.filePath(QStringLiteral("journal"));
        DriveJournal journal(path);
        QVERIFY(journal.open());
        QVERIFY(journal.startJob(QStringLiteral("job"), QStringLiteral("abcd")));
        // Ten drives of 300 objects each: only the drive being written keeps its records, so the
        // journal's largest size is that of one drive's records.
        qint64 largest = 0;
        for (int drive = 0; drive < 10; ++drive) {
            QVERIFY(journal.startDrive({drive + 1,
                                        QStringLiteral("D%1").arg(drive),
                                        {},
                                        {},
                                        drive * 300,
                                        drive * 300,
                                        {},
                                        false,
                                        false,
                                        0,
                                        {}}));
            for (int i = 0; i < 300; ++i)
                QVERIFY(journal.objectDone(drive * 300 + i, quint64(i) * 7919));
            largest = qMax(largest, journal.size());
            QVERIFY(journal.finishDrive(300, QStringLiteral("00ff")));
        }
        qInfo("journal: at most %lld bytes with 300 objects of the drive being written", largest);
        // 25 bytes a record (length, type, index, CRC64, check) and the drives' few records.
        QVERIFY(largest <= 300 * 25 + 4096);
        QVERIFY(journal.finishJob());
        qInfo("journal of a 10-drive job: %lld bytes", journal.size());
        QVERIFY(journal.size() < 2 * 1024 * 1024);
        const auto state = DriveJournal::read(path);
        QVERIFY(state);
        QVERIFY(state->complete);
        QCOMPARE(state->drives.size(), 10);
        QCOMPARE(state->nextObject(), 3000);
        QCOMPARE(state->drives.last().manifestSha256, QStringLiteral("00ff"));
    }
};

QTEST_GUILESS_MAIN(TestDriveFormat)
#include "tst_driveformat.moc"
