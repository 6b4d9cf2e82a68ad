#include "NamedArguments.h"

#include <QCoreApplication>

namespace Semina::Cli {

Result<NamedArguments> NamedArguments::parse(const QStringList &arguments, const QList<Name> &known)
{
    QStringList accepted;
    for (const Name &name : known)
        accepted.append(QStringLiteral("%1:VALUE (--%2)").arg(name.original, name.longOption));
    const QString list = accepted.join(QStringLiteral(", "));

    NamedArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const Name *match = nullptr;
        QString value;
        if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            const QString option = argument.mid(2, equals < 0 ? -1 : equals - 2);
            for (const Name &name : known) {
                if (name.longOption == option)
                    match = &name;
            }
            if (match && equals >= 0) {
                value = argument.mid(equals + 1);
            } else if (match) {
                if (i + 1 >= arguments.size())
                    return fail(
                        ErrorCode::Usage,
                        QCoreApplication::translate("Semina::Cli::NamedArguments", "The option %1 needs a value.")
                            .arg(argument));
                value = arguments[++i];
            }
        } else if (const qsizetype colon = argument.indexOf(QLatin1Char(':')); colon > 0) {
            // Split at the first colon: a value may hold more (C:\path).
            const QString key = argument.left(colon);
            for (const Name &name : known) {
                if (name.original.compare(key, Qt::CaseInsensitive) == 0)
                    match = &name;
            }
            value = argument.mid(colon + 1);
        }
        if (!match)
            return fail(ErrorCode::Usage,
                        QCoreApplication::translate("Semina::Cli::NamedArguments",
                                                    "Unknown argument \"%1\": this action takes %2.")
                            .arg(argument, list));
        if (value.isEmpty())
            return fail(ErrorCode::Usage,
                        QCoreApplication::translate("Semina::Cli::NamedArguments", "The argument \"%1\" has no value.")
                            .arg(argument));
        parsed.m_values.insert(match->original.toLower(), value);
    }
    return parsed;
}

} // namespace Semina::Cli
