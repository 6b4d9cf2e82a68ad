#include "wizards/shipping/ShippingJobPage.h"

#include "importjob/Deadlines.h"
#include "offline/PublishSettings.h"
#include "widgets/FormFields.h"
#include "wizards/prepareserver/PrepareServerWizard.h"
#include "wizards/shipping/ShippingDetailsWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace Semina::Ui {

using Offline::ImportJobState;

// The chosen job as the service has it, with the service it came from.
struct ShippingJobPage::Found {
    Offline::JobTarget target;
    std::shared_ptr<Offline::ImportService> service;
    Offline::ServiceJob job;
    Offline::ServiceDescription description;
};

ShippingJobPage::ShippingJobPage(ShippingDetailsWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_local(new QRadioButton(tr("A job of &this computer (the one that wrote the seed)"), this))
    , m_localJobs(new QComboBox(this))
    , m_staged(new QRadioButton(tr("A job from a &staging location (prepared on another computer)"), this))
    , m_staging(new QLineEdit(this))
    , m_browseStaging(new QPushButton(tr("B&rowse..."), this))
    , m_stagedJobs(new QComboBox(this))
    , m_publishSettings(new QLineEdit(this))
    , m_browsePublishSettings(new QPushButton(tr("Brows&e..."), this))
    , m_subscription(new QComboBox(this))
    , m_why(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_again(new QPushButton(tr("Look up &again"), this))
{
    setTitle(tr("Import job"));
    setSubTitle(tr("Choose the import job whose drives you are shipping. Its state comes from the import "
                   "service."));
    m_local->setObjectName(QStringLiteral("jobOfThisComputer"));
    m_localJobs->setObjectName(QStringLiteral("localJob"));
    m_localJobs->setAccessibleName(tr("Import jobs of this computer"));
    m_staged->setObjectName(QStringLiteral("jobFromStaging"));
    m_staging->setObjectName(QStringLiteral("stagingLocation"));
    m_staging->setAccessibleName(tr("Staging location"));
    m_staging->setPlaceholderText(tr("A local folder, or \\\\server\\share\\folder"));
    m_browseStaging->setObjectName(QStringLiteral("browseStaging"));
    m_browseStaging->setAccessibleName(tr("Browse for the staging location"));
    m_stagedJobs->setObjectName(QStringLiteral("stagingJob"));
    m_stagedJobs->setAccessibleName(tr("Import jobs in the staging location"));
    m_publishSettings->setObjectName(QStringLiteral("publishSettingsFile"));
    m_publishSettings->setAccessibleName(tr("Publish settings file"));
    m_browsePublishSettings->setObjectName(QStringLiteral("browsePublishSettings"));
    m_browsePublishSettings->setAccessibleName(tr("Browse for the publish settings file"));
    m_subscription->setObjectName(QStringLiteral("subscriptionId"));
    m_subscription->setAccessibleName(tr("Subscription"));
    m_why->setObjectName(QStringLiteral("publishSettingsWhy"));
    m_why->setWordWrap(true);
    m_why->setText(tr("This computer did not write the seed, so it needs the publish settings file of the job's "
                      "subscription (the one the backup was initiated with) to reach the import service."));
    m_busy->setObjectName(QStringLiteral("jobLookup"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Looking up the job"));
    m_busy->hide();
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_again->setObjectName(QStringLiteral("lookUpAgain"));
    m_again->hide();

    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_staged);

    const auto caption = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *layout = new QGridLayout(this);
    layout->setColumnMinimumWidth(0, 20);
    layout->addWidget(m_local, 0, 0, 1, 4);
    layout->addWidget(caption(tr("&Job:"), m_localJobs), 1, 1);
    layout->addWidget(m_localJobs, 1, 2, 1, 2);
    layout->addWidget(m_staged, 2, 0, 1, 4);
    layout->addWidget(caption(tr("Staging &location:"), m_staging), 3, 1);
    layout->addWidget(m_staging, 3, 2);
    layout->addWidget(m_browseStaging, 3, 3);
    layout->addWidget(caption(tr("J&ob:"), m_stagedJobs), 4, 1);
    layout->addWidget(m_stagedJobs, 4, 2, 1, 2);
    layout->addWidget(m_why, 5, 1, 1, 3);
    layout->addWidget(caption(tr("&Publish settings file:"), m_publishSettings), 6, 1);
    layout->addWidget(m_publishSettings, 6, 2);
    layout->addWidget(m_browsePublishSettings, 6, 3);
    layout->addWidget(caption(tr("S&ubscription:"), m_subscription), 7, 1);
    layout->addWidget(m_subscription, 7, 2, 1, 2);
    layout->addWidget(m_busy, 8, 0, 1, 4);
    layout->addWidget(m_status, 9, 0, 1, 4);
    layout->addWidget(m_again, 10, 0, 1, 2, Qt::AlignLeft);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(11, 1);

    setTabOrder(m_local, m_localJobs);
    setTabOrder(m_localJobs, m_staged);
    setTabOrder(m_staged, m_staging);
    setTabOrder(m_staging, m_browseStaging);
    setTabOrder(m_browseStaging, m_stagedJobs);
    setTabOrder(m_stagedJobs, m_publishSettings);
    setTabOrder(m_publishSettings, m_browsePublishSettings);
    setTabOrder(m_browsePublishSettings, m_subscription);

    registerField(QStringLiteral("stagingLocation"), m_staging);
    registerField(QStringLiteral("publishSettingsFile"), m_publishSettings);

    m_typing.setSingleShot(true);
    m_typing.setInterval(400);
    connect(&m_typing, &QTimer::timeout, this, &ShippingJobPage::scanStaging);
    connect(m_local, &QRadioButton::toggled, this, [this]() {
        updateEnabled();
        fetch();
    });
    connect(m_localJobs, &QComboBox::currentIndexChanged, this, &ShippingJobPage::fetch);
    connect(m_staging, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_stagedJobs, &QComboBox::currentIndexChanged, this, &ShippingJobPage::readPublishSettings);
    connect(m_publishSettings, &QLineEdit::textChanged, this, &ShippingJobPage::readPublishSettings);
    connect(m_subscription, &QComboBox::currentIndexChanged, this, &ShippingJobPage::fetch);
    connect(m_again, &QPushButton::clicked, this, &ShippingJobPage::fetch);
    connect(m_browseStaging, &QPushButton::clicked, this, [this]() { browseForStagingLocation(m_staging); });
    connect(m_browsePublishSettings, &QPushButton::clicked, this,
            [this]() { browseForPublishSettings(m_publishSettings); });
}

void ShippingJobPage::initializePage()
{
    fillLocalJobs();
    const QSettings settings;
    const auto remembered = [&settings](const char *technician, const char *operatorKey) {
        const QString value = settings.value(QLatin1String(technician)).toString();
        return value.isEmpty() ? settings.value(QLatin1String(operatorKey)).toString() : value;
    };
    if (m_publishSettings->text().isEmpty())
        m_publishSettings->setText(
            remembered(ShippingSettings::kPublishSettingsFile, OperatorSettings::kPublishSettingsFile));
    // This computer's jobs first; without one waiting (or the preselected one), a staging location.
    const bool local = m_localJobs->count() > 0
        && (m_wizard->preselectedJob().isEmpty()
            || m_localJobs->currentData().toString() == m_wizard->preselectedJob());
    (local ? m_local : m_staged)->setChecked(true);
    if (m_staging->text().isEmpty())
        m_staging->setText(remembered(ShippingSettings::kStagingLocation, OperatorSettings::kStagingLocation));
    updateEnabled();
    scanStaging();
    fetch();
}

void ShippingJobPage::fillLocalJobs()
{
    m_localTargets.clear();
    const QSignalBlocker blocker(m_localJobs);
    m_localJobs->clear();
    const auto jobs = m_wizard->services()->jobs.list();
    int chosen = -1;
    bool named = false;
    for (const Offline::ImportJob &job : jobs ? *jobs : QList<Offline::ImportJob>()) {
        // Waiting for shipping details, or shipped (to see what was committed); a named job whatever
        // its state, so that its state is explained.
        const bool isNamed = job.name.compare(m_wizard->preselectedJob(), Qt::CaseInsensitive) == 0;
        if (!isNamed && job.state != ImportJobState::Creating && job.state != ImportJobState::Shipping)
            continue;
        m_localTargets.append(job);
        m_localJobs->addItem(tr("%1 (%2)").arg(job.name, Offline::stateLabel(job.state)), job.name);
        // The named job, else the first one waiting for its shipping details.
        if (isNamed || (!named && chosen < 0 && job.state == ImportJobState::Creating))
            chosen = int(m_localTargets.size()) - 1;
        named = named || isNamed;
    }
    m_localJobs->setCurrentIndex(qMax(0, chosen));
    if (m_localJobs->count() == 0) {
        m_localJobs->addItem(tr("No job of this computer waits for shipping details"));
        m_localJobs->setCurrentIndex(0);
    }
}

void ShippingJobPage::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_local->setEnabled(!m_localTargets.isEmpty());
    m_localJobs->setEnabled(local && !m_localTargets.isEmpty());
    for (QWidget *widget : std::initializer_list<QWidget *>{m_staging, m_browseStaging, m_stagedJobs, m_publishSettings,
                                                            m_browsePublishSettings, m_why})
        widget->setEnabled(!local);
    m_subscription->setEnabled(!local && m_subscription->count() > 1);
}

void ShippingJobPage::scanStaging()
{
    if (m_scanRunner.isRunning()) {
        m_rescan = true;
        return;
    }
    const QString staging = m_staging->text().trimmed();
    m_scanRunner.run<QList<Offline::JobTarget>>(
        [staging](JobContext &) -> Result<QList<Offline::JobTarget>> {
            // A network share may answer slowly: read the manifests on the worker.
            return staging.isEmpty() ? QList<Offline::JobTarget>() : Offline::jobsInStaging(staging);
        },
        [this](Result<QList<Offline::JobTarget>> found) {
            if (m_rescan) {
                m_rescan = false;
                scanStaging();
                return;
            }
            m_stagedTargets = found ? *found : QList<Offline::JobTarget>();
            const QSignalBlocker blocker(m_stagedJobs);
            m_stagedJobs->clear();
            for (const Offline::JobTarget &target : std::as_const(m_stagedTargets)) {
                m_stagedJobs->addItem(target.job, target.job);
                if (target.job.compare(m_wizard->preselectedJob(), Qt::CaseInsensitive) == 0)
                    m_stagedJobs->setCurrentIndex(m_stagedJobs->count() - 1);
            }
            readPublishSettings();
        });
}

void ShippingJobPage::readPublishSettings()
{
    // The seed's own file where this computer has it; otherwise the one the technician gives.
    const int index = m_stagedJobs->currentIndex();
    const Offline::JobTarget seed = index >= 0 ? m_stagedTargets.value(index) : Offline::JobTarget{};
    if (!seed.publishSettingsFile.isEmpty() && QFileInfo(seed.publishSettingsFile).isFile()
        && !QFileInfo(m_publishSettings->text().trimmed()).isFile()) {
        m_publishSettings->setText(seed.publishSettingsFile); // comes back here through textChanged
        return;
    }
    const QSignalBlocker blocker(m_subscription);
    m_subscription->clear();
    const QString path = m_publishSettings->text().trimmed();
    if (QFileInfo(path).isFile()) {
        // A small XML file: read where it is typed, as the operator's wizards do.
        if (auto settings = Offline::PublishSettings::read(path)) {
            for (const Offline::PublishSubscription &subscription : settings->subscriptions) {
                m_subscription->addItem(tr("%1 (%2)").arg(subscription.name, subscription.id), subscription.id);
                if (subscription.id.compare(seed.subscriptionId, Qt::CaseInsensitive) == 0)
                    m_subscription->setCurrentIndex(m_subscription->count() - 1);
            }
        }
    }
    updateEnabled();
    fetch();
}

Offline::JobTarget ShippingJobPage::currentTarget() const
{
    if (m_local->isChecked()) {
        const int index = m_localJobs->currentIndex();
        if (index < 0 || index >= m_localTargets.size())
            return {};
        const Offline::ImportJob &job = m_localTargets.at(index);
        return {job.name, job.publishSettingsFile, job.subscriptionId};
    }
    const int index = m_stagedJobs->currentIndex();
    if (index < 0 || index >= m_stagedTargets.size())
        return {};
    Offline::JobTarget target = m_stagedTargets.at(index);
    const QString file = m_publishSettings->text().trimmed();
    target.publishSettingsFile = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    if (m_subscription->currentIndex() >= 0)
        target.subscriptionId = m_subscription->currentData().toString();
    return target;
}

bool ShippingJobPage::sameTarget(const Offline::JobTarget &a, const Offline::JobTarget &b)
{
    return a.job == b.job && a.publishSettingsFile == b.publishSettingsFile && a.subscriptionId == b.subscriptionId;
}

void ShippingJobPage::fetch()
{
    if (m_fetchRunner.isRunning()) {
        m_refetch = true;
        return;
    }
    m_found.reset();
    m_problem.clear();
    m_again->hide();
    const Offline::JobTarget target = currentTarget();
    if (target.job.isEmpty()) {
        if (m_local->isChecked())
            m_problem = tr("This computer has no import job waiting for shipping details: choose the staging "
                           "location of the job's seed below.");
        else if (m_staging->text().trimmed().isEmpty())
            m_problem = tr("Give the staging location the seed was written to: its jobs are listed from it.");
        else if (!m_scanRunner.isRunning())
            m_problem = tr("The staging location \"%1\" holds no seed of an import job: choose the folder the "
                           "seed was written to.")
                            .arg(QDir::toNativeSeparators(m_staging->text().trimmed()));
        showFound();
        return;
    }
    if (target.publishSettingsFile.isEmpty() || !QFileInfo(target.publishSettingsFile).isFile()) {
        m_problem = tr("Give the publish settings file of job \"%1\": there is none at \"%2\".")
                        .arg(target.job, QDir::toNativeSeparators(target.publishSettingsFile));
        showFound();
        return;
    }
    m_busy->show();
    m_status->setText(tr("Looking up import job \"%1\" in the import service...").arg(target.job));
    Q_EMIT completeChanged();
    std::shared_ptr<ServerServices> services = m_wizard->services();
    m_fetchRunner.run<std::shared_ptr<Found>>(
        [services, target](JobContext &) -> Result<std::shared_ptr<Found>> {
            auto service = Offline::openJobService(target, services->secrets);
            if (!service)
                return fail(service.error());
            auto job = (*service)->job(target.job);
            if (!job)
                return fail(job.error());
            auto description = (*service)->description();
            if (!description)
                return fail(description.error());
            return std::make_shared<Found>(
                Found{target, std::shared_ptr<Offline::ImportService>(std::move(*service)), *job, *description});
        },
        [this](Result<std::shared_ptr<Found>> found) {
            m_busy->hide();
            if (m_refetch) {
                // The choice changed while this one was looked up.
                m_refetch = false;
                fetch();
                return;
            }
            if (found) {
                m_found = *found;
            } else {
                m_problem = found.error().message;
                // A seed whose drives are not prepared has no job in the service yet.
                if (found.error().code == ErrorCode::NotFound)
                    m_problem += QLatin1Char('\n')
                        + tr("If the drives of this job are not prepared yet, prepare them first with \"Prepare "
                             "drives\" in the main window: that creates the job.");
                m_again->show();
            }
            showFound();
        });
}

void ShippingJobPage::showFound()
{
    if (!m_found) {
        m_status->setText(m_problem);
        Q_EMIT completeChanged();
        return;
    }
    const Offline::ServiceJob &job = m_found->job;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString deadline = Offline::deadlineHeadline(Offline::deadlineFor(job), now);
    QStringList lines;
    if (job.state == ImportJobState::Creating) {
        lines << tr("Import job \"%1\" is %2: %n drive(s) prepared, waiting for the shipping details.", nullptr,
                    int(job.request.drives.size()))
                     .arg(job.name(), Offline::stateLabel(job.state));
    } else if (job.state == ImportJobState::Shipping && job.shipping) {
        const Offline::DeliveryPackage &package = job.shipping->package;
        lines << tr("Import job \"%1\" is already %2: its shipping details were committed on %3 (carrier %4, "
                    "tracking number %5, shipped on %6).")
                     .arg(job.name(), Offline::stateLabel(job.state),
                          QLocale().toString(job.stateChanged.toLocalTime(), QLocale::ShortFormat), package.carrier,
                          package.trackingNumber, QLocale().toString(package.shipDate, QLocale::ShortFormat));
    } else {
        lines << tr("Import job \"%1\" is %2: shipping details can be entered only while a job is Creating.")
                     .arg(job.name(), Offline::stateLabel(job.state));
    }
    if (!deadline.isEmpty())
        lines << deadline;
    if (job.state != ImportJobState::Creating)
        lines << tr("Nothing is left to enter here: \"Import status\" in the main window follows the job.");
    m_status->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ShippingJobPage::isComplete() const
{
    return m_found && !m_fetchRunner.isRunning() && m_found->job.state == ImportJobState::Creating
        && sameTarget(m_found->target, currentTarget());
}

int ShippingJobPage::nextId() const
{
    return int(ShippingDetailsWizard::PageId::Package);
}

bool ShippingJobPage::validatePage()
{
    m_wizard->target = m_found->target;
    m_wizard->service = m_found->service;
    m_wizard->serviceJob = m_found->job;
    m_wizard->description = m_found->description;
    const int drives = int(m_found->job.request.drives.size());
    m_wizard->validator.emplace(m_found->description.carriers, drives, QDate::currentDate());
    // One package holds every drive of the job.
    m_wizard->details.package.driveCount = drives;
    if (m_staged->isChecked()) {
        QSettings settings;
        settings.setValue(QLatin1String(ShippingSettings::kStagingLocation), m_staging->text().trimmed());
        settings.setValue(QLatin1String(ShippingSettings::kPublishSettingsFile), m_found->target.publishSettingsFile);
    }
    return true;
}

} // namespace Semina::Ui
