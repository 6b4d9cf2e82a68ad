#include "vault/Tree.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Semina::Vault {

namespace {
// Short keys: a tree of 50,000 files should not carry 50,000 copies of long names. The tree is
// written and read with the CBOR stream classes: building a QCborMap per entry made encoding
// and decoding trees a third of a backup with nothing changed.
constexpr QLatin1StringView kName("n");
constexpr QLatin1StringView kType("t");
constexpr QLatin1StringView kMode("m");
constexpr QLatin1StringView kUid("u");
constexpr QLatin1StringView kGid("g");
constexpr QLatin1StringView kUser("U");
constexpr QLatin1StringView kGroup("G");
constexpr QLatin1StringView kMtime("mt");
constexpr QLatin1StringView kSize("s");
constexpr QLatin1StringView kInode("i");
constexpr QLatin1StringView kDevice("d");
constexpr QLatin1StringView kLinks("l");
constexpr QLatin1StringView kTarget("lt");
constexpr QLatin1StringView kChunks("c");
constexpr QLatin1StringView kSubtree("st");
constexpr QLatin1StringView kVersion("v");
constexpr QLatin1StringView kEntries("e");

void encodeNode(QCborStreamWriter &writer, const TreeNode &node)
{
    // The same keys in the same order as always, so an unchanged folder keeps its bytes.
    const bool file = node.type == TreeNode::Type::File;
    const bool symlink = node.type == TreeNode::Type::Symlink;
    const bool directory = node.type == TreeNode::Type::Directory;
    writer.startMap(12 + int(file) + int(symlink) + int(directory));
    writer.append(kName);
    writer.append(node.name);
    writer.append(kType);
    writer.append(qint64(node.type));
    writer.append(kMode);
    writer.append(qint64(node.mode));
    writer.append(kUid);
    writer.append(qint64(node.uid));
    writer.append(kGid);
    writer.append(qint64(node.gid));
    writer.append(kUser);
    writer.append(node.user);
    writer.append(kGroup);
    writer.append(node.group);
    writer.append(kMtime);
    writer.append(node.mtimeNs);
    writer.append(kSize);
    writer.append(node.size);
    writer.append(kInode);
    writer.append(qint64(node.inode));
    writer.append(kDevice);
    writer.append(qint64(node.device));
    writer.append(kLinks);
    writer.append(qint64(node.links));
    if (symlink) {
        writer.append(kTarget);
        writer.append(node.linkTarget);
    }
    if (file) {
        QByteArray chunks;
        chunks.reserve(node.chunks.size() * 32);
        for (const ChunkId &id : node.chunks)
            chunks += id.view();
        writer.append(kChunks);
        writer.append(chunks);
    }
    if (directory) {
        writer.append(kSubtree);
        writer.append(node.subtree.toByteArray());
    }
    writer.endMap();
}

// Reads a whole (possibly chunked) text or byte string, with readString or readByteArray;
// false when the data ends early.
template <typename T>
bool readWhole(QCborStreamReader &reader, T &out, QCborStreamReader::StringResult<T> (QCborStreamReader::*read)())
{
    out.clear();
    auto piece = (reader.*read)();
    for (; piece.status == QCborStreamReader::Ok; piece = (reader.*read)())
        out += piece.data;
    return piece.status == QCborStreamReader::EndOfString;
}

bool readString(QCborStreamReader &reader, QString &text)
{
    return reader.isString() && readWhole(reader, text, &QCborStreamReader::readString);
}

bool readBytes(QCborStreamReader &reader, QByteArray &bytes)
{
    return reader.isByteArray() && readWhole(reader, bytes, &QCborStreamReader::readByteArray);
}

// Reads an integer value; other types count as 0, as a missing key does.
qint64 readInteger(QCborStreamReader &reader)
{
    qint64 value = 0;
    if (reader.isInteger())
        value = reader.toInteger(); // what QCborValue::toInteger gave for them too
    reader.next();
    return value;
}

enum class Field {
    Name,
    Type,
    Mode,
    Uid,
    Gid,
    User,
    Group,
    Mtime,
    Size,
    Inode,
    Device,
    Links,
    Target,
    Chunks,
    Subtree,
    Unknown
};

Field fieldOf(QStringView key)
{
    // In the order they are written; a plain search beats hashing keys of one or two letters.
    static constexpr std::array<std::pair<QLatin1StringView, Field>, 15> kFields{{
        {kName, Field::Name},
        {kType, Field::Type},
        {kMode, Field::Mode},
        {kUid, Field::Uid},
        {kGid, Field::Gid},
        {kUser, Field::User},
        {kGroup, Field::Group},
        {kMtime, Field::Mtime},
        {kSize, Field::Size},
        {kInode, Field::Inode},
        {kDevice, Field::Device},
        {kLinks, Field::Links},
        {kTarget, Field::Target},
        {kChunks, Field::Chunks},
        {kSubtree, Field::Subtree},
    }};
    for (const auto &[name, field] : kFields) {
        if (key == name)
            return field;
    }
    return Field::Unknown;
}

// One entry; false when it is malformed.
bool decodeNode(QCborStreamReader &reader, TreeNode &node)
{
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    QString key;
    QByteArray chunks;
    QByteArray subtree;
    qint64 type = 0;
    while (reader.hasNext()) {
        if (!readString(reader, key))
            return false;
        bool ok = true;
        switch (fieldOf(key)) {
        case Field::Name:
            ok = readBytes(reader, node.name);
            break;
        case Field::Type:
            type = readInteger(reader);
            break;
        case Field::Mode:
            node.mode = quint32(readInteger(reader));
            break;
        case Field::Uid:
            node.uid = quint32(readInteger(reader));
            break;
        case Field::Gid:
            node.gid = quint32(readInteger(reader));
            break;
        case Field::User:
            ok = readString(reader, node.user);
            break;
        case Field::Group:
            ok = readString(reader, node.group);
            break;
        case Field::Mtime:
            node.mtimeNs = readInteger(reader);
            break;
        case Field::Size:
            node.size = readInteger(reader);
            break;
        case Field::Inode:
            node.inode = quint64(readInteger(reader));
            break;
        case Field::Device:
            node.device = quint64(readInteger(reader));
            break;
        case Field::Links:
            node.links = quint64(readInteger(reader));
            break;
        case Field::Target:
            ok = readBytes(reader, node.linkTarget);
            break;
        case Field::Chunks:
            ok = readBytes(reader, chunks);
            break;
        case Field::Subtree:
            ok = readBytes(reader, subtree);
            break;
        case Field::Unknown:
            ok = reader.next();
            break; // written by a newer Semina: skipped
        }
        if (!ok)
            return false;
    }
    if (!reader.leaveContainer() || type < 1 || type > 3 || chunks.size() % 32 != 0)
        return false;
    node.type = TreeNode::Type(type);
    node.chunks.reserve(chunks.size() / 32);
    for (qsizetype i = 0; i < chunks.size(); i += 32)
        node.chunks.append(ChunkId::fromBytes(QByteArrayView(chunks).sliced(i, 32)));
    if (node.type == TreeNode::Type::Directory) {
        if (subtree.size() != 32)
            return false;
        node.subtree = ChunkId::fromBytes(subtree);
    }
    return true;
}
} // namespace

bool TreeNode::hasSafeName() const
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

QByteArray Tree::encode() const
{
    std::vector<const TreeNode *> sorted;
    sorted.reserve(size_t(nodes.size()));
    for (const TreeNode &node : nodes)
        sorted.push_back(&node);
    std::sort(sorted.begin(), sorted.end(), [](const TreeNode *a, const TreeNode *b) { return a->name < b->name; });
    QByteArray encoded;
    encoded.reserve(64 + nodes.size() * 160);
    QCborStreamWriter writer(&encoded);
    writer.startMap(2);
    writer.append(kVersion);
    writer.append(1);
    writer.append(kEntries);
    writer.startArray(quint64(sorted.size()));
    for (const TreeNode *node : sorted)
        encodeNode(writer, *node);
    writer.endArray();
    writer.endMap();
    return encoded;
}

Result<Tree> Tree::decode(QByteArrayView data)
{
    const auto damaged = [] {
        return fail(ErrorCode::Corruption, QCoreApplication::translate("Semina::Vault", "A tree is malformed."));
    };
    const QByteArray bytes = QByteArray::fromRawData(data.data(), data.size());
    QCborStreamReader reader(bytes);
    if (!reader.isMap() || !reader.enterContainer())
        return damaged();
    Tree tree;
    qint64 version = 0;
    QString key;
    while (reader.hasNext()) {
        if (!readString(reader, key))
            return damaged();
        if (key == kVersion) {
            version = readInteger(reader);
        } else if (key == kEntries) {
            if (!reader.isArray())
                return damaged();
            if (reader.isLengthKnown())
                tree.nodes.reserve(qsizetype(qMin<quint64>(reader.length(), quint64(data.size()))));
            if (!reader.enterContainer())
                return damaged();
            while (reader.hasNext()) {
                TreeNode node;
                if (!decodeNode(reader, node))
                    return damaged();
                tree.nodes.append(std::move(node));
            }
            if (!reader.leaveContainer())
                return damaged();
        } else if (!reader.next()) {
            return damaged();
        }
    }
    if (!reader.leaveContainer() || reader.lastError() != QCborError::NoError || version != 1)
        return damaged();
    return tree;
}

} // namespace Semina::Vault
