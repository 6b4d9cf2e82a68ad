#include "wizards/importstatus/StatusSourcePage.h"

#include "importjob/ImportJobStore.h"
#include "importjob/StagedJob.h"
#include "wizards/importstatus/ImportStatusWizard.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace Semina::Ui {

StatusSourcePage::StatusSourcePage(ImportStatusWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_thisComputer(
          new QRadioButton(tr("The import jobs of &this computer (where the first backup was written)"), this))
    , m_localJobs(new QLabel(this))
    , m_fromStaging(new QRadioButton(tr("The import jobs of a &staging location (at the copy computer)"), this))
    , m_staging(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_stagingStatus(new QLabel(this))
    , m_publishSettingsLabel(new QLabel(tr("&Publish settings:"), this))
    , m_publishSettings(new QLineEdit(this))
    , m_browsePublishSettings(new QPushButton(tr("Br&owse..."), this))
{
    setTitle(tr("Which import jobs"));
    setSubTitle(tr("Semina asks the import service where each job and its drives stand. Choose whose jobs to "
                   "follow."));

    m_thisComputer->setObjectName(QStringLiteral("jobsOfThisComputer"));
    m_localJobs->setObjectName(QStringLiteral("localJobsFound"));
    m_localJobs->setWordWrap(true);
    m_fromStaging->setObjectName(QStringLiteral("jobsOfStaging"));
    m_staging->setObjectName(QStringLiteral("stagingLocation"));
    m_staging->setAccessibleName(tr("Staging location"));
    m_staging->setPlaceholderText(tr("The folder the seeds were written to; a network path works too"));
    m_browse->setObjectName(QStringLiteral("browseStaging"));
    m_browse->setAccessibleName(tr("Browse for the staging location"));
    m_stagingStatus->setObjectName(QStringLiteral("stagingStatus"));
    m_stagingStatus->setWordWrap(true);
    m_stagingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_publishSettings->setObjectName(QStringLiteral("statusPublishSettings"));
    m_publishSettings->setAccessibleName(tr("Publish settings file"));
    m_publishSettings->setPlaceholderText(tr("The .publishsettings file of the jobs' subscription"));
    m_publishSettingsLabel->setBuddy(m_publishSettings);
    m_browsePublishSettings->setObjectName(QStringLiteral("browseStatusPublishSettings"));
    m_browsePublishSettings->setAccessibleName(tr("Browse for the publish settings file"));
    // Asked for only when the seeds name a file this computer does not have (why: the label).
    for (QWidget *widget : {static_cast<QWidget *>(m_publishSettingsLabel), static_cast<QWidget *>(m_publishSettings),
                            static_cast<QWidget *>(m_browsePublishSettings)})
        widget->hide();

    auto *group = new QButtonGroup(this);
    group->addButton(m_thisComputer);
    group->addButton(m_fromStaging);

    auto *stagingLabel = new QLabel(tr("&Folder:"), this);
    stagingLabel->setBuddy(m_staging);

    auto *layout = new QGridLayout(this);
    layout->setColumnMinimumWidth(0, 20);
    layout->addWidget(m_thisComputer, 0, 0, 1, 4);
    layout->addWidget(m_localJobs, 1, 1, 1, 3);
    layout->addWidget(m_fromStaging, 2, 0, 1, 4);
    layout->addWidget(stagingLabel, 3, 1);
    layout->addWidget(m_staging, 3, 2);
    layout->addWidget(m_browse, 3, 3);
    layout->addWidget(m_stagingStatus, 4, 2, 1, 2);
    layout->addWidget(m_publishSettingsLabel, 5, 1);
    layout->addWidget(m_publishSettings, 5, 2);
    layout->addWidget(m_browsePublishSettings, 5, 3);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(6, 1);

    setTabOrder(m_thisComputer, m_fromStaging);
    setTabOrder(m_fromStaging, m_staging);
    setTabOrder(m_staging, m_browse);
    setTabOrder(m_browse, m_publishSettings);
    setTabOrder(m_publishSettings, m_browsePublishSettings);

    registerField(QStringLiteral("statusFromStaging"), m_fromStaging);
    registerField(QStringLiteral("statusStagingLocation"), m_staging);

    connect(m_thisComputer, &QRadioButton::toggled, this, &StatusSourcePage::updateEnabled);
    connect(m_staging, &QLineEdit::textChanged, this, &StatusSourcePage::checkStaging);
    connect(m_browse, &QPushButton::clicked, this, &StatusSourcePage::browse);
    connect(m_publishSettings, &QLineEdit::textChanged, this, &StatusSourcePage::completeChanged);
    connect(m_browsePublishSettings, &QPushButton::clicked, this, &StatusSourcePage::browsePublishSettings);
}

void StatusSourcePage::initializePage()
{
    // A few small files of this computer: read here, unlike the service.
    const auto jobs = m_wizard->services()->jobs.list();
    const int count = jobs ? int(jobs->size()) : 0;
    m_localJobs->setText(jobs ? tr("This computer has %n import job(s).", nullptr, count) : jobs.error().message);

    QSettings settings;
    QString remembered = settings.value(QLatin1String(ImportStatusWizard::kStagingSetting)).toString();
    if (remembered.isEmpty())
        remembered = settings.value(QLatin1String(OperatorSettings::kStagingLocation)).toString();
    if (m_staging->text().isEmpty() && !remembered.isEmpty())
        m_staging->setText(remembered);
    // The copy computer has no jobs of its own: its staging location is what it knows.
    (count > 0 || m_staging->text().isEmpty() ? m_thisComputer : m_fromStaging)->setChecked(true);
    updateEnabled();
}

void StatusSourcePage::updateEnabled()
{
    const bool staging = m_fromStaging->isChecked();
    m_staging->setEnabled(staging);
    m_browse->setEnabled(staging);
    m_stagingStatus->setEnabled(staging);
    m_publishSettings->setEnabled(staging);
    m_browsePublishSettings->setEnabled(staging);
    Q_EMIT completeChanged();
}

void StatusSourcePage::checkStaging()
{
    // The seed manifests only (small files), as Prepare drives reads them.
    const QString path = m_staging->text().trimmed();
    m_stagedJobs = 0;
    m_missingSettings.clear();
    if (path.isEmpty()) {
        m_stagingStatus->clear();
    } else if (!QFileInfo(path).isDir()) {
        m_stagingStatus->setText(tr("There is no folder at this path: choose the staging location the seed was "
                                    "written to."));
    } else {
        QStringList names;
        for (const Offline::JobTarget &target : Offline::jobsInStaging(path)) {
            names << target.job;
            if (!QFileInfo::exists(target.publishSettingsFile)
                && !m_missingSettings.contains(target.publishSettingsFile))
                m_missingSettings << target.publishSettingsFile;
        }
        m_stagedJobs = int(names.size());
        QString text = names.isEmpty()
            ? tr("This folder holds no seed of an import job: choose the staging location the seed was written to.")
            //: %1 lists the jobs' names
            : tr("%n import job(s) found: %1.", nullptr, m_stagedJobs).arg(names.join(QStringLiteral(", ")));
        if (!m_missingSettings.isEmpty())
            //: %1 is a file path (or several)
            text += QLatin1Char(' ')
                + tr("Their seeds name publish settings that are not on this computer (%1): choose the publish "
                     "settings file of their subscription, as the source computer has it.")
                      .arg(QDir::toNativeSeparators(m_missingSettings.join(QStringLiteral(", "))));
        m_stagingStatus->setText(text);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_publishSettingsLabel), static_cast<QWidget *>(m_publishSettings),
                            static_cast<QWidget *>(m_browsePublishSettings)})
        widget->setVisible(!m_missingSettings.isEmpty());
    Q_EMIT completeChanged();
}

void StatusSourcePage::browse()
{
    // open(), not exec(): the wizard's event loop keeps running behind the dialog.
    auto *dialog = new QFileDialog(this, tr("Choose the staging location"), m_staging->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, m_staging, &QLineEdit::setText);
    dialog->open();
}

void StatusSourcePage::browsePublishSettings()
{
    auto *dialog = new QFileDialog(this, tr("Choose the publish settings file"), m_publishSettings->text(),
                                   tr("Publish settings (*.publishsettings);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_publishSettings, &QLineEdit::setText);
    dialog->open();
}

bool StatusSourcePage::isComplete() const
{
    if (m_thisComputer->isChecked())
        return true;
    return m_stagedJobs > 0 && (m_missingSettings.isEmpty() || QFileInfo(m_publishSettings->text().trimmed()).isFile());
}

bool StatusSourcePage::validatePage()
{
    if (m_thisComputer->isChecked()) {
        m_wizard->staging.clear();
        m_wizard->publishSettingsFile.clear();
        return true;
    }
    m_wizard->staging = QFileInfo(m_staging->text().trimmed()).absoluteFilePath();
    m_wizard->publishSettingsFile
        = m_missingSettings.isEmpty() ? QString() : QFileInfo(m_publishSettings->text().trimmed()).absoluteFilePath();
    QSettings().setValue(QLatin1String(ImportStatusWizard::kStagingSetting), m_wizard->staging);
    return true;
}

} // namespace Semina::Ui
