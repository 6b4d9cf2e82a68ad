#pragma once

#include "core/Error.h"
#include "vault/Chunker.h"

#include <QByteArray>
#include <QDateTime>

namespace Semina::Vault {

class VaultKeys;

// The vault's "config" object: its format version, id and the parameters every writer must
// share. Stored as readable JSON (so a newer format is recognised before any key is tried)
// with an HMAC under a key derived from the master key, checked once the vault is unlocked.
struct VaultConfig {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QByteArray vaultId; // 16 random bytes
    QDateTime created;
    ChunkerParameters chunker;
    qsizetype packTargetSize = 16 * 1024 * 1024;
    int compressionLevel = 1;
    // Every key file carries a checksum and a MAC (vaults created since key files were sealed);
    // then a key file without them is damage, in older vaults only unverifiable.
    bool keyFilesSealed = false;

    [[nodiscard]] QString vaultIdHex() const { return QString::fromLatin1(vaultId.toHex()); }

    [[nodiscard]] Result<QByteArray> toJson(const VaultKeys &keys) const;
    // Reads the public part; verify() checks the MAC once keys are known.
    static Result<VaultConfig> fromJson(const QByteArray &json);
    [[nodiscard]] Result<> verify(const VaultKeys &keys) const;

private:
    [[nodiscard]] QByteArray canonicalBody() const;
    QByteArray m_mac;
};

} // namespace Semina::Vault
