#pragma once

#include "core/Error.h"
#include "offline/Certificate.h"
#include "offline/OfflineApplicationParams.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Semina {
class SecretStore;
}

namespace Semina::Offline {

// This server's identity for offline seeding (the original's CertGen CreateNewApplication):
// a key pair whose private key lives only in the OS keychain, a self-signed certificate named
// CB_AzureADCertforOfflineSeeding_<ResourceId>, and OfflineApplicationParams.xml in the
// application data folder. It signs what the server seeds (the seed manifest), so the station
// and the vault can check it with the exported certificate.
class OfflineIdentity {
public:
    static constexpr char kParamsFileName[] = "OfflineApplicationParams.xml";

    // `dataFolder`: where the params files live; QStandardPaths::AppDataLocation by default.
    explicit OfflineIdentity(SecretStore &secrets, QString dataFolder = defaultDataFolder());

    static QString defaultDataFolder();
    [[nodiscard]] const QString &dataFolder() const { return m_dataFolder; }
    [[nodiscard]] QString paramsPath() const;

    // Makes the identity. When one exists already: Conflict, with a message that gives its
    // thumbprint and the manual path (export the .cer, upload it, keep the thumbprint); nothing
    // is replaced.
    Result<OfflineApplicationParams> create(const QString &subscriptionId,
                                            KeyAlgorithm algorithm = KeyAlgorithm::EcP256);
    // NotFound, naming the command that makes one, when there is none yet.
    [[nodiscard]] Result<OfflineApplicationParams> load() const;

    // Writes the certificate without its private key (DER) to `cerPath`; returns its thumbprint.
    Result<QString> exportCertificate(const QString &cerPath) const;

    // Signs with the private key from the keychain (see Signature.h for the algorithms).
    Result<QByteArray> sign(QByteArrayView data);

    // The keychain entry that holds the private key of an application.
    static QString keyName(const QString &applicationId);

private:
    SecretStore &m_secrets;
    QString m_dataFolder;
};

} // namespace Semina::Offline
