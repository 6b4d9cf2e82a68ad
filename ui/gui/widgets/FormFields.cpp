#include "widgets/FormFields.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

namespace Semina::Ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Ui::FormFields)
};
} // namespace

QLabel *newFieldProblem(QWidget *parent, const QString &objectName, int lines)
{
    auto *problem = new QLabel(parent);
    problem->setObjectName(objectName);
    problem->setWordWrap(true);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    problem->setPalette(palette);
    problem->setMinimumHeight(lines * problem->fontMetrics().lineSpacing());
    problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy policy = problem->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    problem->setSizePolicy(policy);
    problem->hide();
    return problem;
}

void browseForStagingLocation(QLineEdit *edit)
{
    auto *dialog = new QFileDialog(edit, Text::tr("Choose the staging location"), edit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, edit,
                     [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void browseForPublishSettings(QLineEdit *edit)
{
    auto *dialog = new QFileDialog(edit, Text::tr("Choose the publish settings file"), QFileInfo(edit->text()).path(),
                                   Text::tr("Publish settings (*.publishsettings);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

} // namespace Semina::Ui
