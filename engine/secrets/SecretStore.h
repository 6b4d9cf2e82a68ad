#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Semina {
struct KeychainThreadAnswer;
}

namespace Semina {

// Secrets (vault keys, drive keys, storage account keys, the offline certificate's private
// key) live in the OS keychain through QtKeychain, never in a file or a log.
//
// - Keys are namespaced: the keychain service is "Semina", the key names what the secret is
//   for, e.g. "vault/<vault-id>/master". Callers pass the name part.
// - Long secrets are split into chunks (Windows' credential store caps an entry at 2.5 KiB);
//   a small header entry lists them with a SHA-256, so a torn write reads as damage, not as a
//   wrong secret.
// - There is no plaintext fallback: without a keychain every call fails with
//   KeychainUnavailable and a message that says how to get one.
//
// The calls are synchronous and may be made from any thread: QtKeychain's asynchronous jobs run
// on the KeychainThread while the caller waits (no nested event loop).
// On a desktop the keychain may ask the user to unlock it, so the wizard calls these through
// the JobRunner, never on the GUI thread.
class SecretStore {
public:
    explicit SecretStore(QString service = QStringLiteral("Semina"),
                         std::chrono::milliseconds timeout = std::chrono::seconds(120));
    ~SecretStore();
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    static constexpr qsizetype kChunkSize = 2048;

    Result<> write(const QString &name, const QByteArray &secret);
    // NotFound when no secret has that name.
    Result<QByteArray> read(const QString &name);
    // Succeeds when the secret is already absent.
    Result<> remove(const QString &name);

    // A write, read and remove of a throw-away entry: the keychain's health in one call.
    Result<> probe();

private:
    KeychainThreadAnswer call(const std::function<QKeychain::Job *()> &makeJob) const;
    // How many chunks the stored header lists; 0 when there is none.
    qsizetype storedChunkCount(const QString &name);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace Semina
