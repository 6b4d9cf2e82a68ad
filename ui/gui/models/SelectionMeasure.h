#pragma once

#include "core/Error.h"

#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Ui {

// What the sources page's selection holds, once the exclusions are applied.
struct SelectionSize {
    qint64 bytes = 0;
    qint64 files = 0;
    // The absolute paths the patterns left out, for the seed's exclusion list.
    QStringList excludedByPattern;
};

// "*.tmp; node_modules, .cache": patterns on entry names, split on ';' or ','.
QStringList parseExclusionPatterns(const QString &text);

// Walks the checked roots (symbolic links are not followed), skipping the unchecked paths and
// every entry whose name matches a pattern, and adds up the regular files. Meant for the
// JobRunner: progress and cancellation through `context`; unreadable folders are warnings.
Result<SelectionSize> measureSelection(const QStringList &roots, const QStringList &excluded,
                                       const QStringList &patterns, JobContext &context);

} // namespace Semina::Ui
