// One drive preparation, for tst_driveprep to start and kill in the middle of a drive.
// Usage: drive_child BASE_FOLDER LIMIT DRIVE...; the identity lives in BASE_FOLDER/data and the
// staging location is BASE_FOLDER/staging (as DriveFixture lays them out).
#include "DriveFixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4)
        return 2;
    const QDir base(arguments.at(1));
    Semina::SecretStore secrets;
    Semina::Offline::OfflineIdentity identity(secrets, base.filePath(QStringLiteral("data")));
    const Semina::Drives::StagedSeed seed
        = Semina::Test::DriveFixture::stagedSeed(identity, base.filePath(QStringLiteral("staging")));
    Semina::Drives::PreparationRequest request
        = Semina::Test::DriveFixture::preparation(seed, arguments.mid(3), arguments.at(2).toLongLong());
    // Small batches, so that the kill falls between journalled objects of the second drive.
    request.journalBatchObjects = 2;

    Semina::JobContext context;
    // One line per object done, so the parent can kill at a chosen object.
    QTextStream out(stdout);
    context.setProgressListener([&out](const Semina::Progress &progress) { out << progress.itemsDone << Qt::endl; }, 0);
    const auto prepared = Semina::Drives::prepareDrives(request, {&secrets, &identity, nullptr}, context);
    if (!prepared) {
        QTextStream(stderr) << prepared.error().message << Qt::endl;
        return Semina::exitCodeFor(prepared.error().code);
    }
    out << "prepared " << prepared->drives.size() << Qt::endl;
    return 0;
}
