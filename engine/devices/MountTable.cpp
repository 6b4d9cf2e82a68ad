#include "devices/MountTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::MountTable)
};

// mountinfo escapes space, tab, newline and backslash as three octal digits ("\040").
QString unescaped(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && code < 256) {
                out += static_cast<char>(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return QString::fromUtf8(out);
}

Result<QByteArray> readProcFile(const QString &path)
{
    QFile file(path);
    // /proc files report size 0: read until the end.
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("%1 cannot be read: %2. Semina needs /proc mounted.").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QList<MountEntry> parseMountInfo(const QByteArray &text)
{
    QList<MountEntry> mounts;
    for (const QByteArray &line : text.split('\n')) {
        // id parent major:minor root mount-point options [optional fields...] - fstype source super-options
        const QList<QByteArray> fields = line.trimmed().split(' ');
        const qsizetype separator = fields.indexOf(QByteArray("-"));
        if (separator < 6 || separator + 1 >= fields.size())
            continue;
        const QList<QByteArray> numbers = fields[2].split(':');
        if (numbers.size() != 2)
            continue;
        MountEntry mount;
        bool majorOk = false;
        bool minorOk = false;
        mount.major = numbers[0].toInt(&majorOk);
        mount.minor = numbers[1].toInt(&minorOk);
        if (!majorOk || !minorOk)
            continue;
        mount.root = unescaped(fields[3]);
        mount.mountPoint = unescaped(fields[4]);
        mount.readOnly = fields[5].split(',').contains(QByteArray("ro"));
        mount.fsType = unescaped(fields[separator + 1]);
        mount.source = separator + 2 < fields.size() ? unescaped(fields[separator + 2]) : QString();
        mounts << mount;
    }
    return mounts;
}

bool isPseudoFileSystem(const QString &fsType)
{
    static const QSet<QString> pseudo{
        QStringLiteral("proc"),        QStringLiteral("sysfs"),           QStringLiteral("devtmpfs"),
        QStringLiteral("devpts"),      QStringLiteral("tmpfs"),           QStringLiteral("ramfs"),
        QStringLiteral("cgroup"),      QStringLiteral("cgroup2"),         QStringLiteral("securityfs"),
        QStringLiteral("debugfs"),     QStringLiteral("tracefs"),         QStringLiteral("pstore"),
        QStringLiteral("bpf"),         QStringLiteral("mqueue"),          QStringLiteral("hugetlbfs"),
        QStringLiteral("configfs"),    QStringLiteral("fusectl"),         QStringLiteral("binfmt_misc"),
        QStringLiteral("autofs"),      QStringLiteral("overlay"),         QStringLiteral("squashfs"),
        QStringLiteral("nsfs"),        QStringLiteral("efivarfs"),        QStringLiteral("rpc_pipefs"),
        QStringLiteral("nfsd"),        QStringLiteral("selinuxfs"),       QStringLiteral("erofs"),
        QStringLiteral("fuse.portal"), QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("fuse.lxcfs"),
        QStringLiteral("zfs"),
    };
    return pseudo.contains(fsType);
}

QStringList parseSwaps(const QByteArray &text)
{
    QStringList swaps;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (!fields.isEmpty() && !fields.first().isEmpty())
            swaps << unescaped(fields.first());
    }
    return swaps;
}

const MountEntry *mountHolding(const QList<MountEntry> &mounts, const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    const MountEntry *best = nullptr;
    for (const MountEntry &mount : mounts) {
        const QString &point = mount.mountPoint;
        const bool holds = clean == point || point == QLatin1String("/") || clean.startsWith(point + QLatin1Char('/'));
        // The later of two mounts on one point hides the earlier one.
        if (holds && (!best || point.size() >= best->mountPoint.size()))
            best = &mount;
    }
    return best;
}

Result<QList<MountEntry>> readMountTable()
{
    auto text = readProcFile(QStringLiteral("/proc/self/mountinfo"));
    if (!text)
        return fail(text.error());
    return parseMountInfo(*text);
}

Result<QStringList> readSwaps()
{
    if (!QFile::exists(QStringLiteral("/proc/swaps")))
        return QStringList{}; // a kernel without swap support
    auto text = readProcFile(QStringLiteral("/proc/swaps"));
    if (!text)
        return fail(text.error());
    return parseSwaps(*text);
}

} // namespace Semina::Devices
