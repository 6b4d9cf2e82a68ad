#pragma once

#include "core/Error.h"

#include <QStringList>

namespace Semina::Ui {

// Renders the main window and every wizard page into PNG files in `folder`, named
// `<language>-<window>-<page>.png`, and returns their paths. Used by `./run.sh screenshots`
// to keep docs/screenshots/ current; it needs a QApplication with the language installed.
Result<QStringList> takeScreenshots(const QString &folder, const QString &language);

} // namespace Semina::Ui
