#include "widgets/PathBrowser.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>

namespace Semina::Ui {

void browseInto(QLineEdit *edit, const QString &title, QFileDialog::FileMode mode, const QString &nameFilter)
{
    const QString current = edit->text().trimmed();
    const QString start = mode == QFileDialog::Directory || current.isEmpty() ? current : QFileInfo(current).path();
    auto *dialog = new QFileDialog(edit->window(), title, start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(mode);
    if (mode == QFileDialog::Directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    if (!nameFilter.isEmpty())
        dialog->setNameFilter(nameFilter);
    QObject::connect(dialog, &QFileDialog::fileSelected, edit,
                     [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

} // namespace Semina::Ui
