#include "vault/TargetFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

// Without openat2: every folder on the way opened with O_NOFOLLOW, the last part too.
int walkBeneath(int root, const QByteArray &relative, int flags)
{
    const QList<QByteArray> parts = relative.split('/');
    int folder = root;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const int next = ::openat(folder, parts[i].constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        if (folder != root)
            ::close(folder);
        if (next < 0) {
            errno = error;
            return -1;
        }
        folder = next;
    }
    const int fd = ::openat(folder, parts.last().constData(), flags | O_NOFOLLOW | O_CLOEXEC);
    const int error = errno;
    if (folder != root)
        ::close(folder);
    errno = error;
    return fd;
}
} // namespace

Result<TargetFolder> TargetFolder::open(const QString &path)
{
    if (!QDir().mkpath(path))
        return fail(ErrorCode::Io,
                    Text::tr("The folder \"%1\" cannot be created: check the path and permissions.").arg(path));
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Io,
                    Text::tr("The folder \"%1\" cannot be opened: %2.").arg(path, systemErrorText(errno)));
    return TargetFolder(fd, path);
}

TargetFolder::TargetFolder(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
}

TargetFolder::TargetFolder(TargetFolder &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{
}

TargetFolder::~TargetFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int TargetFolder::openBeneath(const QByteArray &relative, int flags) const
{
    open_how how{};
    how.flags = quint64(flags | O_NOFOLLOW | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    // EAGAIN: a rename elsewhere raced the lookup; the kernel asks to try again.
    for (int attempt = 0;; ++attempt) {
        const long fd = ::syscall(SYS_openat2, m_fd, relative.constData(), &how, sizeof how);
        if (fd >= 0)
            return int(fd);
        if ((errno == EINTR || errno == EAGAIN) && attempt < 100)
            continue;
        if (errno == ENOSYS)
            return walkBeneath(m_fd, relative, flags);
        return -1;
    }
}

bool TargetFolder::leadsOutside(const QByteArray &relative) const
{
    open_how how{};
    how.flags = quint64(O_PATH | O_CLOEXEC);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    for (int attempt = 0;; ++attempt) {
        const long fd = ::syscall(SYS_openat2, m_fd, relative.constData(), &how, sizeof how);
        if (fd >= 0) {
            ::close(int(fd));
            return false;
        }
        if ((errno == EINTR || errno == EAGAIN) && attempt < 100)
            continue;
        return errno == EXDEV;
    }
}

int TargetFolder::openParent(const QByteArray &relative, qsizetype &nameOffset) const
{
    const qsizetype slash = relative.lastIndexOf('/');
    nameOffset = slash + 1;
    return slash < 0 ? ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0) : openBeneath(relative.left(slash), O_RDONLY | O_DIRECTORY);
}

bool TargetFolder::removeBeneath(const QByteArray &relative) const
{
    qsizetype name = 0;
    const int folder = openParent(relative, name);
    if (folder < 0)
        return false;
    const bool removed = ::unlinkat(folder, relative.constData() + name, 0) == 0;
    const int error = errno;
    ::close(folder);
    errno = error;
    return removed;
}

bool TargetFolder::linkBeneath(const QByteArray &existing, const QByteArray &link) const
{
    qsizetype existingName = 0;
    qsizetype linkName = 0;
    const int from = openParent(existing, existingName);
    const int to = from < 0 ? -1 : openParent(link, linkName);
    bool linked = false;
    if (to >= 0) {
        ::unlinkat(to, link.constData() + linkName, 0);
        linked = ::linkat(from, existing.constData() + existingName, to, link.constData() + linkName, 0) == 0;
    }
    const int error = errno;
    if (from >= 0)
        ::close(from);
    if (to >= 0)
        ::close(to);
    errno = error;
    return linked;
}

} // namespace Semina::Vault
