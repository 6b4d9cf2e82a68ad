#pragma once

#include <QFileDialog>
#include <QString>

class QLineEdit;

namespace Semina::Ui {

// "Browse...": a file dialog opened window-modal next to `edit` (QFileDialog::open, no nested
// event loop), starting where the field points; the chosen path is written into the field.
// `mode` is Directory for a folder (folders only shown) or ExistingFile with `nameFilter`.
void browseInto(QLineEdit *edit, const QString &title, QFileDialog::FileMode mode, const QString &nameFilter = {});

} // namespace Semina::Ui
