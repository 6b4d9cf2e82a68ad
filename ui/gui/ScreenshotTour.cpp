#include "ScreenshotTour.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWizard>

namespace Semina::Ui {

namespace {

Result<QString> save(QWidget &widget, const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Ui::ScreenshotTour",
                                                "Could not write the screenshot %1: check that the "
                                                "folder is writable.")
                        .arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace

Result<QStringList> takeScreenshots(const QString &folder, const QString &language)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::Ui::ScreenshotTour", "Could not create the folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    QStringList written;
    MainWindow window;
    window.show();
    auto shot = save(window, dir, language + QStringLiteral("-main"));
    if (!shot)
        return fail(shot.error());
    written << *shot;

    for (const Workflow workflow : allWorkflows()) {
        QWizard *wizard = window.openWorkflow(workflow);
        int pageNumber = 1;
        // Visit the pages a wizard lets us reach without input; pages that need input are
        // captured by the GUI tests that fill them.
        for (;;) {
            const QString name = QStringLiteral("%1-%2-%3").arg(language, workflowId(workflow)).arg(pageNumber++);
            shot = save(*wizard, dir, name);
            if (!shot)
                return fail(shot.error());
            written << *shot;
            const int before = wizard->currentId();
            if (wizard->nextId() == -1)
                break;
            wizard->next();
            if (wizard->currentId() == before)
                break;
        }
        wizard->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return written;
}

} // namespace Semina::Ui
