#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Semina {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::AtomicFile)
};

// Returns 0 or the errno of the failed write.
int writeAll(int fd, QByteArrayView data, qint64 offset)
{
    const char *p = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::pwrite(fd, p, size_t(left), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
        offset += n;
    }
    return 0;
}
} // namespace

AtomicFile::AtomicFile(QString targetPath)
    : m_target(std::move(targetPath))
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::ioError(const QString &what, int error) const
{
    // ENOSPC and EROFS are the ones a person can fix; say so.
    QString fix;
    if (error == ENOSPC || error == EDQUOT)
        fix = Text::tr(" Free some space on that disk and try again.");
    else if (error == EROFS || error == EACCES || error == EPERM)
        fix = Text::tr(" Check that the folder is writable.");
    return {ErrorCode::Io, Text::tr("Could not %1 \"%2\": %3.").arg(what, m_target, systemErrorText(error)) + fix,
            m_temporary};
}

Result<> AtomicFile::open()
{
    discard();
    const QFileInfo target(m_target);
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".tmp-")
            + QString::number(QRandomGenerator::global()->generate64(), 36);
        m_fd = ::open(QFile::encodeName(m_temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (m_fd >= 0) {
            m_size = 0;
            m_synced = false;
            return {};
        }
        if (errno != EEXIST)
            break;
    }
    const int error = errno;
    m_temporary.clear();
    return fail(ioError(Text::tr("create a temporary file for"), error));
}

Result<> AtomicFile::write(QByteArrayView data)
{
    if (auto written = writeAt(m_size, data); !written)
        return written;
    return {};
}

Result<> AtomicFile::writeAt(qint64 offset, QByteArrayView data)
{
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Text::tr("The file \"%1\" was written before it was opened.").arg(m_target));
    if (const int error = writeAll(m_fd, data, offset); error != 0)
        return fail(ioError(Text::tr("write"), error));
    m_size = qMax(m_size, offset + data.size());
    return {};
}

Result<> AtomicFile::syncData()
{
    if (m_synced)
        return {};
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Text::tr("The file \"%1\" was committed before it was opened.").arg(m_target));
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        discard();
        return fail(ioError(Text::tr("flush to disk"), error));
    }
    ::close(m_fd);
    m_fd = -1;
    m_synced = true;
    return {};
}

Result<> AtomicFile::replaceTarget()
{
    if (!m_synced || m_temporary.isEmpty())
        return fail(ErrorCode::Internal,
                    Text::tr("The file \"%1\" was renamed into place before it was flushed to disk.").arg(m_target));
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int error = errno;
        discard();
        return fail(ioError(Text::tr("replace"), error));
    }
    m_temporary.clear();
    return {};
}

Result<> AtomicFile::syncTargetFolder()
{
    return syncFolder(QFileInfo(m_target).absolutePath());
}

Result<> AtomicFile::commit()
{
    return commit([]() -> Result<> { return {}; });
}

void AtomicFile::discard()
{
    m_synced = false;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<> writeFileAtomically(const QString &path, QByteArrayView data)
{
    AtomicFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(data); !written)
        return written;
    return file.commit();
}

Result<> syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Io,
                    Text::tr("Could not flush the folder \"%1\" to disk: %2.").arg(folder, systemErrorText(error)));
    }
    ::close(fd);
    return {};
}

} // namespace Semina
