#pragma once

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Semina::Papers {
struct RecoveryPasswordSheet;
}

namespace Semina::Ui {

struct DrivesSession;

// "Recovery passwords": the password of each drive this wizard finished, shown once (the only
// time it exists outside the technician's notes), with Copy, Save to file (owner-only, never on
// a drive) and Print; Next waits until the technician confirms they are stored away from the
// drives. Drives finished by an earlier run get no password here: the page says where it went
// and why a lost one locks nothing out. The passwords are wiped from the session when the wizard
// closes.
class RecoveryPasswordsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RecoveryPasswordsPage(DrivesSession &session, QWidget *parent = nullptr);
    ~RecoveryPasswordsPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    [[nodiscard]] Papers::RecoveryPasswordSheet sheet() const;
    void showDrives();
    void copy();
    void chooseFile();
    void save(const QString &path);
    void print();
    void forgetPasswords();

    DrivesSession &m_session;
    QLabel *m_introduction;
    QScrollArea *m_scroll;
    QWidget *m_drives; // one block per drive finished now
    QVBoxLayout *m_driveList;
    QWidget *m_actions;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_print;
    QLabel *m_status;
    QCheckBox *m_stored;
    std::unique_ptr<QPrinter> m_printer;
    QString m_copied; // what Copy put on the clipboard, taken off it again when the wizard closes
    bool m_watchingWizard = false;
};

} // namespace Semina::Ui
