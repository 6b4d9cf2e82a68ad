#include "vault/FileNode.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace Semina::Vault {

TreeNode FileNodeFactory::nodeFor(const QByteArray &name, const struct stat &info)
{
    TreeNode node;
    node.name = name;
    if (S_ISDIR(info.st_mode))
        node.type = TreeNode::Type::Directory;
    else if (S_ISLNK(info.st_mode))
        node.type = TreeNode::Type::Symlink;
    else
        node.type = TreeNode::Type::File;
    node.mode = quint32(info.st_mode & 07777);
    node.uid = quint32(info.st_uid);
    node.gid = quint32(info.st_gid);
    node.user = userName(node.uid);
    node.group = groupName(node.gid);
    node.mtimeNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + qint64(info.st_mtim.tv_nsec);
    node.size = node.type == TreeNode::Type::Directory ? 0 : qint64(info.st_size);
    node.inode = quint64(info.st_ino);
    node.device = quint64(info.st_dev);
    node.links = node.type == TreeNode::Type::Directory ? 1 : quint64(info.st_nlink);
    return node;
}

QString FileNodeFactory::userName(quint32 uid)
{
    if (auto it = m_users.constFind(uid); it != m_users.constEnd())
        return *it;
    std::vector<char> buffer(16384);
    struct passwd entry { };
    struct passwd *result = nullptr;
    QString name;
    if (getpwuid_r(uid_t(uid), &entry, buffer.data(), buffer.size(), &result) == 0 && result)
        name = QString::fromLocal8Bit(result->pw_name);
    m_users.insert(uid, name);
    return name;
}

QString FileNodeFactory::groupName(quint32 gid)
{
    if (auto it = m_groups.constFind(gid); it != m_groups.constEnd())
        return *it;
    std::vector<char> buffer(16384);
    struct group entry { };
    struct group *result = nullptr;
    QString name;
    if (getgrgid_r(gid_t(gid), &entry, buffer.data(), buffer.size(), &result) == 0 && result)
        name = QString::fromLocal8Bit(result->gr_name);
    m_groups.insert(gid, name);
    return name;
}

} // namespace Semina::Vault
