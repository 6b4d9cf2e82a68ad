#include "wizards/StopConfirmation.h"

#include "core/JobRunner.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Semina::Ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Ui::StopConfirmation)
};
} // namespace

void confirmStopAndClose(QWidget *wizard, JobRunner &runner, const QString &question, std::function<void()> close)
{
    auto *box = new QMessageBox(QMessageBox::Question, wizard->windowTitle(), question, QMessageBox::NoButton, wizard);
    box->setObjectName(QStringLiteral("confirmStop"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(Text::tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("confirmStopYes"));
    box->addButton(Text::tr("&Keep writing"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("confirmStopNo"));
    QObject::connect(box, &QMessageBox::finished, wizard, [wizard, box, stop, &runner, close = std::move(close)]() {
        if (box->clickedButton() != stop)
            return;
        // Closed once the job has stopped cleanly (its journal or lock written, its files kept).
        QObject::connect(&runner, &JobRunner::runningChanged, wizard, [close](bool running) {
            if (!running)
                close();
        });
        runner.cancel();
    });
    box->open();
}

} // namespace Semina::Ui
