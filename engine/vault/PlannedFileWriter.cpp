#include "vault/PlannedFileWriter.h"

#include "vault/RestoreMetadata.h"
#include "vault/TargetFolder.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

PlannedFileWriter::PlannedFileWriter(const TargetFolder &target, RestorePlan &plan, JobContext &context)
    : m_target(target)
    , m_plan(plan)
    , m_context(context)
{
    m_open.reserve(kOpenFiles);
}

PlannedFileWriter::~PlannedFileWriter()
{
    for (const OpenFile &open : m_open)
        ::close(open.fd);
}

Result<int> PlannedFileWriter::descriptor(quint32 file)
{
    for (size_t i = 0; i < m_open.size(); ++i) {
        if (m_open[i].file == file) {
            const OpenFile found = m_open[i];
            m_open.erase(m_open.begin() + qsizetype(i));
            m_open.insert(m_open.begin(), found);
            return found.fd;
        }
    }
    const PlannedFile &planned = m_plan.files[file];
    const int fd = m_target.openBeneath(planned.path, O_WRONLY);
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0 || quint64(info.st_ino) != planned.inode) {
        const int error = fd < 0 ? errno : 0;
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io,
                    error != 0 ? Text::tr("The file \"%1\" cannot be opened for writing: %2.")
                                     .arg(QFile::decodeName(planned.path), errnoText(error))
                               : Text::tr("The file \"%1\" was replaced while it was being restored: restore into a "
                                          "folder nothing else changes.")
                                     .arg(QFile::decodeName(planned.path)));
    }
    if (m_open.size() == kOpenFiles) {
        ::close(m_open.back().fd);
        m_open.pop_back();
    }
    m_open.insert(m_open.begin(), {file, fd});
    return fd;
}

void PlannedFileWriter::forget(quint32 file)
{
    for (size_t i = 0; i < m_open.size(); ++i) {
        if (m_open[i].file == file) {
            ::close(m_open[i].fd);
            m_open.erase(m_open.begin() + qsizetype(i));
            return;
        }
    }
}

Result<> PlannedFileWriter::write(quint32 file, qint64 offset, QByteArrayView data)
{
    auto fd = descriptor(file);
    if (!fd)
        return fail(fd.error());
    const char *bytes = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::pwrite(*fd, bytes, size_t(left), offset);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            forget(file);
            return fail(ErrorCode::Io,
                        Text::tr("Writing \"%1\" failed: %2.")
                            .arg(QFile::decodeName(m_plan.files[file].path), errnoText(error)));
        }
        bytes += n;
        offset += n;
        left -= n;
    }
    return {};
}

Result<> PlannedFileWriter::finish(quint32 file)
{
    auto fd = descriptor(file);
    if (!fd)
        return fail(fd.error());
    const PlannedFile &planned = m_plan.files[file];
    applyMetadata(*fd, planned.metadata, planned.path, m_context);
    forget(file);
    return {};
}

} // namespace Semina::Vault
