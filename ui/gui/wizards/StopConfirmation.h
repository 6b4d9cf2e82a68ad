#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Semina {
class JobRunner;
}

namespace Semina::Ui {

// Cancel pressed while a wizard's job writes something: asks whether to stop (the question
// says what is kept and how to go on). On "Stop and close" the job is cancelled and `close` is
// called once it has ended cleanly; "Keep writing" leaves everything as it was. Not modal to
// the event loop (QMessageBox::open).
void confirmStopAndClose(QWidget *wizard, JobRunner &runner, const QString &question, std::function<void()> close);

} // namespace Semina::Ui
