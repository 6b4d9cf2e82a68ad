#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Semina::Cli {

// Arguments as the original Azure tools take them, `Key:value` (keys in any case), and as long
// options, `--key value` or `--key=value`, so a command copied from the original's
// documentation works unchanged.
class NamedArguments {
public:
    struct Name {
        QString original; // e.g. "SubscriptionId"
        QString longOption; // e.g. "subscription-id", without the dashes
    };

    // Usage error naming the argument when it is not one of `known` or lacks its value.
    static Result<NamedArguments> parse(const QStringList &arguments, const QList<Name> &known);

    // The value given for the argument named `original`; empty when it was not given.
    [[nodiscard]] QString value(const QString &original) const { return m_values.value(original.toLower()); }
    [[nodiscard]] bool has(const QString &original) const { return m_values.contains(original.toLower()); }

private:
    QHash<QString, QString> m_values; // by lower-case original name
};

} // namespace Semina::Cli
