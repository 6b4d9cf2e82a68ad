#include "vault/Vault.h"

#include "core/JobContext.h"
#include "core/Logging.h"
#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "secrets/SecretStore.h"
#include "store/ObjectStore.h"
#include "vault/ChunkCompressor.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cctype>

namespace Semina::Vault {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Semina::Vault", text);
}

const QString kConfigName = QStringLiteral("config");
const QString kKeysPrefix = QStringLiteral("keys/");
const QString kIndexPrefix = QStringLiteral("index/");
const QString kSnapshotsPrefix = QStringLiteral("snapshots/");

QByteArray sealedAssociatedData(const char *kind, const QByteArray &objectId)
{
    return QByteArray("semina-v1 ") + kind + ' ' + objectId;
}
} // namespace

QString VaultLocation::describe() const
{
    const QString where = store ? store->describe() : QString();
    return prefix.isEmpty() ? tr("container \"%1\" of %2").arg(container, where)
                            : tr("\"%1\" in container \"%2\" of %3").arg(prefix, container, where);
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
        return fail(ErrorCode::InvalidInput, tr("The passphrase is empty: choose one of at least 8 characters."));
    if (!options.chunker.isValid())
        return fail(ErrorCode::InvalidInput, tr("The chunk sizes are not valid."));
    if (auto ok = location.store->createContainer(location.container); !ok)
        return fail(ok.error());
    auto existing = exists(location);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict,
                    tr("A vault already exists in %1: open it, or choose another place.").arg(location.describe()));

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
    auto keys = VaultKeys::derive(*master, config.vaultId);
    if (!keys)
        return fail(keys.error());

    auto passphraseKey = KeyFile::wrap(*master, passphrase, options.scrypt, config.vaultId, KeyFile::Kind::Passphrase,
                                       options.keyLabel);
    auto recoveryKey = newRecoveryKey();
    if (!passphraseKey || !recoveryKey)
        return fail(!passphraseKey ? passphraseKey.error() : recoveryKey.error());
    auto recoveryFile = KeyFile::wrap(*master, normalizedRecoveryKey(*recoveryKey), options.scrypt, config.vaultId,
                                      KeyFile::Kind::Recovery, tr("recovery key"));
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
                                tr("Another vault was created in %1 at the same time.").arg(location.describe())}
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
                        tr("There is no vault in %1: check the location, or create one with semina-cli init.")
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
    std::optional<Error> damage;
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
            damage = key.error();
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
    return fail(ErrorCode::AccessDenied,
                tr("Wrong passphrase for the vault in %1: none of its %2 keys opens with it. Try again, or use the "
                   "recovery key.")
                    .arg(location.describe())
                    .arg(names->objects.size()),
                damage ? damage->message : QString());
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
        return fail(ErrorCode::AccessDenied,
                    tr("The key kept in the OS keychain does not open the vault in %1: open it with the passphrase.")
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

Result<KeyInfo> Vault::addKey(QByteArrayView passphrase, const QString &label, const Crypto::ScryptParameters &scrypt)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The new passphrase is empty: choose one of at least 8 characters."));
    auto key
        = KeyFile::wrap(m_keys.masterKey(), passphrase, scrypt, m_config.vaultId, KeyFile::Kind::Passphrase, label);
    if (!key)
        return fail(key.error());
    if (auto ok = writeKeyFile(*key); !ok)
        return fail(ok.error());
    return KeyInfo{key->id, key->kind, key->label, key->host, key->created, false};
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
        if (!key)
            return fail(key.error());
        keys.append(KeyInfo{id, key->kind, key->label, key->host, key->created, id == m_currentKeyId});
    }
    return keys;
}

Result<> Vault::removeKey(const QString &id)
{
    auto keys = listKeys();
    if (!keys)
        return fail(keys.error());
    const auto it = std::find_if(keys->begin(), keys->end(), [&](const KeyInfo &key) { return key.id == id; });
    if (it == keys->end())
        return fail(ErrorCode::NotFound,
                    tr("The vault has no key \"%1\": semina-cli key list shows its keys.").arg(id));
    if (it->current)
        return fail(ErrorCode::InvalidInput,
                    tr("The key \"%1\" is the one this session opened the vault with: open the vault with another "
                       "key to remove it.")
                        .arg(id));
    const auto passphrases = std::count_if(keys->begin(), keys->end(),
                                           [](const KeyInfo &key) { return key.kind == KeyFile::Kind::Passphrase; });
    if (it->kind == KeyFile::Kind::Passphrase && passphrases <= 1)
        return fail(ErrorCode::InvalidInput,
                    tr("The key \"%1\" is the vault's last passphrase: add another one first.").arg(id));
    return m_location.store->remove(m_location.container, m_location.objectName(kKeysPrefix + id));
}

Result<QStringList> Vault::listObjects(const QString &prefix)
{
    QStringList names;
    QString marker;
    do {
        auto page = m_location.store->list(m_location.container, m_location.objectName(prefix), marker);
        if (!page)
            return fail(page.error());
        for (const auto &info : page->objects)
            names << info.name.mid(m_location.prefix.size());
        marker = page->nextMarker;
    } while (!marker.isEmpty());
    return names;
}

Result<QByteArray> Vault::readSealed(const QString &name, const QByteArray &objectId, const char *kind)
{
    auto sealed = m_location.store->get(m_location.container, m_location.objectName(name));
    if (!sealed)
        return fail(sealed.error());
    auto key = m_keys.objectKey(objectId, kind);
    if (!key)
        return fail(key.error());
    auto plain = Crypto::Aead::open(*key, *sealed, sealedAssociatedData(kind, objectId));
    if (!plain)
        return fail(ErrorCode::Corruption, tr("The object \"%1\" is damaged: it fails verification.").arg(name));
    return plain;
}

Result<> Vault::writeSealed(const QString &name, const QByteArray &objectId, const char *kind, const QByteArray &plain)
{
    auto key = m_keys.objectKey(objectId, kind);
    if (!key)
        return fail(key.error());
    auto sealed = Crypto::Aead::seal(*key, plain, sealedAssociatedData(kind, objectId));
    if (!sealed)
        return fail(sealed.error());
    auto put = m_location.store->put(m_location.container, m_location.objectName(name), *sealed);
    if (!put)
        return fail(put.error());
    return {};
}

Result<QList<PackRecord>> Vault::readIndexObject(const QString &name)
{
    const QByteArray id = name.mid(kIndexPrefix.size()).toLatin1();
    auto plain = readSealed(name, id, "index");
    if (!plain)
        return fail(plain.error());
    auto packs = IndexFormat::decode(*plain);
    if (!packs)
        return fail(packs.error().code, tr("The index object \"%1\" is malformed.").arg(name));
    return packs;
}

Result<QString> Vault::writeIndex(const QList<PackRecord> &packs)
{
    auto random = Crypto::randomBytes(16);
    if (!random)
        return fail(random.error());
    const QString name = kIndexPrefix + QString::fromLatin1(random->toHex());
    if (auto ok = writeSealed(name, random->toHex(), "index", IndexFormat::encode(packs)); !ok)
        return fail(ok.error());
    return name;
}

Result<> Vault::loadIndex(JobContext *context)
{
    auto names = listObjects(kIndexPrefix);
    if (!names)
        return fail(names.error());
    for (const QString &name : *names) {
        auto packs = readIndexObject(name);
        if (!packs) {
            if (packs.error().code != ErrorCode::Corruption)
                return fail(packs.error());
            // A damaged index costs only deduplication; check names it, backup re-adopts its packs.
            if (context)
                context->warn(name, packs.error().message);
            continue;
        }
        for (const PackRecord &pack : *packs)
            m_index.addPack(pack);
    }
    m_index.compact();
    return {};
}

Result<QByteArray> Vault::packKey(const QByteArray &packId) const
{
    return m_keys.objectKey(packId, "pack");
}

Result<> Vault::uploadPack(const QByteArray &packId, const QByteArray &data, JobContext *context)
{
    auto put = m_location.store->put(m_location.container, m_location.objectName(PackFormat::objectName(packId)), data,
                                     {}, context);
    if (!put)
        return fail(put.error());
    return {};
}

Result<QList<PackRecord>> Vault::adoptUnindexedPacks(JobContext &context)
{
    QList<PackRecord> adopted;
    auto names = listObjects(QStringLiteral("data/"));
    if (!names && names.error().code == ErrorCode::Corruption) {
        // A store that cannot list past a damaged object: adopt nothing now, check names it.
        context.warn(QStringLiteral("data/"), names.error().message);
        return adopted;
    }
    if (!names)
        return fail(names.error());
    for (const QString &name : *names) {
        const QByteArray id = PackFormat::idFromObjectName(name);
        if (id.isEmpty() || m_index.hasPack(id))
            continue;
        auto head = m_location.store->head(m_location.container, m_location.objectName(name));
        if (!head)
            return fail(head.error());
        auto key = packKey(id);
        if (!key)
            return fail(key.error());
        // Headers hold 45 bytes per blob; 64 KiB covers packs of ~1,400 blobs in one read.
        const qint64 tailSize = qMin<qint64>(head->size, 64 * 1024);
        auto tail
            = m_location.store->get(m_location.container, m_location.objectName(name), head->size - tailSize, tailSize);
        if (!tail)
            return fail(tail.error());
        auto entries = PackFormat::readHeader(*key, id, *tail, head->size);
        if (!entries && tail->size() >= 4) {
            const quint32 needed = qFromLittleEndian<quint32>(tail->constData() + tail->size() - 4) + 4;
            if (qint64(needed) < head->size && qint64(needed) > tailSize) {
                tail = m_location.store->get(m_location.container, m_location.objectName(name), head->size - needed,
                                             needed);
                if (!tail)
                    return fail(tail.error());
                entries = PackFormat::readHeader(*key, id, *tail, head->size);
            }
        }
        if (!entries) {
            context.warn(name, entries.error().message);
            continue;
        }
        PackRecord record{id, head->size, *entries};
        m_index.addPack(record);
        adopted.append(record);
    }
    if (!adopted.isEmpty())
        qCInfo(lcVault) << "adopted" << adopted.size() << "packs left by an interrupted backup";
    return adopted;
}

Result<> Vault::readBlob(const ChunkId &id, BlobType type, QByteArray &out)
{
    const auto location = m_index.find(id);
    if (!location)
        return fail(ErrorCode::Corruption,
                    tr("The blob %1 is in no index: the vault misses data (run semina-cli check).").arg(id.shortHex()));
    if (location->entry.type != type)
        return fail(ErrorCode::Corruption, tr("The blob %1 has the wrong type.").arg(id.shortHex()));
    const QString packName = PackFormat::objectName(location->packId);
    auto sealed = m_location.store->get(m_location.container, m_location.objectName(packName), location->entry.offset,
                                        location->entry.length);
    if (!sealed) {
        if (sealed.error().code == ErrorCode::NotFound || sealed.error().code == ErrorCode::InvalidInput)
            return fail(ErrorCode::Corruption,
                        tr("The pack \"%1\" holding blob %2 is missing or truncated.").arg(packName, id.shortHex()),
                        sealed.error().message);
        return fail(sealed.error());
    }
    auto key = packKey(location->packId);
    if (!key)
        return fail(key.error());
    QByteArray stored;
    if (!Crypto::Aead::openInto(*key, *sealed, PackFormat::blobAssociatedData(type, id), stored))
        return fail(ErrorCode::Corruption,
                    tr("The blob %1 in pack \"%2\" is damaged: it fails verification.").arg(id.shortHex(), packName));
    if (auto ok = ChunkCompressor::decompress(stored, location->entry.rawLength, out); !ok)
        return fail(ErrorCode::Corruption,
                    tr("The blob %1 in pack \"%2\" is damaged: %3").arg(id.shortHex(), packName, ok.error().message));
    auto actual = m_keys.chunkId(out);
    if (!actual)
        return fail(actual.error());
    if (*actual != id)
        return fail(ErrorCode::Corruption,
                    tr("The blob %1 in pack \"%2\" does not match its id.").arg(id.shortHex(), packName));
    return {};
}

Result<Tree> Vault::readTree(const ChunkId &id)
{
    QByteArray plain;
    if (auto ok = readBlob(id, BlobType::Tree, plain); !ok)
        return fail(ok.error());
    return Tree::decode(plain);
}

Result<QList<Snapshot>> Vault::listSnapshots(JobContext *context)
{
    auto names = listObjects(kSnapshotsPrefix);
    if (!names)
        return fail(names.error());
    QList<Snapshot> snapshots;
    for (const QString &name : *names) {
        const QString id = name.mid(kSnapshotsPrefix.size());
        auto plain = readSealed(name, id.toLatin1(), "snapshot");
        auto snapshot = plain ? Snapshot::fromJson(*plain, id) : Result<Snapshot>(fail(plain.error()));
        if (!snapshot) {
            if (snapshot.error().code != ErrorCode::Corruption || !context)
                return fail(snapshot.error());
            context->warn(name, snapshot.error().message);
            continue;
        }
        snapshots.append(*snapshot);
    }
    std::sort(snapshots.begin(), snapshots.end(), [](const Snapshot &a, const Snapshot &b) { return a.time < b.time; });
    return snapshots;
}

Result<Snapshot> Vault::findSnapshot(const QString &idOrPrefix)
{
    auto snapshots = listSnapshots();
    if (!snapshots)
        return fail(snapshots.error());
    if (idOrPrefix == QLatin1String("latest")) {
        if (snapshots->isEmpty())
            return fail(ErrorCode::NotFound, tr("The vault has no snapshot yet: run a backup first."));
        return snapshots->last();
    }
    QList<Snapshot> matches;
    for (const Snapshot &snapshot : *snapshots) {
        if (!idOrPrefix.isEmpty() && snapshot.id.startsWith(idOrPrefix))
            matches.append(snapshot);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("The vault has no snapshot \"%1\": semina-cli snapshots lists them.").arg(idOrPrefix));
    return fail(ErrorCode::InvalidInput,
                tr("\"%1\" names %2 snapshots: give more of the id.").arg(idOrPrefix).arg(matches.size()));
}

Result<> Vault::writeSnapshot(Snapshot &snapshot)
{
    auto random = Crypto::randomBytes(32);
    if (!random)
        return fail(random.error());
    snapshot.id = QString::fromLatin1(random->toHex());
    return writeSealed(kSnapshotsPrefix + snapshot.id, snapshot.id.toLatin1(), "snapshot", snapshot.toJson());
}

} // namespace Semina::Vault
