#include "Corpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Semina::Test {

namespace Corpus {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        data[i] = char(generator.generate());
    return data;
}

QByteArray sourceText(qsizetype size, quint32 seed)
{
    static const char *const words[]
        = {"int",  "return", "const", "auto",  "if", "else", "for", "while", "QString", "Result",
           "fail", "value",  "size",  "count", "(",  ")",    "{",   "}",     ";",       "\n    "};
    QRandomGenerator generator(seed);
    QByteArray text;
    text.reserve(size + 16);
    while (text.size() < size) {
        text += words[generator.bounded(20)];
        text += ' ';
        if (generator.bounded(7) == 0)
            text += QByteArray::number(generator.bounded(1000));
    }
    text.truncate(size);
    return text;
}

QByteArray repeatedRegion(qsizetype regionSize, int copies, quint32 seed)
{
    const QByteArray region = randomBytes(regionSize, seed);
    QRandomGenerator generator(seed + 1);
    QByteArray data;
    for (int i = 0; i < copies; ++i) {
        QByteArray copy = region;
        for (int edit = 0; edit < 3; ++edit)
            copy[generator.bounded(int(copy.size()))] = char(generator.generate());
        data += copy;
    }
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

void makeMixedTree(const QString &root, int smallFiles, qsizetype scale)
{
    const QDir dir(root);
    writeFile(dir.filePath(QStringLiteral("src/main.cpp")), sourceText(scale, 1));
    writeFile(dir.filePath(QStringLiteral("src/lib/vault.cpp")), sourceText(scale / 2, 2));
    writeFile(dir.filePath(QStringLiteral("media/photo.jpg")), randomBytes(scale, 3));
    writeFile(dir.filePath(QStringLiteral("disk.img")), repeatedRegion(scale / 2, 4, 4));
    for (int i = 0; i < smallFiles; ++i)
        writeFile(dir.filePath(QStringLiteral("small/%1/file-%2.txt").arg(i % 10).arg(i)),
                  sourceText(100 + i % 900, quint32(100 + i)));
    writeFile(dir.filePath(QStringLiteral("empty-file")), {});
    dir.mkpath(QStringLiteral("empty/folder"));
    writeFile(dir.filePath(QStringLiteral("names/spaces and ü.txt")), "unicode");
    ::symlink("../src/main.cpp", QFile::encodeName(dir.filePath(QStringLiteral("names/link-to-main"))).constData());
    ::symlink("missing-target", QFile::encodeName(dir.filePath(QStringLiteral("names/dangling"))).constData());
    ::link(QFile::encodeName(dir.filePath(QStringLiteral("src/main.cpp"))).constData(),
           QFile::encodeName(dir.filePath(QStringLiteral("src/main-hardlink.cpp"))).constData());
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("src/lib/vault.cpp"))).constData(), 0640);
    ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("media"))).constData(), 0750);
    const timespec times[2] = {{0, UTIME_OMIT}, {1'600'000'000, 123'456'789}};
    ::utimensat(AT_FDCWD, QFile::encodeName(dir.filePath(QStringLiteral("media/photo.jpg"))).constData(), times, 0);
}

} // namespace Corpus

namespace {
QString describe(const QString &root, const QString &relative)
{
    const QByteArray path = QFile::encodeName(QDir(root).filePath(relative));
    struct stat info { };
    if (::lstat(path.constData(), &info) != 0)
        return QStringLiteral("missing");
    QString text = QStringLiteral("mode %1").arg(info.st_mode, 0, 8);
    if (!S_ISDIR(info.st_mode) || relative != QLatin1String("."))
        text += QStringLiteral(" mtime %1.%2").arg(info.st_mtim.tv_sec).arg(info.st_mtim.tv_nsec);
    if (S_ISDIR(info.st_mode))
        text += QStringLiteral(" folder");
    if (S_ISLNK(info.st_mode)) {
        char target[4096];
        const ssize_t length = ::readlink(path.constData(), target, sizeof(target));
        text += QStringLiteral(" link ") + QString::fromLocal8Bit(target, qsizetype(qMax<ssize_t>(length, 0)));
    }
    if (S_ISREG(info.st_mode)) {
        QFile file(QFile::decodeName(path));
        const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        text += QStringLiteral(" size %1 sha256 %2")
                    .arg(content.size())
                    .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }
    return text;
}

QStringList entries(const QString &root)
{
    QStringList names;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(root).relativeFilePath(it.next());
    names.sort();
    return names;
}
} // namespace

QString compareTrees(const QString &expected, const QString &actual)
{
    const QStringList left = entries(expected);
    const QStringList right = entries(actual);
    if (left != right) {
        for (const QString &name : left) {
            if (!right.contains(name))
                return QStringLiteral("missing in the restore: ") + name;
        }
        for (const QString &name : right) {
            if (!left.contains(name))
                return QStringLiteral("extra in the restore: ") + name;
        }
    }
    for (const QString &name : left) {
        const QString a = describe(expected, name);
        const QString b = describe(actual, name);
        if (a != b)
            return name + QStringLiteral(": expected ") + a + QStringLiteral(", restored ") + b;
    }
    return {};
}

} // namespace Semina::Test
