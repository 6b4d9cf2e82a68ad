#include "wizards/preparedrives/StagingPage.h"

#include "importjob/StagedJob.h"
#include "offline/Certificate.h"
#include "widgets/PathBrowser.h"
#include "wizards/preparedrives/PrepareDrivesWizard.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Semina::Ui {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    label->setPalette(palette);
    return label;
}

} // namespace

StagingPage::StagingPage(PrepareDrivesWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_location(new QLineEdit(this))
    , m_certificateRow(new QWidget(this))
    , m_certificate(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_seeds(new QTreeWidget(this))
    , m_publishRow(new QWidget(this))
    , m_publishReason(new QLabel(this))
    , m_publishSettings(new QLineEdit(this))
    , m_publishProblem(problemLabel(this, QStringLiteral("publishSettingsProblem")))
    , m_typing(new QTimer(this))
{
    setTitle(tr("Staging location"));
    setSubTitle(tr("Where the offline backup wrote the seed: a folder of this computer or a network share."));

    m_location->setObjectName(QStringLiteral("stagingLocation"));
    m_location->setAccessibleName(tr("Staging location"));
    m_location->setPlaceholderText(tr("A local folder, or \\\\server\\share\\folder"));
    auto *locationLabel = new QLabel(tr("&Staging location:"), this);
    locationLabel->setBuddy(m_location);
    auto *browse = new QPushButton(tr("B&rowse..."), this);
    browse->setObjectName(QStringLiteral("browseStaging"));
    browse->setAccessibleName(tr("Browse for the staging location"));

    // Only on a copy computer without the seed server's identity: the signatures need its certificate.
    m_certificate->setObjectName(QStringLiteral("certificateFile"));
    m_certificate->setAccessibleName(tr("Seed server's certificate"));
    auto *certificateLabel = new QLabel(tr("Seed server's &certificate:"), m_certificateRow);
    certificateLabel->setBuddy(m_certificate);
    auto *browseCertificate = new QPushButton(tr("Br&owse..."), m_certificateRow);
    browseCertificate->setObjectName(QStringLiteral("browseCertificate"));
    browseCertificate->setAccessibleName(tr("Browse for the seed server's certificate"));
    auto *certificateExplanation
        = new QLabel(tr("This computer has no offline certificate to check the seeds' signatures with. Choose the "
                        "certificate file (.cer) exported on the server that wrote the seed."),
                     m_certificateRow);
    certificateExplanation->setWordWrap(true);
    auto *certificateLayout = new QGridLayout(m_certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(certificateExplanation, 0, 0, 1, 3);
    certificateLayout->addWidget(certificateLabel, 1, 0);
    certificateLayout->addWidget(m_certificate, 1, 1);
    certificateLayout->addWidget(browseCertificate, 1, 2);
    m_certificateRow->setObjectName(QStringLiteral("certificateRow"));
    m_certificateRow->hide();

    m_status->setObjectName(QStringLiteral("stagingStatus"));
    m_status->setWordWrap(true);
    auto *seedsLabel = new QLabel(tr("&Import jobs found there:"), this);
    seedsLabel->setBuddy(m_seeds);
    m_seeds->setObjectName(QStringLiteral("seedList"));
    m_seeds->setAccessibleName(tr("Import jobs in the staging location"));
    m_seeds->setRootIsDecorated(false);
    m_seeds->setHeaderLabels({tr("Import job"), tr("State"), tr("Size"), tr("Source computer")});
    m_seeds->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Another computer than the seed's source: the job's service is reached with its publish settings.
    m_publishReason->setObjectName(QStringLiteral("publishSettingsReason"));
    m_publishReason->setWordWrap(true);
    m_publishSettings->setObjectName(QStringLiteral("publishSettingsFile"));
    m_publishSettings->setAccessibleName(tr("Publish settings file"));
    auto *publishLabel = new QLabel(tr("&Publish settings file:"), m_publishRow);
    publishLabel->setBuddy(m_publishSettings);
    auto *browsePublish = new QPushButton(tr("Brows&e..."), m_publishRow);
    browsePublish->setObjectName(QStringLiteral("browsePublishSettings"));
    browsePublish->setAccessibleName(tr("Browse for the publish settings file"));
    auto *publishLayout = new QGridLayout(m_publishRow);
    publishLayout->setContentsMargins(0, 0, 0, 0);
    publishLayout->addWidget(m_publishReason, 0, 0, 1, 3);
    publishLayout->addWidget(publishLabel, 1, 0);
    publishLayout->addWidget(m_publishSettings, 1, 1);
    publishLayout->addWidget(browsePublish, 1, 2);
    publishLayout->addWidget(m_publishProblem, 2, 1, 1, 2);
    m_publishRow->setObjectName(QStringLiteral("publishSettingsRow"));
    m_publishRow->hide();

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(locationLabel);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(locationRow);
    layout->addWidget(m_certificateRow);
    layout->addWidget(seedsLabel);
    layout->addWidget(m_seeds, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_publishRow);
    setTabOrder(m_location, browse);
    setTabOrder(browse, m_certificate);
    setTabOrder(m_certificate, browseCertificate);
    setTabOrder(browseCertificate, m_seeds);
    setTabOrder(m_seeds, m_publishSettings);
    setTabOrder(m_publishSettings, browsePublish);

    // The listing follows the typing, once it pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &StagingPage::list);
    connect(m_location, &QLineEdit::textChanged, this, &StagingPage::scheduleListing);
    connect(m_certificate, &QLineEdit::textChanged, this, &StagingPage::scheduleListing);
    connect(m_seeds, &QTreeWidget::itemSelectionChanged, this, &StagingPage::seedChosen);
    connect(m_publishSettings, &QLineEdit::textChanged, this, &StagingPage::checkPublishSettings);
    connect(browse, &QPushButton::clicked, this, &StagingPage::browseStaging);
    connect(browseCertificate, &QPushButton::clicked, this, &StagingPage::browseCertificate);
    connect(browsePublish, &QPushButton::clicked, this, &StagingPage::browsePublishSettings);
}

void StagingPage::initializePage()
{
    if (!m_location->text().isEmpty())
        return;
    // The technician's last staging location, else the one the offline backup wrote to here.
    QSettings settings;
    QString remembered = settings.value(QLatin1String(PrepareDrivesWizard::kStagingSetting)).toString();
    if (remembered.isEmpty())
        remembered = settings.value(QLatin1String(OperatorSettings::kStagingLocation)).toString();
    m_location->setText(remembered);
}

void StagingPage::scheduleListing()
{
    m_typing->start();
}

void StagingPage::list()
{
    if (m_runner.isRunning()) {
        m_listAgain = true;
        m_runner.cancel();
        return;
    }
    const QString staging = m_location->text().trimmed();
    const QString certificateFile = m_certificate->text().trimmed();
    m_seeds->clear();
    m_publishRow->hide();
    if (staging.isEmpty()) {
        m_status->setText(tr("Type or browse to the staging location the seed was written to."));
        Q_EMIT completeChanged();
        return;
    }
    m_status->setText(tr("Looking for import jobs in %1...").arg(QDir::toNativeSeparators(staging)));
    std::shared_ptr<ServerServices> services = m_wizard->services();
    m_runner.run<Listing>(
        [staging, certificateFile, services](JobContext &) -> Result<Listing> {
            Listing listing;
            std::optional<Offline::Certificate> certificate;
            if (!certificateFile.isEmpty()) {
                QFile file(certificateFile);
                if (!file.open(QIODevice::ReadOnly)) {
                    listing.noCertificate = true;
                    listing.problem = tr("The certificate \"%1\" cannot be read: %2.")
                                          .arg(QDir::toNativeSeparators(certificateFile), file.errorString());
                    return listing;
                }
                auto parsed = Offline::Certificate::fromDer(file.readAll());
                if (!parsed) {
                    listing.noCertificate = true;
                    listing.problem = parsed.error().prefixed(QDir::toNativeSeparators(certificateFile)).message;
                    return listing;
                }
                certificate = *parsed;
            } else if (auto identity = services->identity.load(); identity) {
                certificate = identity->certificate;
            } else {
                listing.noCertificate = true;
                listing.problem = tr("Choose the seed server's certificate to check the seeds' signatures.");
                return listing;
            }
            auto seeds = Drives::listStagedSeeds(staging, *certificate);
            if (!seeds) {
                listing.problem = seeds.error().message;
                return listing;
            }
            listing.seeds = *seeds;
            if (auto names = services->jobs.names(); names)
                listing.localJobs = *names;
            return listing;
        },
        [this](Result<Listing> listing) {
            if (m_listAgain) {
                m_listAgain = false;
                list();
                return;
            }
            if (listing)
                showListing(*listing);
        });
}

void StagingPage::showListing(const Listing &listing)
{
    m_listing = listing;
    m_certificateRow->setVisible(listing.noCertificate || !m_certificate->text().isEmpty());
    m_seeds->clear();
    QTreeWidgetItem *first = nullptr; // the first seed still to copy, else the first ready one
    QTreeWidgetItem *firstReady = nullptr;
    for (const Drives::StagedSeed &seed : listing.seeds) {
        QString state;
        if (!seed.ready)
            state = tr("Not ready: %1").arg(seed.problem);
        else if (seed.drivesPrepared)
            state = tr("Drives prepared (signature checked)");
        else if (seed.drivesFinished > 0)
            state
                = tr("%n drive(s) prepared: continue with the next (signature checked)", nullptr, seed.drivesFinished);
        else
            state = tr("Ready to copy (signature checked)");
        const Offline::SeedManifest &manifest = seed.seed.manifest;
        auto *item = new QTreeWidgetItem(
            m_seeds, {seed.job, state, seed.ready ? dataSize(manifest.seedBytes()) : QString(), manifest.sourceHost});
        item->setData(0, Qt::UserRole, seed.job);
        item->setToolTip(1, state);
        if (!seed.ready)
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        else if (!first && !seed.drivesPrepared)
            first = item;
        if (seed.ready && !firstReady)
            firstReady = item;
    }
    m_status->setText(listing.problem);
    if (first || firstReady)
        m_seeds->setCurrentItem(first ? first : firstReady);
    seedChosen();
}

const Drives::StagedSeed *StagingPage::chosenSeed() const
{
    const QTreeWidgetItem *item = m_seeds->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    for (const Drives::StagedSeed &seed : m_listing.seeds)
        if (seed.ready && seed.job == item->data(0, Qt::UserRole).toString())
            return &seed;
    return nullptr;
}

bool StagingPage::sourceComputer() const
{
    const Drives::StagedSeed *seed = chosenSeed();
    return seed && m_listing.localJobs.contains(seed->job, Qt::CaseInsensitive);
}

void StagingPage::seedChosen()
{
    const Drives::StagedSeed *seed = chosenSeed();
    m_publishRow->setVisible(seed && !sourceComputer());
    if (seed && !sourceComputer()) {
        const Offline::OfflineBackupForm &form = seed->seed.manifest.form;
        m_publishReason->setText(
            tr("The import job \"%1\" was not created on this computer (it was on %2), so Semina needs the publish "
               "settings file of its subscription %3 to create the import job once the drives are prepared.")
                .arg(seed->job, seed->seed.manifest.sourceHost, form.subscriptionId));
        if (m_publishSettings->text().isEmpty() && QFileInfo::exists(form.publishSettingsFile))
            m_publishSettings->setText(form.publishSettingsFile);
        checkPublishSettings();
    }
    if (seed && seed->drivesPrepared)
        m_status->setText(tr("The drives of \"%1\" are all prepared already.").arg(seed->job));
    Q_EMIT completeChanged();
}

void StagingPage::checkPublishSettings()
{
    const Drives::StagedSeed *seed = chosenSeed();
    m_publishSettingsValid = false;
    m_publishProblem->clear();
    if (seed && !m_publishSettings->text().trimmed().isEmpty()) {
        const auto checked = Offline::checkJobPublishSettings(m_publishSettings->text().trimmed(),
                                                              seed->seed.manifest.form.subscriptionId);
        m_publishSettingsValid = checked.has_value();
        if (!checked)
            m_publishProblem->setText(checked.error().message);
    }
    Q_EMIT completeChanged();
}

bool StagingPage::isComplete() const
{
    const Drives::StagedSeed *seed = chosenSeed();
    return seed && !m_runner.isRunning() && (sourceComputer() || m_publishSettingsValid);
}

bool StagingPage::validatePage()
{
    const Drives::StagedSeed *seed = chosenSeed();
    if (!seed)
        return false;
    m_wizard->seed = *seed;
    DrivesSession &session = m_wizard->session();
    // A network path (\\server\share) is kept as typed: it is the name the share is reached by.
    const QString staging = m_location->text().trimmed();
    session.staging = QDir::isAbsolutePath(staging) ? QDir::cleanPath(staging) : staging;
    session.job = seed->job;
    session.jobFolder = seed->jobFolder;
    const Offline::OfflineBackupForm &form = seed->seed.manifest.form;
    session.publishSettingsFile = sourceComputer() ? form.publishSettingsFile : m_publishSettings->text().trimmed();
    session.subscriptionId = form.subscriptionId;
    QSettings().setValue(QLatin1String(PrepareDrivesWizard::kStagingSetting), m_location->text().trimmed());
    return true;
}

int StagingPage::nextId() const
{
    // Every drive prepared already: straight on to what follows the copy (its record is checked).
    const Drives::StagedSeed *seed = chosenSeed();
    if (seed && seed->drivesPrepared)
        return int(PrepareDrivesWizard::PageId::Preparing);
    return int(PrepareDrivesWizard::PageId::Plan);
}

void StagingPage::browseStaging()
{
    browseInto(m_location, tr("Staging location"), QFileDialog::Directory);
}

void StagingPage::browseCertificate()
{
    browseInto(m_certificate, tr("Seed server's certificate"), QFileDialog::ExistingFile,
               tr("Certificates (*.cer);;All files (*)"));
}

void StagingPage::browsePublishSettings()
{
    browseInto(m_publishSettings, tr("Publish settings file"), QFileDialog::ExistingFile,
               tr("Publish settings (*.publishsettings);;All files (*)"));
}

} // namespace Semina::Ui
