#pragma once

#include "Workflow.h"

#include <QMainWindow>
#include <QPointer>

#include <QWizard>

namespace Semina::Ui {

// Lists the six workflows; each opens its wizard. Only one wizard is open at a time.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The wizard opened last, while it is open (for tests and screenshots).
    [[nodiscard]] QWizard *currentWizard() const { return m_wizard; }

public Q_SLOTS:
    QWizard *openWorkflow(Semina::Ui::Workflow workflow);

private:
    void showAbout();

    QPointer<QWizard> m_wizard;
};

} // namespace Semina::Ui
