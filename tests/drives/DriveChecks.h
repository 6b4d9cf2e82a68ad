#pragma once

#include "DriveFixture.h"
#include "drives/DriveVerifier.h"
#include "drives/PreparedDrives.h"
#include "drives/SpanPlan.h"

#include <QFile>
#include <QStorageInfo>
#include <QTest>

namespace Semina::Test {

// What the drive preparation tests check a prepared drive with, and how they damage one.

// A size limit per drive that spreads the fixture's seed over exactly three drives.
inline qint64 threeDriveLimit(const Drives::StagedSeed &seed, const QString &someDrive)
{
    QDir().mkpath(someDrive);
    Drives::DriveCapacity capacity{0, qMax(4096, QStorageInfo(someDrive).blockSize())};
    QList<qint64> sizes;
    qint64 footprint = 0;
    for (const Offline::SeedObject &object : seed.seed.manifest.objects) {
        sizes << object.size;
        footprint += capacity.footprint(object.size);
    }
    capacity.bytes = capacity.reserve(sizes.size()) + footprint * 4 / 10;
    const auto plan = Drives::planDrives(sizes, capacity);
    if (!plan || plan->size() != 3)
        qFatal("the fixture's seed does not span three drives");
    return capacity.bytes;
}

// Reads and checks every object of the drive at `root`, its key from the keychain.
inline Result<Drives::DriveVerification> verifyWithKeychain(DriveFixture &fixture, const QString &root)
{
    JobContext context;
    const auto certificate = fixture.identity.load()->certificate;
    return Drives::verifyDrive(root, {nullptr, &fixture.secrets}, &certificate, context);
}

// The drives' keys go from the keychain with the fixture.
inline void forgetDriveKeys(DriveFixture &fixture, const QList<Drives::PreparedDrive> &drives)
{
    for (const Drives::PreparedDrive &drive : drives)
        fixture.vaultKeys << drive.keychainEntry;
}

// Changes one bit of the byte at `at`, as a bad sector or cable would.
inline void flipByte(const QString &path, qint64 at)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(at));
    const char byte = file.read(1).at(0);
    QVERIFY(file.seek(at));
    QCOMPARE(file.write(QByteArray(1, char(byte ^ 0x04))), 1);
}

} // namespace Semina::Test
