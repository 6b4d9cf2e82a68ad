// One seed written by writeSeed, for tst_seed to start and kill halfway.
// Usage: seed_child BASE_FOLDER SOURCE; the identity and jobs live in BASE_FOLDER/data and
// BASE_FOLDER/jobs, the staging location is BASE_FOLDER/staging (as SeedFixture lays them out).
#include "SeedFixture.h"
#include "core/JobContext.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return 2;
    const QDir base(arguments.at(1));
    Semina::SecretStore secrets;
    Semina::Offline::OfflineIdentity identity(secrets, base.filePath(QStringLiteral("data")));
    Semina::Offline::ImportJobStore jobs(base.filePath(QStringLiteral("jobs")));
    Semina::Offline::SeedRequest request;
    request.form
        = {base.filePath(QStringLiteral("staging")), base.filePath(QStringLiteral("lab.publishsettings")),
           QStringLiteral("fileserver-1"),           QString::fromLatin1(Semina::Test::SeedFixture::kSubscription),
           QStringLiteral("seedaccount1"),           QStringLiteral("seed")};
    request.sources = {arguments.at(2)};
    request.passphrase = Semina::Test::SeedFixture::kPassphrase;
    request.storeKeyInKeychain = false;
    request.vaultOptions = Semina::Test::VaultFixture::options();

    Semina::JobContext context;
    // One line per progress report, so the parent can kill at points spread over the run.
    QTextStream out(stdout);
    context.setProgressListener([&out](const Semina::Progress &progress) { out << progress.bytesDone << Qt::endl; }, 0);
    const auto seed = Semina::Offline::writeSeed(request, {&jobs, &identity}, context);
    if (!seed) {
        QTextStream(stderr) << seed.error().message << Qt::endl;
        return Semina::exitCodeFor(seed.error().code);
    }
    out << "seed " << seed->objects << Qt::endl;
    return 0;
}
