#pragma once

#include "core/Error.h"

#include <QStringList>

#include <functional>

namespace Semina::Ui {

// Renders the main window and every wizard page into PNG files in `folder`, named
// `<language>-<window>-<page>.png`. Used by `./run.sh screenshots` to keep docs/screenshots/
// current; it needs a QApplication with the language installed and its event loop running.
// The operator's wizards are filled and their jobs run for real, in a throw-away data folder
// (the settings folder and the keychain are the caller's: run.sh gives throw-away ones).
// `done` receives the written paths when the tour ends.
void startScreenshotTour(const QString &folder, const QString &language, std::function<void(Result<QStringList>)> done);

} // namespace Semina::Ui
