#pragma once

#include "core/JobRunner.h"
#include "devices/DriveCandidate.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"

#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace Semina::Ui {

// The drives plugged in now (name, model, serial, size, connection, where mounted), kept up to
// date as drives come and go, or a folder; the chosen one inspected (refusals and warnings
// shown under the list) and, when preparing it erases something, the technician's consent by
// typing its name. The system disk is never listed. Discovery and inspection run on worker
// threads (lsblk may take a while). Used by the Drives page and by the Preparing page when the
// preparation needs the next drive.
class DriveChooser : public QWidget {
    Q_OBJECT

public:
    explicit DriveChooser(QWidget *parent = nullptr);

    // The staging location (its disk is refused) and the job (another job's drive must be erased).
    void setContext(const QString &staging, const QString &job);
    // Lists the drives again now.
    void refresh();

    // A usable drive is chosen and, when it must be erased, its name typed.
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] PrepareDrivesWizard::DriveChoice choice() const;

Q_SIGNALS:
    void readyChanged();

private:
    struct Inspection {
        Devices::DriveCandidate drive;
        bool mustErase = false;
    };

    void showDrives(const QList<Devices::DriveCandidate> &drives);
    void listChosen();
    void folderTyped();
    void inspect();
    void showInspection(const QString &path, const Result<Inspection> &inspection);
    void browseFolder();
    [[nodiscard]] QString chosenPath() const;

    QString m_staging;
    QString m_job;
    QTreeWidget *m_list;
    QLineEdit *m_folder;
    QLabel *m_message;
    QWidget *m_eraseRow;
    QLabel *m_eraseQuestion;
    QLineEdit *m_eraseName;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    JobRunner m_discovery;
    JobRunner m_inspection;
    bool m_discoverAgain = false;
    bool m_inspectAgain = false;
    QString m_inspectedPath; // the path the last inspection is about
    std::optional<Inspection> m_inspected; // its outcome when the drive may be used
};

} // namespace Semina::Ui
