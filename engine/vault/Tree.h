#pragma once

#include "core/Error.h"
#include "vault/ChunkId.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Semina::Vault {

// One entry of a directory listing.
struct TreeNode {
    enum class Type : quint8 { File = 1, Directory = 2, Symlink = 3 };

    QByteArray name; // raw file name bytes, as the file system gave them
    Type type = Type::File;
    quint32 mode = 0; // permission bits, with setuid/setgid/sticky
    quint32 uid = 0;
    quint32 gid = 0;
    QString user;
    QString group;
    qint64 mtimeNs = 0; // since the epoch
    qint64 size = 0;
    quint64 inode = 0;
    quint64 device = 0;
    quint64 links = 1; // more than 1: a hard link; restore links entries that share device and inode
    QByteArray linkTarget; // symlinks
    QList<ChunkId> chunks; // files, in order
    ChunkId subtree; // directories

    // A name that cannot leave its folder: not empty, ".", "..", and without '/' or NUL.
    [[nodiscard]] bool hasSafeName() const;
};

// A directory listing, stored as a blob of type Tree (CBOR, entries sorted by name, so an
// unchanged folder gives the same bytes and therefore the same id, stored once).
struct Tree {
    QList<TreeNode> nodes;

    [[nodiscard]] QByteArray encode() const;
    static Result<Tree> decode(QByteArrayView data);
};

} // namespace Semina::Vault
