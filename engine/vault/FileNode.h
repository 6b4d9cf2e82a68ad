#pragma once

#include "vault/Tree.h"

#include <QHash>

#include <sys/stat.h>

namespace Semina::Vault {

// Turns lstat() results into tree nodes, with user and group names looked up once per id.
class FileNodeFactory {
public:
    TreeNode nodeFor(const QByteArray &name, const struct stat &info);

private:
    QString userName(quint32 uid);
    QString groupName(quint32 gid);

    QHash<quint32, QString> m_users;
    QHash<quint32, QString> m_groups;
};

} // namespace Semina::Vault
