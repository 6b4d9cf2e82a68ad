#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstring>
#include <functional>

namespace Semina::Vault {

// The id of a stored blob (a file chunk or a tree): HMAC-SHA-256 of its plaintext under the
// vault's id key, so equal content gets one id inside a vault and ids reveal nothing outside it.
struct ChunkId {
    std::array<quint8, 32> bytes{};

    static ChunkId fromBytes(QByteArrayView raw)
    {
        ChunkId id;
        if (raw.size() == qsizetype(id.bytes.size()))
            std::memcpy(id.bytes.data(), raw.data(), id.bytes.size());
        return id;
    }
    [[nodiscard]] QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    }
    [[nodiscard]] QByteArray toByteArray() const { return view().toByteArray(); }
    [[nodiscard]] QString toHex() const { return QString::fromLatin1(toByteArray().toHex()); }
    [[nodiscard]] QString shortHex() const { return toHex().left(12); }

    friend bool operator==(const ChunkId &, const ChunkId &) = default;
    friend auto operator<=>(const ChunkId &, const ChunkId &) = default;
};

// What a blob holds; part of its authenticated data, so a chunk cannot pose as a tree.
enum class BlobType : quint8 { Data = 1, Tree = 2 };

} // namespace Semina::Vault

template <> struct std::hash<Semina::Vault::ChunkId> {
    size_t operator()(const Semina::Vault::ChunkId &id) const noexcept
    {
        // The id is already a uniform MAC output: its first bytes are a perfect hash.
        size_t value = 0;
        std::memcpy(&value, id.bytes.data(), sizeof(value));
        return value;
    }
};
