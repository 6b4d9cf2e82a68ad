#include "store/local/FolderLayout.h"

#include <QCoreApplication>
#include <QFile>

namespace Semina::Store::Local::FolderLayout {

namespace {
bool keptAsIs(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == ' ' || c >= 0x80;
}
} // namespace

QByteArray encodePart(QStringView part)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = part.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (keptAsIs(c) && !(i == 0 && c == '.')) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QString decodePart(QByteArrayView component)
{
    if (component.isEmpty() || component.startsWith('.'))
        return {};
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component.toByteArray()));
}

Result<QString> relativePath(const QString &name)
{
    const QList<QStringView> parts = QStringView(name).split(u'/');
    QByteArray path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray component = encodePart(parts[i]);
        if (i + 1 < parts.size())
            component += kFolderSuffix;
        if (component.size() > kMaxComponentBytes)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Semina::Store::Local",
                                                    "The object name \"%1\" cannot be kept in a folder: its part "
                                                    "\"%2\" needs %3 bytes on disk, more than the %4 a file "
                                                    "name may have. Use shorter parts between the slashes.")
                            .arg(name.left(200), parts[i].left(80).toString())
                            .arg(component.size())
                            .arg(kMaxComponentBytes));
        if (!path.isEmpty())
            path += '/';
        path += component;
    }
    return QFile::decodeName(path);
}

} // namespace Semina::Store::Local::FolderLayout
