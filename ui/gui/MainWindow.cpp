#include "MainWindow.h"

#include "Icons.h"
#include "UiLogging.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QWizard>

namespace Semina::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Semina"));
    setWindowIcon(applicationIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *heading
        = new QLabel(tr("Seed the first backup on encrypted drives, then keep it current over the network."), central);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    int number = 1;
    for (const Workflow workflow : allWorkflows()) {
        //: %1 is the step number, %2 the workflow's name
        auto *button = new QCommandLinkButton(tr("%1. %2").arg(number++).arg(workflowTitle(workflow)),
                                              workflowSummary(workflow), central);
        button->setObjectName(QStringLiteral("workflow-") + workflowId(workflow));
        button->setAccessibleName(workflowTitle(workflow));
        button->setIcon(workflowIcon(workflow));
        button->setIconSize(QSize(32, 32));
        connect(button, &QCommandLinkButton::clicked, this, [this, workflow]() { openWorkflow(workflow); });
        layout->addWidget(button);
    }
    layout->addStretch();
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Semina"), this, &MainWindow::showAbout);

    resize(660, 460);
}

QWizard *MainWindow::openWorkflow(Workflow workflow)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    qCDebug(lcUiWizard) << "opening the workflow" << workflowId(workflow);
    m_wizard = createWizard(workflow, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    m_wizard->show();
    return m_wizard;
}

void MainWindow::showAbout()
{
    // open(), not exec(): no nested event loop.
    auto *about
        = new QMessageBox(QMessageBox::NoIcon, tr("About Semina"),
                          tr("<p><b>Semina %1</b></p><p>Seeds a large first backup by shipping encrypted drives, then "
                             "keeps the backup current over the network.</p>")
                              .arg(QStringLiteral(SEMINA_VERSION)),
                          QMessageBox::Ok, this);
    about->setObjectName(QStringLiteral("aboutBox"));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setIconPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    about->open();
}

} // namespace Semina::Ui
