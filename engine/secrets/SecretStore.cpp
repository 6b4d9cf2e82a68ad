#include "secrets/SecretStore.h"

#include "secrets/KeychainThread.h"

#include "core/Logging.h"
#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <optional>

namespace Semina {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::SecretStore)
};

// The header entry: "semina-secret/1 <chunks> <sha256-hex>".
constexpr char kHeaderTag[] = "semina-secret/1";

struct Header {
    qsizetype chunks = 0;
    QByteArray sha256Hex;
};

std::optional<Header> parseHeader(const QByteArray &entry)
{
    const QList<QByteArray> fields = entry.split(' ');
    if (fields.size() != 3 || fields[0] != kHeaderTag)
        return std::nullopt;
    bool ok = false;
    const qsizetype chunks = fields[1].toLongLong(&ok);
    if (!ok || chunks < 1 || chunks > 4096)
        return std::nullopt;
    return Header{chunks, fields[2]};
}

QString chunkKey(const QString &name, qsizetype index)
{
    return name + QLatin1Char('#') + QString::number(index);
}

Result<> checkName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._:/-]{1,200}$"));
    if (!valid.match(name).hasMatch())
        return fail(ErrorCode::Internal, Text::tr("\"%1\" is not a valid keychain entry name.").arg(name));
    return {};
}

Error keychainError(QKeychain::Error code, const QString &name, const QString &detail)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound, Text::tr("The keychain holds no secret named \"%1\".").arg(name), detail};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorCode::AccessDenied,
                Text::tr("The keychain refused access to \"%1\": unlock the keychain, allow Semina, and try again.")
                    .arg(name),
                detail};
    case QKeychain::NoBackendAvailable:
        return {ErrorCode::KeychainUnavailable,
                Text::tr("No keychain is available: start a Secret Service provider (gnome-keyring or KWallet) in "
                         "this session, then try again."),
                detail};
    default:
        break;
    }
    // Most often no Secret Service answers on the session bus; the details say what failed.
    return {ErrorCode::KeychainUnavailable,
            Text::tr("The keychain could not be used: check that a Secret Service provider (gnome-keyring or "
                     "KWallet) runs in this session and is unlocked, then try again."),
            detail};
}

} // namespace

SecretStore::SecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

SecretStore::~SecretStore() = default;

KeychainThread::Answer SecretStore::call(const std::function<QKeychain::Job *()> &makeJob) const
{
    return KeychainThread::instance().call(makeJob, m_timeout);
}

namespace {

template <typename JobType> JobType *newJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

Result<> SecretStore::write(const QString &name, const QByteArray &secret)
{
    if (auto ok = checkName(name); !ok)
        return ok;
    const QString service = m_service;
    auto writeEntry = [&](const QString &key, const QByteArray &value) -> Result<> {
        const auto answer = call([service, key, value]() {
            auto *job = newJob<QKeychain::WritePasswordJob>(service, key);
            job->setBinaryData(value);
            return job;
        });
        if (answer.error != QKeychain::NoError)
            return fail(keychainError(answer.error, name, answer.errorString));
        return {};
    };

    const qsizetype previousChunks = storedChunkCount(name);
    // Chunks first, header last: a reader never finds a header whose chunks are missing.
    const qsizetype chunks = qMax<qsizetype>(1, (secret.size() + kChunkSize - 1) / kChunkSize);
    for (qsizetype i = 0; i < chunks; ++i) {
        if (auto ok = writeEntry(chunkKey(name, i), secret.mid(i * kChunkSize, kChunkSize)); !ok)
            return ok;
    }
    const auto digest = Crypto::sha256(secret);
    if (!digest)
        return fail(digest.error());
    const QByteArray header = QByteArray(kHeaderTag) + ' ' + QByteArray::number(chunks) + ' ' + digest->toHex();
    if (auto ok = writeEntry(name, header); !ok)
        return ok;

    // Chunks left over from a longer secret written earlier.
    for (qsizetype i = chunks; i < previousChunks; ++i) {
        const QString key = chunkKey(name, i);
        call([service, key]() { return newJob<QKeychain::DeletePasswordJob>(service, key); });
    }
    qCDebug(lcSecrets) << "stored secret" << name << "in" << chunks << "chunk(s)";
    return {};
}

qsizetype SecretStore::storedChunkCount(const QString &name)
{
    const QString service = m_service;
    const auto answer = call([service, name]() { return newJob<QKeychain::ReadPasswordJob>(service, name); });
    if (answer.error != QKeychain::NoError)
        return 0;
    return parseHeader(answer.data).value_or(Header{}).chunks;
}

Result<QByteArray> SecretStore::read(const QString &name)
{
    if (auto ok = checkName(name); !ok)
        return fail(ok.error());
    const QString service = m_service;
    auto readEntry = [&](const QString &key) -> Result<QByteArray> {
        const auto answer = call([service, key]() { return newJob<QKeychain::ReadPasswordJob>(service, key); });
        if (answer.error != QKeychain::NoError)
            return fail(keychainError(answer.error, name, answer.errorString));
        return answer.data;
    };

    const auto header = readEntry(name);
    if (!header)
        return header;
    const Error damaged{ErrorCode::Corruption,
                        Text::tr("The keychain entry \"%1\" is incomplete or was not written by Semina: remove it and "
                                 "store the secret again.")
                            .arg(name)};
    const std::optional<Header> parsed = parseHeader(*header);
    if (!parsed)
        return fail(damaged);
    const qsizetype chunks = parsed->chunks;

    QByteArray secret;
    for (qsizetype i = 0; i < chunks; ++i) {
        auto chunk = readEntry(chunkKey(name, i));
        if (!chunk)
            return fail(chunk.error().code == ErrorCode::NotFound ? damaged : chunk.error());
        secret += *chunk;
    }
    const auto digest = Crypto::sha256(secret);
    if (!digest)
        return fail(digest.error());
    if (digest->toHex() != parsed->sha256Hex)
        return fail(damaged);
    return secret;
}

Result<> SecretStore::remove(const QString &name)
{
    if (auto ok = checkName(name); !ok)
        return ok;
    const QString service = m_service;
    auto removeEntry = [&](const QString &key) -> Result<bool> {
        const auto answer = call([service, key]() { return newJob<QKeychain::DeletePasswordJob>(service, key); });
        if (answer.error == QKeychain::EntryNotFound)
            return false;
        if (answer.error != QKeychain::NoError)
            return fail(keychainError(answer.error, name, answer.errorString));
        return true;
    };

    // Header first: once it is gone, the chunks are unreachable even if removing them fails.
    const qsizetype chunks = storedChunkCount(name);
    const auto removed = removeEntry(name);
    if (!removed)
        return fail(removed.error());
    for (qsizetype i = 0; i < chunks; ++i) {
        if (const auto chunk = removeEntry(chunkKey(name, i)); !chunk)
            return fail(chunk.error());
    }
    return {};
}

Result<> SecretStore::probe()
{
    const QString name = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray value = QUuid::createUuid().toByteArray();
    if (auto ok = write(name, value); !ok)
        return ok;
    auto back = read(name);
    if (auto ok = remove(name); !ok)
        return ok;
    if (!back)
        return fail(back.error());
    if (*back != value)
        return fail(ErrorCode::KeychainUnavailable,
                    Text::tr("The keychain returned a different value than was stored: it cannot be trusted."));
    return {};
}

} // namespace Semina
