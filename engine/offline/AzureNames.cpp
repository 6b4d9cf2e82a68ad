#include "offline/AzureNames.h"

#include <QRegularExpression>

namespace Semina::Offline::AzureNames {

namespace {
bool matches(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(pattern);
    return expression.match(text).hasMatch();
}
} // namespace

bool isGuid(const QString &text)
{
    return matches(text,
                   QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
}

bool isStorageAccountName(const QString &text)
{
    return matches(text, QStringLiteral("^[a-z0-9]{3,24}$"));
}

bool isContainerName(const QString &text)
{
    // Azure also rejects a trailing hyphen; the length is checked apart for a readable pattern.
    return text.size() >= 3 && text.size() <= 63
        && matches(text, QStringLiteral("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*$"));
}

bool isImportJobName(const QString &text)
{
    return matches(text, QStringLiteral("^[A-Za-z0-9_-]{3,64}$"));
}

} // namespace Semina::Offline::AzureNames
