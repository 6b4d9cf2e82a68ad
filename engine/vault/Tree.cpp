#include "vault/Tree.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>

#include <algorithm>

namespace Semina::Vault {

namespace {
// Short keys: a tree of 50,000 files should not carry 50,000 copies of long names.
const QString kName = QStringLiteral("n");
const QString kType = QStringLiteral("t");
const QString kMode = QStringLiteral("m");
const QString kUid = QStringLiteral("u");
const QString kGid = QStringLiteral("g");
const QString kUser = QStringLiteral("U");
const QString kGroup = QStringLiteral("G");
const QString kMtime = QStringLiteral("mt");
const QString kSize = QStringLiteral("s");
const QString kInode = QStringLiteral("i");
const QString kDevice = QStringLiteral("d");
const QString kLinks = QStringLiteral("l");
const QString kTarget = QStringLiteral("lt");
const QString kChunks = QStringLiteral("c");
const QString kSubtree = QStringLiteral("st");
} // namespace

bool TreeNode::hasSafeName() const
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

QByteArray Tree::encode() const
{
    QList<TreeNode> sorted = nodes;
    std::sort(sorted.begin(), sorted.end(), [](const TreeNode &a, const TreeNode &b) { return a.name < b.name; });
    QCborArray entries;
    for (const TreeNode &node : sorted) {
        QCborMap map;
        map.insert(kName, node.name);
        map.insert(kType, int(node.type));
        map.insert(kMode, qint64(node.mode));
        map.insert(kUid, qint64(node.uid));
        map.insert(kGid, qint64(node.gid));
        map.insert(kUser, node.user);
        map.insert(kGroup, node.group);
        map.insert(kMtime, node.mtimeNs);
        map.insert(kSize, node.size);
        map.insert(kInode, qint64(node.inode));
        map.insert(kDevice, qint64(node.device));
        map.insert(kLinks, qint64(node.links));
        if (node.type == TreeNode::Type::Symlink)
            map.insert(kTarget, node.linkTarget);
        if (node.type == TreeNode::Type::File) {
            QByteArray chunks;
            chunks.reserve(node.chunks.size() * 32);
            for (const ChunkId &id : node.chunks)
                chunks += id.view();
            map.insert(kChunks, chunks);
        }
        if (node.type == TreeNode::Type::Directory)
            map.insert(kSubtree, node.subtree.toByteArray());
        entries.append(map);
    }
    QCborMap tree;
    tree.insert(QStringLiteral("v"), 1);
    tree.insert(QStringLiteral("e"), entries);
    return tree.toCborValue().toCbor();
}

Result<Tree> Tree::decode(QByteArrayView data)
{
    const auto damaged = [] {
        return fail(ErrorCode::Corruption, QCoreApplication::translate("Semina::Vault", "A tree is malformed."));
    };
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(data.toByteArray(), &error);
    if (error.error != QCborError::NoError || !value.isMap() || value[QStringLiteral("v")].toInteger() != 1)
        return damaged();
    Tree tree;
    const QCborArray entries = value[QStringLiteral("e")].toArray();
    tree.nodes.reserve(entries.size());
    for (const QCborValue &entry : entries) {
        const QCborMap map = entry.toMap();
        TreeNode node;
        node.name = map.value(kName).toByteArray();
        const qint64 type = map.value(kType).toInteger();
        if (type < 1 || type > 3)
            return damaged();
        node.type = TreeNode::Type(type);
        node.mode = quint32(map.value(kMode).toInteger());
        node.uid = quint32(map.value(kUid).toInteger());
        node.gid = quint32(map.value(kGid).toInteger());
        node.user = map.value(kUser).toString();
        node.group = map.value(kGroup).toString();
        node.mtimeNs = map.value(kMtime).toInteger();
        node.size = map.value(kSize).toInteger();
        node.inode = quint64(map.value(kInode).toInteger());
        node.device = quint64(map.value(kDevice).toInteger());
        node.links = quint64(map.value(kLinks).toInteger());
        node.linkTarget = map.value(kTarget).toByteArray();
        const QByteArray chunks = map.value(kChunks).toByteArray();
        if (chunks.size() % 32 != 0)
            return damaged();
        for (qsizetype i = 0; i < chunks.size(); i += 32)
            node.chunks.append(ChunkId::fromBytes(QByteArrayView(chunks).sliced(i, 32)));
        if (node.type == TreeNode::Type::Directory) {
            const QByteArray subtree = map.value(kSubtree).toByteArray();
            if (subtree.size() != 32)
                return damaged();
            node.subtree = ChunkId::fromBytes(subtree);
        }
        tree.nodes.append(node);
    }
    return tree;
}

} // namespace Semina::Vault
