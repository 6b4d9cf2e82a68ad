#include "vault/Vault.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "secrets/SecretStore.h"
#include "store/ObjectStore.h"
#include "vault/ChunkCompressor.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <cctype>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault)
};

const QString kConfigName = QStringLiteral("config");
const QString kKeysPrefix = QStringLiteral("keys/");

// Whether a key file that cannot be read could be the one `secret` opens: all could, except a
// recovery key when the secret does not look like one (those are not tried for it).
bool couldOpenWith(const QByteArray &json, bool looksLikeRecovery)
{
    const QString kind = QJsonDocument::fromJson(json).object().value(QStringLiteral("kind")).toString();
    return looksLikeRecovery || kind != QLatin1String("recovery");
}
} // namespace

Result<QByteArray> VaultLocation::readSealedBytes(const QString &name, qint64 offset, qint64 length) const
{
    return store->get(container, objectName(name), offset, length, nullptr,
                      Store::ReadOptions::authenticatedByCaller());
}

QString VaultLocation::describe() const
{
    const QString where = store ? store->describe() : QString();
    return prefix.isEmpty() ? Text::tr("container \"%1\" of %2").arg(container, where)
                            : Text::tr("\"%1\" in container \"%2\" of %3").arg(prefix, container, where);
}

Vault::Vault(const VaultLocation &location, VaultConfig config, VaultKeys keys, QString currentKeyId)
    : m_location(location)
    , m_config(std::move(config))
    , m_keys(std::move(keys))
    , m_currentKeyId(std::move(currentKeyId))
{
}

QString Vault::keychainName() const
{
    return QStringLiteral("vault/") + m_config.vaultIdHex() + QStringLiteral("/master");
}

Result<bool> Vault::exists(const VaultLocation &location)
{
    auto container = location.store->containerExists(location.container);
    if (!container)
        return fail(container.error());
    if (!*container)
        return false;
    auto head = location.store->head(location.container, location.objectName(kConfigName));
    if (head)
        return true;
    if (head.error().code == ErrorCode::NotFound)
        return false;
    return fail(head.error());
}

Result<CreatedVault> Vault::create(const VaultLocation &location, QByteArrayView passphrase,
                                   const CreateOptions &options)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("The passphrase is empty: choose one of at least 8 characters."));
    if (!options.chunker.isValid())
        return fail(ErrorCode::InvalidInput, Text::tr("The chunk sizes are not valid."));
    if (auto ok = location.store->createContainer(location.container); !ok)
        return fail(ok.error());
    auto existing = exists(location);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(
            ErrorCode::Conflict,
            Text::tr("A vault already exists in %1: open it, or choose another place.").arg(location.describe()));

    VaultConfig config;
    auto vaultId = Crypto::randomBytes(16);
    auto master = Crypto::randomBytes(VaultKeys::kMasterKeySize);
    if (!vaultId || !master)
        return fail(!vaultId ? vaultId.error() : master.error());
    config.vaultId = *vaultId;
    config.created = QDateTime::currentDateTimeUtc();
    config.chunker = options.chunker;
    config.packTargetSize = options.packTargetSize;
    config.compressionLevel = options.compressionLevel;
    config.keyFilesSealed = true;
    auto keys = VaultKeys::derive(*master, config.vaultId);
    if (!keys)
        return fail(keys.error());

    auto passphraseKey = KeyFile::wrap(*master, passphrase, options.scrypt, config.vaultId, KeyFile::Kind::Passphrase,
                                       options.keyLabel);
    auto recoveryKey = newRecoveryKey();
    if (!passphraseKey || !recoveryKey)
        return fail(!passphraseKey ? passphraseKey.error() : recoveryKey.error());
    auto recoveryFile = KeyFile::wrap(*master, normalizedRecoveryKey(*recoveryKey), options.scrypt, config.vaultId,
                                      KeyFile::Kind::Recovery, Text::tr("recovery key"));
    if (!recoveryFile)
        return fail(recoveryFile.error());

    std::unique_ptr<Vault> vault(new Vault(location, config, *keys, passphraseKey->id));
    // Keys first, config last: a location with a config always has a key that opens it.
    if (auto ok = vault->writeKeyFile(*passphraseKey); !ok)
        return fail(ok.error());
    if (auto ok = vault->writeKeyFile(*recoveryFile); !ok)
        return fail(ok.error());
    auto json = config.toJson(*keys);
    if (!json)
        return fail(json.error());
    auto put = location.store->put(location.container, location.objectName(kConfigName), *json,
                                   Store::PutCondition::ifAbsent());
    if (!put)
        return fail(put.error().code == ErrorCode::Conflict
                        ? Error{ErrorCode::Conflict,
                                Text::tr("Another vault was created in %1 at the same time.").arg(location.describe())}
                        : put.error());
    if (options.storeInKeychain) {
        if (auto ok = vault->storeInKeychain(); !ok)
            return fail(ok.error());
    }
    qCInfo(lcVault) << "created vault" << config.vaultIdHex() << "in" << location.describe();
    return CreatedVault{std::move(vault), *recoveryKey};
}

Result<VaultConfig> Vault::readConfig(const VaultLocation &location)
{
    auto json = location.store->get(location.container, location.objectName(kConfigName));
    if (!json) {
        if (json.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        Text::tr("There is no vault in %1: check the location, or create one with semina-cli init.")
                            .arg(location.describe()),
                        json.error().message);
        return fail(json.error());
    }
    return VaultConfig::fromJson(*json);
}

Result<std::unique_ptr<Vault>> Vault::open(const VaultLocation &location, QByteArrayView passphrase,
                                           JobContext *context)
{
    auto config = readConfig(location);
    if (!config)
        return fail(config.error());
    auto names = location.store->list(location.container, location.objectName(kKeysPrefix));
    if (!names)
        return fail(names.error());
    QStringList damage; // of the key files that could be the secret's
    // scrypt costs about a second here: try only the keys of the kind the secret can open,
    // recovery keys only for what looks like one (48 hex digits once separators are gone).
    const QByteArray recovery = normalizedRecoveryKey(QString::fromUtf8(passphrase));
    const bool looksLikeRecovery = recovery.size() == 48
        && std::all_of(recovery.begin(), recovery.end(), [](char c) { return std::isxdigit(uchar(c)); });
    QList<KeyFile> candidates;
    for (const auto &info : names->objects) {
        const QString id = info.name.section(QLatin1Char('/'), -1);
        auto json = location.store->get(location.container, info.name);
        if (!json)
            return fail(json.error());
        auto key = KeyFile::fromJson(*json, id);
        if (!key) {
            // A newer Semina's key file is skipped; a damaged one may be this secret's.
            if (key.error().code == ErrorCode::Corruption && couldOpenWith(*json, looksLikeRecovery))
                damage << key.error().message;
            continue;
        }
        if (key->kind == KeyFile::Kind::Recovery && !looksLikeRecovery)
            continue;
        // What the secret most likely is goes first.
        if ((key->kind == KeyFile::Kind::Recovery) == looksLikeRecovery)
            candidates.prepend(*key);
        else
            candidates.append(*key);
    }
    for (const KeyFile &candidate : candidates) {
        const KeyFile *key = &candidate;
        const QString id = key->id;
        const QByteArray secret = key->kind == KeyFile::Kind::Recovery ? recovery : passphrase.toByteArray();
        auto master = key->unwrap(secret, config->vaultId);
        if (!master)
            continue;
        auto keys = VaultKeys::derive(*master, config->vaultId);
        if (!keys)
            return fail(keys.error());
        if (auto ok = config->verify(*keys); !ok)
            return fail(ok.error());
        std::unique_ptr<Vault> vault(new Vault(location, *config, *keys, id));
        if (auto ok = vault->loadIndex(context); !ok)
            return fail(ok.error());
        return vault;
    }
    // A damaged key file may be the one this secret opens: say so rather than "wrong passphrase".
    if (!damage.isEmpty())
        return fail(ErrorCode::Corruption,
                    Text::tr("The vault in %1 does not open: none of its intact keys opens with this secret. %2")
                        .arg(location.describe(), damage.join(QLatin1Char(' '))));
    return fail(
        ErrorCode::AccessDenied,
        Text::tr("Wrong passphrase for the vault in %1: none of its %2 keys opens with it. Try again, or use the "
                 "recovery key.")
            .arg(location.describe())
            .arg(names->objects.size()));
}

Result<std::unique_ptr<Vault>> Vault::openWithKeychain(const VaultLocation &location, JobContext *context)
{
    auto config = readConfig(location);
    if (!config)
        return fail(config.error());
    SecretStore secrets;
    auto master = secrets.read(QStringLiteral("vault/") + config->vaultIdHex() + QStringLiteral("/master"));
    if (!master)
        return fail(master.error());
    auto keys = VaultKeys::derive(*master, config->vaultId);
    if (!keys)
        return fail(keys.error());
    if (auto ok = config->verify(*keys); !ok)
        return fail(
            ErrorCode::AccessDenied,
            Text::tr("The key kept in the OS keychain does not open the vault in %1: open it with the passphrase.")
                .arg(location.describe()));
    std::unique_ptr<Vault> vault(new Vault(location, *config, *keys, {}));
    if (auto ok = vault->loadIndex(context); !ok)
        return fail(ok.error());
    return vault;
}

Result<> Vault::storeInKeychain()
{
    SecretStore secrets;
    return secrets.write(keychainName(), m_keys.masterKey());
}

Result<> Vault::writeKeyFile(const KeyFile &key)
{
    auto put = m_location.store->put(m_location.container, m_location.objectName(kKeysPrefix + key.id), key.toJson(),
                                     Store::PutCondition::ifAbsent());
    if (!put)
        return fail(put.error());
    return {};
}

Result<KeyInfo> Vault::addKey(QByteArrayView passphrase, const QString &label, const Crypto::ScryptParameters &scrypt,
                              JobContext *context)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The new passphrase is empty: choose one of at least 8 characters."));
    auto lock = VaultLock::acquire(*this, LockMode::Exclusive, QStringLiteral("key add"), context);
    if (!lock)
        return fail(lock.error());
    auto key
        = KeyFile::wrap(m_keys.masterKey(), passphrase, scrypt, m_config.vaultId, KeyFile::Kind::Passphrase, label);
    if (!key)
        return fail(key.error());
    if (auto ok = writeKeyFile(*key); !ok)
        return fail(ok.error());
    return KeyInfo{key->id, key->kind, key->label, key->host, key->created, false};
}

Result<QString> Vault::replaceRecoveryKey(const Crypto::ScryptParameters &scrypt, JobContext *context)
{
    auto lock = VaultLock::acquire(*this, LockMode::Exclusive, QStringLiteral("key add"), context);
    if (!lock)
        return fail(lock.error());
    auto before = listKeys();
    if (!before)
        return fail(before.error());
    auto secret = newRecoveryKey();
    if (!secret)
        return fail(secret.error());
    auto key = KeyFile::wrap(m_keys.masterKey(), normalizedRecoveryKey(*secret), scrypt, m_config.vaultId,
                             KeyFile::Kind::Recovery, Text::tr("recovery key"));
    if (!key)
        return fail(key.error());
    // The new key first: a crash in between leaves two recovery keys, never none.
    if (auto ok = writeKeyFile(*key); !ok)
        return fail(ok.error());
    for (const KeyInfo &old : std::as_const(*before)) {
        if (old.kind != KeyFile::Kind::Recovery || old.current)
            continue;
        if (auto ok = m_location.store->remove(m_location.container, m_location.objectName(kKeysPrefix + old.id));
            !ok && ok.error().code != ErrorCode::NotFound)
            return fail(ok.error());
    }
    return *secret;
}

Result<QList<KeyInfo>> Vault::listKeys()
{
    auto names = listObjects(kKeysPrefix);
    if (!names)
        return fail(names.error());
    QList<KeyInfo> keys;
    for (const QString &name : *names) {
        const QString id = name.mid(kKeysPrefix.size());
        auto json = m_location.store->get(m_location.container, m_location.objectName(name));
        if (!json)
            return fail(json.error());
        auto key = KeyFile::fromJson(*json, id);
        if (!key && key.error().code != ErrorCode::Corruption)
            return fail(key.error());
        if (!key) {
            keys.append(KeyInfo{id, KeyFile::Kind::Passphrase, Text::tr("(damaged: remove it)"), {}, {}, false, true});
            continue;
        }
        keys.append(KeyInfo{id, key->kind, key->label, key->host, key->created, id == m_currentKeyId});
    }
    return keys;
}

Result<> Vault::removeKey(const QString &id, JobContext *context)
{
    auto lock = VaultLock::acquire(*this, LockMode::Exclusive, QStringLiteral("key remove"), context);
    if (!lock)
        return fail(lock.error());
    auto keys = listKeys();
    if (!keys)
        return fail(keys.error());
    const auto it = std::find_if(keys->begin(), keys->end(), [&](const KeyInfo &key) { return key.id == id; });
    if (it == keys->end())
        return fail(ErrorCode::NotFound,
                    Text::tr("The vault has no key \"%1\": semina-cli key list shows its keys.").arg(id));
    if (it->current)
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The key \"%1\" is the one this session opened the vault with: open the vault with another "
                     "key to remove it.")
                .arg(id));
    const auto passphrases = std::count_if(keys->begin(), keys->end(), [](const KeyInfo &key) {
        return key.kind == KeyFile::Kind::Passphrase && !key.damaged;
    });
    if (it->kind == KeyFile::Kind::Passphrase && !it->damaged && passphrases <= 1)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The key \"%1\" is the vault's last passphrase: add another one first.").arg(id));
    return m_location.store->remove(m_location.container, m_location.objectName(kKeysPrefix + id));
}

} // namespace Semina::Vault
