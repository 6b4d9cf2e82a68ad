#pragma once

#include "core/Error.h"
#include "vault/Vault.h"

#include <QCommandLineParser>

#include <memory>

namespace Semina {
class JobContext;
}
namespace Semina::Store {
class ObjectStore;
}

namespace Semina::Cli {

class Console;

// What the vault commands share: the --vault, --password-file and --json options, finding the
// vault's store, getting a passphrase (file, SEMINA_PASSWORD, the OS keychain, or a prompt on a
// terminal) and showing a job's progress and warnings on the console.
class VaultAccess {
public:
    static void addOptions(QCommandLineParser &parser);
    // Parses `arguments` (the command's name first); Usage error on unknown options.
    static Result<> parse(QCommandLineParser &parser, const QStringList &arguments);
    // The command's --help: QCommandLineParser names the program by the path it was started
    // with ("Usage: /usr/bin/semina-cli [options]"); this says "Usage: semina-cli COMMAND [options]".
    static QString helpText(const QCommandLineParser &parser, const QString &command);

    explicit VaultAccess(const QCommandLineParser &parser);
    ~VaultAccess();

    // Resolves --vault: a folder (the folder store with the vault in its container "vault").
    // `create` makes the folder when missing (init).
    Result<Vault::VaultLocation> location(bool create);
    // Opens the vault: with the passphrase when one is given, else the keychain, else a prompt.
    Result<std::unique_ptr<Vault::Vault>> open(Console &console, JobContext *context = nullptr);
    // The passphrase from --password-file, SEMINA_PASSWORD or a prompt; empty when none.
    Result<QByteArray> passphrase(Console &console, bool confirm);
    // A second passphrase (key add) from `fileOption` or `environment`, or a prompt.
    Result<QByteArray> newPassphrase(Console &console, const QString &fileOption, const char *environment);

    [[nodiscard]] bool json() const { return m_json; }
    // Prints progress (unless --json) and warnings on standard error while the job runs.
    void attach(JobContext &context, Console &console) const;

private:
    const QCommandLineParser &m_parser;
    bool m_json = false;
    std::unique_ptr<Store::ObjectStore> m_store;
};

// A new passphrase (init, a new seed, key add): InvalidInput when it is too short, a warning on
// standard error when it is weak (Vault::assessPassphrase, which the wizard uses too).
Result<> acceptNewPassphrase(QByteArrayView passphrase, Console &console);
// Reads a secret from a file's first line; for --password-file options.
Result<QByteArray> readSecretFile(const QString &path);
// Asks on the terminal without echo; empty when standard input is no terminal.
QByteArray promptSecret(Console &console, const QString &prompt);

} // namespace Semina::Cli
