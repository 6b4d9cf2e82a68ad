#include "wizards/preparedrives/RecoveryPasswordsPage.h"

#include "RecoveryPasswordSheet.h"
#include "core/AtomicFile.h"
#include "widgets/ErrorDialog.h"
#include "wizards/preparedrives/DrivesSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace Semina::Ui {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// Whether `path` lies on `root` (a drive's root folder or mount point), so the file would travel
// with the drive it opens.
bool isInside(const QString &path, const QString &root)
{
    if (root.isEmpty())
        return false;
    const QString folder = QDir::cleanPath(QFileInfo(root).absoluteFilePath()) + QLatin1Char('/');
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(folder);
}

} // namespace

RecoveryPasswordsPage::RecoveryPasswordsPage(DrivesSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_introduction(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_drives(new QWidget)
    , m_driveList(new QVBoxLayout(m_drives))
    , m_actions(new QWidget(this))
    , m_copy(new QPushButton(tr("&Copy"), m_actions))
    , m_save(new QPushButton(tr("&Save to file..."), m_actions))
    , m_print(new QPushButton(tr("&Print..."), m_actions))
    , m_status(new QLabel(this))
    , m_stored(new QCheckBox(tr("I have stored them &away from the drives"), this))
{
    setTitle(tr("Recovery passwords"));
    m_introduction->setObjectName(QStringLiteral("recoveryPasswordsIntroduction"));
    m_introduction->setWordWrap(true);
    m_introduction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drives->setObjectName(QStringLiteral("recoveryPasswordDrives"));
    m_copy->setObjectName(QStringLiteral("copyRecoveryPasswords"));
    m_save->setObjectName(QStringLiteral("saveRecoveryPasswords"));
    m_print->setObjectName(QStringLiteral("printRecoveryPasswords"));
    m_status->setObjectName(QStringLiteral("recoveryPasswordsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stored->setObjectName(QStringLiteral("recoveryPasswordsStored"));
    m_copy->setAccessibleName(tr("Copy the recovery passwords"));
    m_save->setAccessibleName(tr("Save the recovery passwords to a file"));
    m_print->setAccessibleName(tr("Print the recovery passwords"));

    m_scroll->setObjectName(QStringLiteral("recoveryPasswordScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_drives);
    m_driveList->setContentsMargins(0, 0, 0, 0);

    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_print);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introduction);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_actions);
    layout->addWidget(m_status);
    layout->addWidget(m_stored);
    layout->addStretch(0); // keeps the text at the top when there are no passwords to show
    setTabOrder(m_copy, m_save);
    setTabOrder(m_save, m_print);
    setTabOrder(m_print, m_stored);
    registerField(QStringLiteral("recoveryPasswordsStored"), m_stored);

    connect(m_copy, &QPushButton::clicked, this, &RecoveryPasswordsPage::copy);
    connect(m_save, &QPushButton::clicked, this, &RecoveryPasswordsPage::chooseFile);
    connect(m_print, &QPushButton::clicked, this, &RecoveryPasswordsPage::print);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryPasswordsPage::completeChanged);
}

RecoveryPasswordsPage::~RecoveryPasswordsPage()
{
    // The session may be gone already (the wizard's members die before its child pages); only
    // what this page holds itself is wiped here.
    m_copied.fill(QLatin1Char('0'));
}

void RecoveryPasswordsPage::initializePage()
{
    if (!m_watchingWizard && wizard()) {
        // Closed, finished or cancelled: the passwords go with the wizard.
        connect(wizard(), &QDialog::finished, this, &RecoveryPasswordsPage::forgetPasswords);
        m_watchingWizard = true;
    }
    m_status->clear();
    showDrives();
}

void RecoveryPasswordsPage::showDrives()
{
    while (QLayoutItem *item = m_driveList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<Drives::FinishedDrive> &finished = m_session.finishedNow;
    const bool any = !finished.isEmpty();
    m_scroll->setVisible(any);
    m_actions->setVisible(any);
    m_stored->setVisible(any);
    setSubTitle(any ? tr("Each drive has its own recovery password. It opens the drive without this computer: "
                         "write it down, print it or save it now, and keep it apart from the drives.")
                    : tr("No drive was finished in this run, so there is no recovery password to show."));
    if (!any) {
        const int earlier = int(m_session.prepared.size());
        m_introduction->setText(
            tr("The %n drive(s) of this job were finished by an earlier run of the preparation, which showed "
               "their recovery passwords then; Semina keeps no copy of them.",
               nullptr, earlier)
            + QStringLiteral("\n\n")
            + tr("If they were lost, nothing is locked out: each drive's key also stays in this computer's "
                 "keychain, the import job takes it from there to the receiving station, and \"semina-cli drive "
                 "verify --drive PATH\" checks a drive with it. A recovery password is needed only to open a "
                 "drive without this computer."));
        Q_EMIT completeChanged();
        return;
    }
    m_introduction->setText(tr("Shown only this once: Semina keeps no copy. The drive keys also stay in this "
                               "computer's keychain."));
    const QFont fixed = [] {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        return font;
    }();
    for (const Drives::FinishedDrive &drive : finished) {
        const int sequence = drive.drive.sequence;
        auto *box
            = new QGroupBox(tr("Drive %1 of %2: %3").arg(sequence).arg(drive.drive.count).arg(drive.name), m_drives);
        box->setObjectName(QStringLiteral("recoveryPasswordDrive%1").arg(sequence));
        auto *form = new QFormLayout(box);
        auto *id = selectableLabel(drive.drive.driveId, box);
        id->setObjectName(QStringLiteral("driveId%1").arg(sequence));
        form->addRow(tr("Drive id:"), id);
        auto *serial = selectableLabel(drive.drive.serial.isEmpty() ? tr("(none)") : drive.drive.serial, box);
        serial->setObjectName(QStringLiteral("driveSerial%1").arg(sequence));
        form->addRow(tr("Serial:"), serial);
        auto *password = selectableLabel(drive.recoveryPassword, box);
        password->setObjectName(QStringLiteral("recoveryPassword%1").arg(sequence));
        password->setFont(fixed);
        password->setWordWrap(false);
        password->setAccessibleName(tr("Recovery password of drive %1").arg(sequence));
        form->addRow(tr("Recovery password:"), password);
        m_driveList->addWidget(box);
    }
    m_driveList->addStretch(1);
    Q_EMIT completeChanged();
}

bool RecoveryPasswordsPage::isComplete() const
{
    return m_session.finishedNow.isEmpty() || m_stored->isChecked();
}

Papers::RecoveryPasswordSheet RecoveryPasswordsPage::sheet() const
{
    return {m_session.job, m_session.finishedNow, QDateTime::currentDateTime()};
}

void RecoveryPasswordsPage::copy()
{
    m_copied = QString::fromUtf8(sheet().text());
    QGuiApplication::clipboard()->setText(m_copied);
    m_status->setText(tr("Copied. Paste them where they are kept away from the drives, then clear the clipboard; "
                         "Semina clears it when this wizard closes."));
}

void RecoveryPasswordsPage::chooseFile()
{
    const QString name = tr("%1-recovery-passwords.txt").arg(m_session.job);
    auto *dialog = new QFileDialog(this, tr("Save the recovery passwords"), QDir::home().filePath(name),
                                   tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("recoveryPasswordsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    connect(dialog, &QFileDialog::fileSelected, this, &RecoveryPasswordsPage::save);
    dialog->open();
}

void RecoveryPasswordsPage::save(const QString &path)
{
    for (const Drives::FinishedDrive &drive : std::as_const(m_session.finishedNow)) {
        if (isInside(path, drive.root)) {
            showError(this,
                      {ErrorCode::InvalidInput,
                       tr("%1 is on drive %2 (%3): a password saved on the drive it opens protects nothing. "
                          "Choose a place away from the drives.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(drive.drive.sequence)
                           .arg(drive.name)},
                      title());
            return;
        }
    }
    if (auto written = writeFileAtomically(path, sheet().text(), FileAccess::OwnerOnly); !written) {
        showError(this, written.error(), title());
        return;
    }
    m_status->setText(tr("Saved to %1, readable only by you. Keep that file away from the drives: not on them, "
                         "not in the staging location, not in the package.")
                          .arg(QDir::toNativeSeparators(path)));
}

void RecoveryPasswordsPage::print()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_printer->setFullPage(true);
    }
    m_printer->setDocName(tr("Recovery passwords: import job %1").arg(m_session.job));
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("recoveryPasswordsPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the recovery passwords"));
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_printer->setFullPage(true);
        if (auto printed = sheet().paint(*m_printer); !printed) {
            showError(this, printed.error(), title());
            return;
        }
        m_status->setText(tr("Sent to the printer. Keep the sheet away from the drives."));
    });
    dialog->open();
}

void RecoveryPasswordsPage::forgetPasswords()
{
    for (Drives::FinishedDrive &drive : m_session.finishedNow) {
        drive.recoveryPassword.fill(QLatin1Char('0'));
        drive.recoveryPassword.clear();
    }
    for (QLabel *label : m_drives->findChildren<QLabel *>())
        if (label->objectName().startsWith(QLatin1String("recoveryPassword")))
            label->clear();
    if (!m_copied.isEmpty() && QGuiApplication::clipboard() && QGuiApplication::clipboard()->text() == m_copied)
        QGuiApplication::clipboard()->clear();
    m_copied.fill(QLatin1Char('0'));
    m_copied.clear();
}

} // namespace Semina::Ui
