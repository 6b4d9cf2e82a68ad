#pragma once

#include "Corpus.h"
#include "SeedFixture.h"
#include "core/JobContext.h"
#include "drives/DriveKey.h"
#include "drives/DrivePreparation.h"
#include "drives/PreparedDrives.h"
#include "drives/StagedSeeds.h"

#include <QDir>

namespace Semina::Test {

// A seed in a staging location and folders standing for drives, on top of SeedFixture: the seed
// is incompressible data of a few MiB in the vault tests' 256 KiB packs, plus a text file with
// a marker, so a scan of the drives can look for both.
struct DriveFixture : SeedFixture {
    static constexpr char kMarker[] = "SEMINA-PLAINTEXT-MARKER-0123456789";

    explicit DriveFixture(const QString &dataFolder = {}, const QString &jobsFolder = {})
        : SeedFixture(dataFolder, jobsFolder)
    {
    }
    // The keys of the drives prepared from this seed leave the keychain with the fixture.
    ~DriveFixture()
    {
        for (const auto &drive : Drives::preparedDrives(jobFolder()).value_or(QList<Drives::PreparedDrive>{}))
            vaultKeys << drive.keychainEntry;
    }
    DriveFixture(const DriveFixture &) = delete;
    DriveFixture &operator=(const DriveFixture &) = delete;

    // Writes the seed (once) and returns it as diskprep lists it.
    Drives::StagedSeed seed()
    {
        if (!QFileInfo::exists(jobFolder() + QStringLiteral("/seed-manifest.json"))) {
            const QString source = folder.filePath(QStringLiteral("source"));
            for (int i = 0; i < 6; ++i)
                Corpus::writeFile(source + QStringLiteral("/big/%1.bin").arg(i),
                                  Corpus::randomBytes(1024 * 1024, quint32(90 + i)));
            Corpus::writeFile(source + QStringLiteral("/notes.txt"), QByteArray(kMarker).repeated(200));
            createIdentity();
            JobContext context;
            const auto written = Offline::writeSeed(request({source}), services(), context);
            if (!written)
                qFatal("seed: %s", qPrintable(written.error().message));
        }
        return stagedSeed(identity, staging());
    }

    static Drives::StagedSeed stagedSeed(Offline::OfflineIdentity &identity, const QString &staging)
    {
        const auto params = identity.load();
        const auto seeds = Drives::listStagedSeeds(staging, params->certificate);
        if (!seeds || seeds->isEmpty() || !seeds->first().ready)
            qFatal("no staged seed");
        return seeds->first();
    }

    // The server's side of the seed's form, as semina-cli commands: publish settings for the
    // form's subscription at the path the form names (the embedded import service), and the
    // form's storage account as a folder. diskprep needs both to create the import job.
    [[nodiscard]] QList<QStringList> serverSetup() const
    {
        const Offline::OfflineBackupForm form = request({}).form;
        const QString account = folder.filePath(QStringLiteral("account"));
        QDir().mkpath(account);
        return {{QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("Lab"), QStringLiteral("--id"), form.subscriptionId, QStringLiteral("--out"),
                 form.publishSettingsFile},
                {QStringLiteral("account"), QStringLiteral("add"), form.storageAccount, QStringLiteral("--folder"),
                 account}};
    }

    [[nodiscard]] QString drive(int n) const { return folder.filePath(QStringLiteral("drives/d%1").arg(n)); }

    // Folders as drives, handed out in order; NotFound once they are used up.
    static Drives::DriveSupplier supplier(const QStringList &roots, qint64 limit, int *asked = nullptr)
    {
        auto next = std::make_shared<int>(0);
        return [roots, limit, next, asked](const Drives::DriveRequest &request) -> Result<Drives::DriveTarget> {
            if (asked)
                ++*asked;
            // A refused drive is followed by the next root; with none left the refusal ends the run.
            if (*next >= roots.size())
                return request.refused ? fail(*request.refused)
                                       : fail(ErrorCode::NotFound, QStringLiteral("no more drives"));
            const QString root = roots.at((*next)++);
            QDir().mkpath(root);
            return Drives::DriveTarget{root, QFileInfo(root).fileName(), {}, {}, limit};
        };
    }

    static Drives::PreparationRequest preparation(const Drives::StagedSeed &seed, const QStringList &roots,
                                                  qint64 limit)
    {
        Drives::PreparationRequest request;
        request.jobFolder = seed.jobFolder;
        request.seed = seed.seed;
        request.seedManifestSha256 = seed.manifestSha256;
        request.nextDrive = supplier(roots, limit);
        request.scrypt = Crypto::ScryptParameters::forTestsOnly();
        return request;
    }
};

} // namespace Semina::Test
