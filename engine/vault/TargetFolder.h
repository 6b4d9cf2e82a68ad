#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace Semina::Vault {

// The folder a restore writes into, held open. Entries below it are reopened by their path
// without following any symlink and without ever leaving it (openat2 with RESOLVE_BENEATH and
// RESOLVE_NO_SYMLINKS; on kernels without openat2, a walk component by component with
// O_NOFOLLOW), so a link planted in the tree meanwhile cannot redirect a write.
class TargetFolder {
public:
    // Creates the folder when missing.
    static Result<TargetFolder> open(const QString &path);

    TargetFolder(TargetFolder &&other) noexcept;
    TargetFolder &operator=(TargetFolder &&other) = delete;
    TargetFolder(const TargetFolder &) = delete;
    ~TargetFolder();

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const QString &path() const { return m_path; }

    // Opens `relative` (components separated by '/', none of them "." or "..") with `flags`;
    // -1 with errno set on failure.
    [[nodiscard]] int openBeneath(const QByteArray &relative, int flags) const;
    // Removes the file at `relative`; false with errno set on failure.
    bool removeBeneath(const QByteArray &relative) const;
    // Makes `link` a hard link to `existing` (replacing whatever is at `link`); false with
    // errno set on failure.
    bool linkBeneath(const QByteArray &existing, const QByteArray &link) const;
    // The folder holding `relative` (a new descriptor, reached without following any link) and
    // the offset of its name in `relative`; -1 with errno set on failure.
    [[nodiscard]] int openParent(const QByteArray &relative, qsizetype &nameOffset) const;
    // Whether resolving `relative`, following the links on the way and at its end, leaves the
    // folder (the kernel's RESOLVE_BENEATH says so). False where openat2 is missing.
    [[nodiscard]] bool leadsOutside(const QByteArray &relative) const;

private:
    TargetFolder(int fd, QString path);

    int m_fd = -1;
    QString m_path;
};

} // namespace Semina::Vault
