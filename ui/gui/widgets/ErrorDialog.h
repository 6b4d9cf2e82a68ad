#pragma once

#include "core/Error.h"

class QMessageBox;
class QWidget;

namespace Semina::Ui {

// Shows an engine error as a window-modal message box with the message a person can act on
// and the technical trail under "Show Details...". Opened with open(), never exec(): the
// wizard's event loop keeps running and nothing is lost behind the box.
// Returns the box (deleted when closed) so callers and tests can follow it.
QMessageBox *showError(QWidget *parent, const Error &error, const QString &title = {});

} // namespace Semina::Ui
