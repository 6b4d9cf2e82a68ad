#pragma once

#include "core/Error.h"
#include "crypto/Kdf.h"
#include "vault/KeyFile.h"
#include "vault/Snapshot.h"
#include "vault/Tree.h"
#include "vault/VaultConfig.h"
#include "vault/VaultIndex.h"
#include "vault/VaultKeys.h"

#include <QString>

#include <memory>

namespace Semina {
class JobContext;
}
namespace Semina::Store {
class ObjectStore;
}

namespace Semina::Vault {

// Where a vault lives: a container of a storage account, optionally under a name prefix
// (e.g. "vault/" inside a staging location). The store outlives the Vault.
struct VaultLocation {
    Store::ObjectStore *store = nullptr;
    QString container;
    QString prefix;

    [[nodiscard]] QString objectName(const QString &name) const { return prefix + name; }
    [[nodiscard]] QString describe() const;
    // Bytes of one of the vault's sealed objects (pack, index, snapshot; `name` inside the
    // vault), `length` -1 to the end. The vault authenticates every byte of these itself
    // (AES-256-GCM, the object's id as associated data), so the store's transport MD5 check is
    // skipped (Store::ReadOptions::authenticatedByCaller): a damaged byte fails to open instead.
    [[nodiscard]] Result<QByteArray> readSealedBytes(const QString &name, qint64 offset = 0, qint64 length = -1) const;
};

struct CreateOptions {
    Crypto::ScryptParameters scrypt; // the defaults meet the vault's minimum; tests pass forTestsOnly()
    ChunkerParameters chunker;
    qsizetype packTargetSize = 16 * 1024 * 1024;
    int compressionLevel = 1;
    QString keyLabel;
    bool storeInKeychain = false;
};

// A snapshot object that cannot be read, and why (the message names it).
struct DamagedSnapshot {
    QString object; // "snapshots/<id>"
    QString problem;
};

struct SnapshotListing {
    QList<Snapshot> snapshots; // oldest first
    QList<DamagedSnapshot> damaged;
};

class Vault;
struct CreatedVault {
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // shown once to the user, never stored in clear
};

// What `key list` shows.
struct KeyInfo {
    QString id;
    KeyFile::Kind kind = KeyFile::Kind::Passphrase;
    QString label;
    QString host;
    QDateTime created;
    bool current = false; // the key this session opened the vault with
    bool damaged = false; // its file cannot be read (listed so that it can be removed)
};

// An open vault: its config, keys and index, and the reading and writing of its objects
// (see docs/FORMAT.md). Backup, Restore and Check work on it. Safe to share between the
// threads of one job.
class Vault {
public:
    // Creates the config, a passphrase key and a recovery key in an empty location.
    static Result<CreatedVault> create(const VaultLocation &location, QByteArrayView passphrase,
                                       const CreateOptions &options);
    // Opens with a passphrase or the recovery key; AccessDenied when neither matches.
    static Result<std::unique_ptr<Vault>> open(const VaultLocation &location, QByteArrayView passphrase,
                                               JobContext *context = nullptr);
    // Opens with the master key kept in the OS keychain; NotFound when none is kept.
    static Result<std::unique_ptr<Vault>> openWithKeychain(const VaultLocation &location,
                                                           JobContext *context = nullptr);
    static Result<bool> exists(const VaultLocation &location);

    [[nodiscard]] const VaultLocation &location() const { return m_location; }
    [[nodiscard]] const VaultConfig &config() const { return m_config; }
    [[nodiscard]] const VaultKeys &keys() const { return m_keys; }
    [[nodiscard]] VaultIndex &index() { return m_index; }
    [[nodiscard]] QString keychainName() const;

    // Keys. Adding and removing hold the vault's exclusive lock; `context` hears of stale locks removed.
    Result<KeyInfo> addKey(QByteArrayView passphrase, const QString &label, const Crypto::ScryptParameters &scrypt,
                           JobContext *context = nullptr);
    // Refuses to remove the last passphrase key or the one in use.
    Result<> removeKey(const QString &id, JobContext *context = nullptr);
    Result<QList<KeyInfo>> listKeys();
    // Writes a new recovery key, then removes the vault's other recovery keys; returns the new key,
    // to be shown once. The seed makes its recovery key this way when it completes, so the one a
    // person sees is never one an interrupted run made and could not show.
    Result<QString> replaceRecoveryKey(const Crypto::ScryptParameters &scrypt, JobContext *context = nullptr);
    Result<> storeInKeychain();

    // Sealed objects (index, snapshots, locks): `kind` names the key and the associated data.
    Result<QByteArray> seal(const QByteArray &objectId, const char *kind, const QByteArray &plain) const;
    // Corruption, naming `name`, when the bytes fail verification.
    Result<QByteArray> unseal(const QString &name, const QByteArray &objectId, const char *kind,
                              const QByteArray &sealed) const;
    Result<QByteArray> readSealed(const QString &name, const QByteArray &objectId, const char *kind);
    Result<> writeSealed(const QString &name, const QByteArray &objectId, const char *kind, const QByteArray &plain);

    // Index objects.
    Result<QStringList> listObjects(const QString &prefix);
    Result<QList<PackRecord>> readIndexObject(const QString &name);
    Result<QString> writeIndex(const QList<PackRecord> &packs);
    // Loads every index object; damaged ones are reported to `context` and skipped.
    Result<> loadIndex(JobContext *context);
    // Packs that are durable but in no index (an interrupted backup): reads their headers and
    // adds them, so the next backup reuses them instead of uploading again. Returns them.
    Result<QList<PackRecord>> adoptUnindexedPacks(JobContext &context);

    // Packs and blobs.
    Result<QByteArray> packKey(const QByteArray &packId) const;
    Result<> uploadPack(const QByteArray &packId, const QByteArray &data, JobContext *context);
    // The plaintext of a blob, decrypted, decompressed and checked against its id.
    Result<> readBlob(const ChunkId &id, BlobType type, QByteArray &out);
    Result<Tree> readTree(const ChunkId &id);

    // Snapshots. One that cannot be read is left out, not an error: the others stay usable.
    Result<SnapshotListing> readSnapshots();
    // The intact ones; each damaged one is a warning to `context`.
    Result<QList<Snapshot>> listSnapshots(JobContext *context = nullptr);
    // By full id, a unique prefix, or "latest" (the latest intact one). Corruption when the one
    // asked for is damaged; damaged ones that could have been "latest" are warnings to `context`.
    Result<Snapshot> findSnapshot(const QString &idOrPrefix, JobContext *context = nullptr);
    static QString damagedSnapshotText(const DamagedSnapshot &damaged);
    Result<> writeSnapshot(Snapshot &snapshot);

private:
    Vault(const VaultLocation &location, VaultConfig config, VaultKeys keys, QString currentKeyId);
    static Result<VaultConfig> readConfig(const VaultLocation &location);
    Result<> writeKeyFile(const KeyFile &key);

    VaultLocation m_location;
    VaultConfig m_config;
    VaultKeys m_keys;
    QString m_currentKeyId;
    VaultIndex m_index;
};

} // namespace Semina::Vault
