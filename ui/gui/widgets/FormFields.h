#pragma once

class QLabel;
class QLineEdit;
class QString;
class QWidget;

namespace Semina::Ui {

// What the wizards' forms share.

// The message under a field: dark red, word-wrapped, hidden until the field has a problem, its
// room for `lines` lines kept while hidden so that showing it does not move the fields below.
QLabel *newFieldProblem(QWidget *parent, const QString &objectName, int lines);

// Browse buttons: a file dialog opened with open(), never exec() (the wizard's event loop keeps
// running behind it), that writes the choice into `edit`.
void browseForStagingLocation(QLineEdit *edit);
void browseForPublishSettings(QLineEdit *edit);

} // namespace Semina::Ui
