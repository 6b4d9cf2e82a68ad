#pragma once

#include "TestEnvironment.h"
#include "VaultFixture.h"
#include "importjob/ImportJobStore.h"
#include "offline/OfflineIdentity.h"
#include "offline/Seed.h"
#include "secrets/SecretStore.h"

#include <QDir>

namespace Semina::Test {

// A server prepared for seeding in a fresh folder: its offline identity (the key in the real
// keychain, removed again at the end), its job store, a staging location and the form of one
// job. Seeds are written with the vault tests' small packs and test-only scrypt parameters.
struct SeedFixture {
    static constexpr char kSubscription[] = "7d3e2f10-aaaa-4bbb-8ccc-0123456789ab";
    static constexpr char kPassphrase[] = "seed passphrase for tests";

    explicit SeedFixture(const QString &dataFolder = {}, const QString &jobsFolder = {})
        : identity(secrets, dataFolder.isEmpty() ? folder.filePath(QStringLiteral("data")) : dataFolder)
        , jobs(jobsFolder.isEmpty() ? folder.filePath(QStringLiteral("jobs")) : jobsFolder)
    {
    }
    ~SeedFixture()
    {
        if (const auto params = identity.load(); params && ownsIdentity)
            (void)secrets.remove(Offline::OfflineIdentity::keyName(params->applicationId));
        for (const QString &name : vaultKeys)
            (void)secrets.remove(name);
    }

    bool createIdentity()
    {
        ownsIdentity = true;
        return identity.create(QString::fromLatin1(kSubscription)).has_value();
    }

    [[nodiscard]] QString staging() const { return folder.filePath(QStringLiteral("staging")); }
    [[nodiscard]] QString jobFolder(const QString &job = QStringLiteral("fileserver-1")) const
    {
        return QDir(staging()).filePath(job);
    }

    [[nodiscard]] Offline::SeedRequest request(const QStringList &sources,
                                               const QString &job = QStringLiteral("fileserver-1")) const
    {
        Offline::SeedRequest request;
        request.form = {staging(),
                        folder.filePath(QStringLiteral("lab.publishsettings")),
                        job,
                        QString::fromLatin1(kSubscription),
                        QStringLiteral("seedaccount1"),
                        QStringLiteral("seed")};
        request.sources = sources;
        request.passphrase = kPassphrase;
        request.storeKeyInKeychain = false;
        request.vaultOptions = VaultFixture::options(); // small packs, test-only scrypt
        return request;
    }

    Offline::SeedServices services() { return {&jobs, &identity}; }

    TemporaryFolder folder{QStringLiteral("seed")};
    SecretStore secrets;
    Offline::OfflineIdentity identity;
    Offline::ImportJobStore jobs;
    bool ownsIdentity = false;
    QStringList vaultKeys; // keychain entries a test made, removed at the end
};

} // namespace Semina::Test
