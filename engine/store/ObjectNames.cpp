#include "store/ObjectNames.h"

#include <QCoreApplication>

namespace Semina::Store {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Store::ObjectNames)
};
} // namespace

Result<> checkContainerName(const QString &container)
{
    const auto refuse = [&](const QString &why) {
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a valid container name: %2 Container names have 3 to 63 characters: "
                             "lower-case letters, digits and single hyphens, starting with a letter or digit.")
                        .arg(container, why));
    };
    if (container.size() < 3 || container.size() > 63)
        return refuse(QCoreApplication::translate("Semina::Store::ObjectNames", "it has %n character(s).", nullptr,
                                                  int(container.size())));
    for (const QChar c : container) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return refuse(Text::tr("it contains \"%1\".").arg(c));
    }
    if (container.startsWith(u'-') || container.endsWith(u'-'))
        return refuse(Text::tr("it starts or ends with a hyphen."));
    if (container.contains(QLatin1String("--")))
        return refuse(Text::tr("it has two hyphens in a row."));
    return {};
}

Result<> checkObjectName(const QString &name)
{
    const auto refuse = [&](const QString &why) {
        // Control characters in the name would garble the message, so they are escaped.
        QString shown;
        for (const QChar c : name)
            shown += c.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')) : c;
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a valid object name: %2").arg(shown.left(200), why));
    };
    if (name.isEmpty())
        return fail(ErrorCode::InvalidInput, Text::tr("An object name is empty: every object needs a name."));
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() > kMaxObjectNameBytes)
        return refuse(Text::tr("it is %1 bytes long; names may have at most %2 bytes of UTF-8.")
                          .arg(utf8.size())
                          .arg(kMaxObjectNameBytes));
    for (const QChar c : name) {
        if (c.unicode() == 0)
            return refuse(Text::tr("it contains a NUL character."));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return refuse(Text::tr("it contains a control character."));
        if (c == u'\\')
            return refuse(Text::tr("it contains a backslash; use \"/\" to separate folders."));
    }
    if (name.startsWith(u'/'))
        return refuse(Text::tr("it starts with \"/\"; names are relative to their container."));
    if (name.endsWith(u'/'))
        return refuse(Text::tr("it ends with \"/\"."));
    for (const QStringView part : QStringView(name).split(u'/')) {
        if (part.isEmpty())
            return refuse(Text::tr("it contains \"//\"."));
        if (part == u"." || part == u"..")
            return refuse(Text::tr("it contains \"%1\" as a folder; names cannot leave their container.").arg(part));
    }
    if (QString::fromUtf8(utf8) != name)
        return refuse(Text::tr("it is not valid Unicode."));
    return {};
}

} // namespace Semina::Store
