#include "widgets/ErrorDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Semina::Ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Ui::ErrorDialog)
};
} // namespace

QMessageBox *showError(QWidget *parent, const Error &error, const QString &title)
{
    const bool cancelled = error.code == ErrorCode::Cancelled;
    auto *box = new QMessageBox(cancelled ? QMessageBox::Information : QMessageBox::Warning,
                                title.isEmpty() ? Text::tr("Semina") : title, error.message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QString details = errorCodeName(error.code);
    if (!error.details.isEmpty())
        details += QStringLiteral("\n") + error.details;
    box->setDetailedText(details);
    box->open();
    return box;
}

} // namespace Semina::Ui
