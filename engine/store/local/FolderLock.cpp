#include "store/local/FolderLock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Semina::Store::Local {

FolderLock::~FolderLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

Result<> FolderLock::lock(const QString &containerFolder)
{
    const QString path = containerFolder + QStringLiteral("/.lock");
    // Read-only is enough for flock, so a lock file another user created (a station service, one
    // run under sudo) locks for everyone; created readable and writable by all the umask allows.
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0666);
    int result = -1;
    if (m_fd >= 0) {
        do {
            result = ::flock(m_fd, LOCK_EX);
        } while (result != 0 && errno == EINTR);
    }
    if (result != 0) {
        const QString reason = systemErrorText(errno);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Store::Local",
                                                "Could not lock the container folder \"%1\": %2. Check that the "
                                                "folder is writable.")
                        .arg(containerFolder, reason));
    }
    return {};
}

} // namespace Semina::Store::Local
