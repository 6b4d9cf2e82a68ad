#include "vault/RestoreLinks.h"

#include "core/JobContext.h"
#include "vault/TargetFolder.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault::Restore)
};

// Makes one link; 0, or why not (an errno).
int makeLink(const TargetFolder &target, const PlannedLink &link)
{
    qsizetype nameOffset = 0;
    const int folder = target.openParent(link.path, nameOffset);
    if (folder < 0)
        return errno;
    const char *name = link.path.constData() + nameOffset;
    struct stat existing { };
    if (::fstatat(folder, name, &existing, AT_SYMLINK_NOFOLLOW) == 0)
        ::unlinkat(folder, name, S_ISDIR(existing.st_mode) ? AT_REMOVEDIR : 0); // an empty folder only
    int error = 0;
    if (::symlinkat(link.target.constData(), folder, name) != 0) {
        error = errno;
    } else {
        static const bool asRoot = ::geteuid() == 0;
        if (asRoot)
            ::fchownat(folder, name, uid_t(link.metadata.uid), gid_t(link.metadata.gid), AT_SYMLINK_NOFOLLOW);
        const timespec times[2]
            = {{0, UTIME_OMIT}, {link.metadata.mtimeNs / 1'000'000'000, link.metadata.mtimeNs % 1'000'000'000}};
        ::utimensat(folder, name, times, AT_SYMLINK_NOFOLLOW);
    }
    ::close(folder);
    return error;
}
} // namespace

void makeLinks(const TargetFolder &target, const RestorePlan &plan, bool refuseOutside, RestoreSummary &summary,
               JobContext &context)
{
    std::vector<const PlannedLink *> made;
    for (const PlannedLink &link : plan.links) {
        if (const int error = makeLink(target, link); error != 0) {
            context.warn(QFile::decodeName(link.path),
                         Text::tr("Skipped: the link cannot be made in its place (%1).").arg(systemErrorText(error)));
            ++summary.skippedEntries;
            continue;
        }
        made.push_back(&link);
        ++summary.symlinks;
    }
    if (!refuseOutside)
        return;
    // Only now that all exist can a chain (s/up -> .., s/out -> up/../elsewhere) be resolved.
    for (const PlannedLink *link : made) {
        if (!target.leadsOutside(link->path))
            continue;
        context.warn(QFile::decodeName(link->path),
                     Text::tr("Skipped: the link leads outside the restored folder through other links (\"%1\"), and "
                              "--no-outside-links refuses such links.")
                         .arg(QFile::decodeName(link->target)));
        if (!target.removeBeneath(link->path))
            context.warn(QFile::decodeName(link->path),
                         Text::tr("The refused link cannot be removed again: %1.").arg(systemErrorText(errno)));
        --summary.symlinks;
        ++summary.skippedEntries;
    }
}

} // namespace Semina::Vault
