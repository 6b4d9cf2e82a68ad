#include "vault/RestoreMetadata.h"

#include "core/JobContext.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};
} // namespace

void applyMetadata(int fd, const EntryMetadata &metadata, const QByteArray &relative, JobContext &context)
{
    static const bool asRoot = ::geteuid() == 0;
    const auto warn = [&](const QString &message) { context.warn(QFile::decodeName(relative), message); };
    if (asRoot && ::fchown(fd, uid_t(metadata.uid), gid_t(metadata.gid)) != 0)
        warn(Text::tr("The owner cannot be set: %1.").arg(systemErrorText(errno)));
    if (::fchmod(fd, mode_t(metadata.mode)) != 0)
        warn(Text::tr("The permissions cannot be set: %1.").arg(systemErrorText(errno)));
    const timespec times[2] = {{0, UTIME_OMIT}, {metadata.mtimeNs / 1'000'000'000, metadata.mtimeNs % 1'000'000'000}};
    if (::futimens(fd, times) != 0)
        warn(Text::tr("The modification time cannot be set: %1.").arg(systemErrorText(errno)));
}

} // namespace Semina::Vault
