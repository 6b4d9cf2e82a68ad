#include "vault/Pack.h"

#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace Semina::Vault {

namespace PackFormat {

QByteArray blobAssociatedData(BlobType type, const ChunkId &id)
{
    QByteArray data("semina-v1 blob ");
    data += char(type);
    data += id.view();
    return data;
}

QByteArray headerAssociatedData(QByteArrayView packId)
{
    return QByteArray("semina-v1 pack-header ") + packId.toByteArray();
}

QString objectName(QByteArrayView packId)
{
    const QString hex = QString::fromLatin1(packId.toByteArray().toHex());
    return QStringLiteral("data/") + hex.left(2) + QLatin1Char('/') + hex;
}

QByteArray idFromObjectName(const QString &name)
{
    const QString hex = name.section(QLatin1Char('/'), -1);
    if (hex.size() != 2 * kIdSize || !name.startsWith(QLatin1String("data/")))
        return {};
    const QByteArray id = QByteArray::fromHex(hex.toLatin1());
    return id.size() == kIdSize ? id : QByteArray();
}

QByteArray encodeEntries(const QList<PackEntry> &entries)
{
    QByteArray out(4 + entries.size() * kEntrySize, Qt::Uninitialized);
    char *p = out.data();
    qToLittleEndian<quint32>(quint32(entries.size()), p);
    p += 4;
    for (const PackEntry &entry : entries) {
        *p++ = char(entry.type);
        std::memcpy(p, entry.id.bytes.data(), 32);
        p += 32;
        qToLittleEndian<quint32>(entry.offset, p);
        qToLittleEndian<quint32>(entry.length, p + 4);
        qToLittleEndian<quint32>(entry.rawLength, p + 8);
        p += 12;
    }
    return out;
}

Result<QList<PackEntry>> decodeEntries(QByteArrayView plain)
{
    const auto damaged = [] {
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Vault", "A list of blobs is malformed."));
    };
    if (plain.size() < 4)
        return damaged();
    const quint32 count = qFromLittleEndian<quint32>(plain.data());
    if (plain.size() != 4 + qsizetype(count) * kEntrySize)
        return damaged();
    QList<PackEntry> entries;
    entries.reserve(count);
    const char *p = plain.data() + 4;
    for (quint32 i = 0; i < count; ++i) {
        PackEntry entry;
        const auto type = quint8(*p++);
        if (type != quint8(BlobType::Data) && type != quint8(BlobType::Tree))
            return damaged();
        entry.type = BlobType(type);
        std::memcpy(entry.id.bytes.data(), p, 32);
        p += 32;
        entry.offset = qFromLittleEndian<quint32>(p);
        entry.length = qFromLittleEndian<quint32>(p + 4);
        entry.rawLength = qFromLittleEndian<quint32>(p + 8);
        p += 12;
        entries.append(entry);
    }
    return entries;
}

Result<QList<PackEntry>> readHeader(QByteArrayView packKey, QByteArrayView packId, QByteArrayView tail, qint64 packSize)
{
    const auto damaged = [&](const QString &why) {
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Vault", "The pack \"%1\" is damaged: %2.")
                        .arg(objectName(packId), why));
    };
    if (tail.size() < kLengthFieldSize)
        return damaged(QCoreApplication::translate("Semina::Vault", "it is too short"));
    const quint32 headerLength = qFromLittleEndian<quint32>(tail.data() + tail.size() - kLengthFieldSize);
    if (qint64(headerLength) + kLengthFieldSize + kMagicSize > packSize
        || qsizetype(headerLength) + kLengthFieldSize > tail.size())
        return damaged(QCoreApplication::translate("Semina::Vault", "its header length is impossible"));
    const QByteArrayView sealed = tail.sliced(tail.size() - kLengthFieldSize - headerLength, headerLength);
    auto plain = Crypto::Aead::open(packKey, sealed, headerAssociatedData(packId));
    if (!plain)
        return damaged(QCoreApplication::translate("Semina::Vault", "its header fails verification"));
    auto entries = decodeEntries(*plain);
    if (!entries)
        return damaged(QCoreApplication::translate("Semina::Vault", "its header is malformed"));
    const qint64 blobsEnd = packSize - kLengthFieldSize - headerLength;
    for (const PackEntry &entry : *entries) {
        if (entry.offset < kMagicSize || qint64(entry.offset) + entry.length > blobsEnd)
            return damaged(QCoreApplication::translate("Semina::Vault", "a blob lies outside it"));
    }
    return entries;
}

} // namespace PackFormat

void PackBuilder::start(const QByteArray &packId, const QByteArray &packKey)
{
    m_id = packId;
    m_key = packKey;
    m_buffer.resize(0); // keeps the capacity
    m_buffer.append(PackFormat::kMagic, PackFormat::kMagicSize);
    m_entries.clear();
}

Result<> PackBuilder::add(BlobType type, const ChunkId &id, QByteArrayView stored, qsizetype rawLength)
{
    PackEntry entry;
    entry.type = type;
    entry.id = id;
    entry.offset = quint32(m_buffer.size());
    entry.rawLength = quint32(rawLength);
    if (auto ok = Crypto::Aead::sealAppend(m_key, stored, PackFormat::blobAssociatedData(type, id), m_buffer); !ok)
        return ok;
    entry.length = quint32(m_buffer.size() - entry.offset);
    m_entries.append(entry);
    return {};
}

Result<std::reference_wrapper<const QByteArray>> PackBuilder::finish()
{
    const qsizetype before = m_buffer.size();
    if (auto ok = Crypto::Aead::sealAppend(m_key, PackFormat::encodeEntries(m_entries),
                                           PackFormat::headerAssociatedData(m_id), m_buffer);
        !ok)
        return fail(ok.error());
    const quint32 headerLength = quint32(m_buffer.size() - before);
    char length[4];
    qToLittleEndian<quint32>(headerLength, length);
    m_buffer.append(length, 4);
    return std::cref(m_buffer);
}

} // namespace Semina::Vault
