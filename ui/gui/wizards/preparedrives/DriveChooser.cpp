#include "wizards/preparedrives/DriveChooser.h"

#include "devices/DriveDiscovery.h"
#include "drives/DriveOpener.h"
#include "widgets/PathBrowser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace Semina::Ui {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void paintRed(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
}

} // namespace

DriveChooser::DriveChooser(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_folder(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_eraseRow(new QWidget(this))
    , m_eraseQuestion(new QLabel(m_eraseRow))
    , m_eraseName(new QLineEdit(m_eraseRow))
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("driveList"));
    m_list->setAccessibleName(tr("Drives plugged in"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Drive"), tr("Model"), tr("Serial"), tr("Size"), tr("Connection"), tr("Mounted at")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *listLabel = new QLabel(tr("&Drives plugged in:"), this);
    listLabel->setBuddy(m_list);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDrives"));
    refresh->setAccessibleName(tr("List the drives again"));

    m_folder->setObjectName(QStringLiteral("driveFolder"));
    m_folder->setAccessibleName(tr("Use a folder as the drive"));
    m_folder->setPlaceholderText(tr("A drive mounted by the system, or any folder"));
    auto *folderLabel = new QLabel(tr("Or use a f&older:"), this);
    folderLabel->setBuddy(m_folder);
    auto *browse = new QPushButton(tr("Bro&wse..."), this);
    browse->setObjectName(QStringLiteral("browseDriveFolder"));
    browse->setAccessibleName(tr("Browse for a folder to use as the drive"));

    m_message->setObjectName(QStringLiteral("driveMessage"));
    m_message->setWordWrap(true);
    m_eraseQuestion->setObjectName(QStringLiteral("eraseQuestion"));
    m_eraseQuestion->setWordWrap(true);
    paintRed(m_eraseQuestion);
    m_eraseName->setObjectName(QStringLiteral("eraseConfirmation"));
    m_eraseName->setAccessibleName(tr("The drive's name, typed to confirm erasing it"));
    m_eraseQuestion->setBuddy(m_eraseName);
    auto *eraseLayout = new QVBoxLayout(m_eraseRow);
    eraseLayout->setContentsMargins(0, 0, 0, 0);
    eraseLayout->addWidget(m_eraseQuestion);
    eraseLayout->addWidget(m_eraseName);
    m_eraseRow->setObjectName(QStringLiteral("eraseRow"));
    m_eraseRow->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    layout->addWidget(listLabel, 0, 0, 1, 2);
    layout->addWidget(refresh, 0, 2);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(folderLabel, 2, 0);
    layout->addWidget(m_folder, 2, 1);
    layout->addWidget(browse, 2, 2);
    layout->addWidget(m_message, 3, 0, 1, 3);
    layout->addWidget(m_eraseRow, 4, 0, 1, 3);
    layout->setRowStretch(1, 1);
    setTabOrder(refresh, m_list);
    setTabOrder(m_list, m_folder);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_eraseName);

    // A drive plugged in or removed adds or removes its node in /dev (sysfs sends no such
    // events); a burst of changes (a disk and its partitions) is listed once.
    m_settle->setSingleShot(true);
    m_settle->setInterval(500);
    if (QFileInfo(QStringLiteral("/dev")).isDir())
        m_watcher->addPath(QStringLiteral("/dev"));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, &DriveChooser::refresh);
    connect(refresh, &QPushButton::clicked, this, &DriveChooser::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DriveChooser::listChosen);
    connect(m_folder, &QLineEdit::textChanged, this, &DriveChooser::folderTyped);
    connect(browse, &QPushButton::clicked, this, &DriveChooser::browseFolder);
    connect(m_eraseName, &QLineEdit::textChanged, this, &DriveChooser::readyChanged);
}

void DriveChooser::setContext(const QString &staging, const QString &job)
{
    m_staging = staging;
    m_job = job;
}

void DriveChooser::refresh()
{
    if (m_discovery.isRunning()) {
        m_discoverAgain = true;
        return;
    }
    const QString staging = m_staging;
    m_discovery.run<QList<Devices::DriveCandidate>>(
        [staging](JobContext &) { return Devices::discoverDrives(staging); },
        [this](Result<QList<Devices::DriveCandidate>> drives) {
            if (m_discoverAgain) {
                m_discoverAgain = false;
                refresh();
                return;
            }
            if (drives)
                showDrives(*drives);
            else
                m_message->setText(drives.error().message);
        });
}

void DriveChooser::showDrives(const QList<Devices::DriveCandidate> &drives)
{
    const QString chosen = m_list->currentItem() && m_list->currentItem()->isSelected()
        ? m_list->currentItem()->data(0, Qt::UserRole).toString()
        : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Devices::DriveCandidate &drive : drives) {
        // The disk the system runs from is never offered, not even as a refused line.
        if (drive.isRefusedFor(QStringLiteral("system-disk")))
            continue;
        auto *item = new QTreeWidgetItem(m_list,
                                         {drive.name, drive.model, drive.serial, dataSize(drive.size), drive.transport,
                                          drive.mountPoints.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, drive.path);
        const QStringList reasons = Devices::DriveCandidate::texts(drive.usable() ? drive.warnings : drive.refusals);
        for (int column = 0; column < m_list->columnCount(); ++column) {
            item->setToolTip(column, reasons.join(QLatin1Char('\n')));
            if (!drive.usable())
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (drive.path == chosen)
            m_list->setCurrentItem(item);
    }
    if (!chosen.isEmpty() && !m_list->currentItem())
        listChosen(); // the chosen drive went away
}

QString DriveChooser::chosenPath() const
{
    if (!m_folder->text().trimmed().isEmpty())
        return m_folder->text().trimmed();
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void DriveChooser::listChosen()
{
    if (m_list->currentItem() && m_list->currentItem()->isSelected() && !m_folder->text().isEmpty()) {
        const QSignalBlocker blocker(m_folder);
        m_folder->clear();
    }
    inspect();
}

void DriveChooser::folderTyped()
{
    if (!m_folder->text().isEmpty()) {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    inspect();
}

void DriveChooser::inspect()
{
    m_inspected.reset();
    m_inspectedPath.clear();
    m_eraseRow->hide();
    m_eraseName->clear();
    Q_EMIT readyChanged();
    if (m_inspection.isRunning()) {
        m_inspectAgain = true;
        return;
    }
    const QString path = chosenPath();
    if (path.isEmpty()) {
        m_message->clear();
        return;
    }
    m_message->setText(tr("Checking %1...").arg(QDir::toNativeSeparators(path)));
    const QString staging = m_staging;
    const QString job = m_job;
    m_inspection.run<Inspection>(
        [path, staging, job](JobContext &) -> Result<Inspection> {
            auto drive = Devices::inspectDrive(path, staging);
            if (!drive)
                return fail(drive.error());
            Inspection inspection{*drive, false};
            if (drive->usable()) {
                auto erase = Drives::mustErase(*drive, job);
                if (!erase)
                    return fail(erase.error());
                inspection.mustErase = *erase;
            }
            return inspection;
        },
        [this, path](Result<Inspection> inspection) {
            if (m_inspectAgain) {
                m_inspectAgain = false;
                inspect();
                return;
            }
            showInspection(path, inspection);
        });
}

void DriveChooser::showInspection(const QString &path, const Result<Inspection> &inspection)
{
    m_inspectedPath = path;
    QPalette palette = this->palette();
    m_message->setPalette(palette);
    if (!inspection) {
        paintRed(m_message);
        m_message->setText(inspection.error().message);
    } else if (!inspection->drive.usable()) {
        paintRed(m_message);
        m_message->setText(tr("%1 cannot be used: %2")
                               .arg(inspection->drive.name,
                                    Devices::DriveCandidate::texts(inspection->drive.refusals).join(QLatin1Char(' '))));
    } else {
        const Devices::DriveCandidate &drive = inspection->drive;
        QStringList lines{tr("%1: %2, %3.").arg(drive.name, Devices::kindLabel(drive.kind), dataSize(drive.size))};
        for (const QString &warning : Devices::DriveCandidate::texts(drive.warnings))
            lines << tr("Warning: %1").arg(warning);
        m_message->setText(lines.join(QLatin1Char('\n')));
        m_inspected = *inspection;
        if (inspection->mustErase) {
            m_eraseQuestion->setText(
                tr("Preparing %1 erases everything on it. Type &its name, %1, to confirm:").arg(drive.name));
            m_eraseRow->show();
        }
    }
    Q_EMIT readyChanged();
}

bool DriveChooser::isReady() const
{
    if (!m_inspected || m_inspectedPath != chosenPath())
        return false;
    return !m_inspected->mustErase || m_eraseName->text() == m_inspected->drive.name;
}

PrepareDrivesWizard::DriveChoice DriveChooser::choice() const
{
    if (!isReady())
        return {};
    return {m_inspectedPath, m_inspected->drive.name, m_inspected->mustErase};
}

void DriveChooser::browseFolder()
{
    browseInto(m_folder, tr("Folder to use as the drive"), QFileDialog::Directory);
}

} // namespace Semina::Ui
