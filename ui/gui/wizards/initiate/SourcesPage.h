#pragma once

#include "core/JobRunner.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Semina::Ui {

class InitiateBackupWizard;
class SourceSelectionModel;

// What to protect: the file system with check boxes, exclusions by name pattern, and the total
// size added up in the background (again after every change). Next waits for the total, which
// also lists what the patterns leave out.
class SourcesPage : public QWizardPage {
    Q_OBJECT

public:
    explicit SourcesPage(InitiateBackupWizard *wizard);

    [[nodiscard]] SourceSelectionModel *model() const { return m_model; }
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    bool validatePage() override;

private:
    void selectionChanged();
    void measure();

    InitiateBackupWizard *m_wizard;
    SourceSelectionModel *m_model;
    QTreeView *m_tree;
    QLineEdit *m_patterns;
    QLabel *m_total;
    QTimer *m_settle;
    JobRunner m_runner;
    bool m_measured = false;
    bool m_measureAgain = false;
    qint64 m_bytes = 0;
    qint64 m_files = 0;
    QStringList m_excludedByPattern;
};

} // namespace Semina::Ui
