#include "wizards/initiate/OfflineFormPage.h"

#include "offline/OfflineRegistry.h"
#include "store/AccountRegistry.h"
#include "widgets/FormFields.h"
#include "wizards/initiate/InitiateBackupWizard.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace Semina::Ui {

using Offline::FormField;

OfflineFormPage::OfflineFormPage(InitiateBackupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_staging(new QLineEdit(this))
    , m_publishSettings(new QLineEdit(this))
    , m_jobName(new QLineEdit(this))
    , m_subscription(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_container(new QLineEdit(this))
    , m_subscriptionNames(new QLabel(this))
    , m_continueRow(new QWidget(this))
{
    setTitle(tr("Offline backup form"));
    setSubTitle(tr("Where the first backup is written, and the import job it travels with."));
    m_subscription->setEditable(true);
    m_subscription->setInsertPolicy(QComboBox::NoInsert);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_staging->setPlaceholderText(tr("A local folder, or \\\\server\\share\\folder"));
    m_subscriptionNames->setObjectName(QStringLiteral("publishSettingsSubscriptions"));
    m_subscriptionNames->setWordWrap(true);

    auto *browseStaging = new QPushButton(tr("B&rowse..."), this);
    browseStaging->setObjectName(QStringLiteral("browseStaging"));
    browseStaging->setAccessibleName(tr("Browse for the staging location"));
    auto *browsePublish = new QPushButton(tr("Brows&e..."), this);
    browsePublish->setObjectName(QStringLiteral("browsePublishSettings"));
    browsePublish->setAccessibleName(tr("Browse for the publish settings file"));

    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(1, 1);
    // Unfinished jobs of this server, each offered to be continued without typing the form again.
    m_continueRow->setObjectName(QStringLiteral("continueJobs"));
    new QHBoxLayout(m_continueRow);
    m_continueRow->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_continueRow, 0, 0, 1, 3);
    // The original's order: staging, publish settings, job, subscription, account, container.
    QWidget *previous = addField(FormField::StagingLocation, tr("&Staging location:"), m_staging,
                                 QStringLiteral("stagingLocation"), browseStaging);
    addField(FormField::PublishSettings, tr("&Publish settings file:"), m_publishSettings,
             QStringLiteral("publishSettingsFile"), browsePublish);
    layout->addWidget(m_subscriptionNames, layout->rowCount(), 1, 1, 2);
    for (QWidget *widget : std::initializer_list<QWidget *>{browseStaging, m_publishSettings, browsePublish}) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    const QList<std::tuple<FormField, QString, QWidget *, QString>> rest{
        {FormField::ImportJobName, tr("Import &job name:"), m_jobName, QStringLiteral("importJobName")},
        {FormField::SubscriptionId, tr("S&ubscription ID:"), m_subscription, QStringLiteral("subscriptionId")},
        {FormField::StorageAccount, tr("Storage &account:"), m_account, QStringLiteral("storageAccount")},
        {FormField::Container, tr("Storage c&ontainer:"), m_container, QStringLiteral("container")}};
    for (const auto &[field, label, editor, name] : rest) {
        addField(field, label, editor, name);
        setTabOrder(previous, editor);
        previous = editor;
    }

    auto *reminder = new QLabel(tr("Keep a note of the staging location and the import job name: the drives are "
                                   "prepared from them, on this computer or on the copy computer."),
                                this);
    reminder->setObjectName(QStringLiteral("formReminder"));
    reminder->setWordWrap(true);
    layout->addWidget(reminder, layout->rowCount(), 0, 1, 3);
    layout->setRowStretch(layout->rowCount(), 1);

    for (QLineEdit *edit : {m_staging, m_jobName, m_container})
        connect(edit, &QLineEdit::textChanged, this, &OfflineFormPage::validate);
    connect(m_publishSettings, &QLineEdit::textChanged, this, &OfflineFormPage::publishSettingsChanged);
    for (QComboBox *combo : {m_subscription, m_account})
        connect(combo, &QComboBox::currentTextChanged, this, &OfflineFormPage::validate);
    connect(browseStaging, &QPushButton::clicked, this, &OfflineFormPage::browseStaging);
    connect(browsePublish, &QPushButton::clicked, this, &OfflineFormPage::browsePublishSettings);
}

QWidget *OfflineFormPage::addField(FormField field, const QString &label, QWidget *editor, const QString &objectName,
                                   QPushButton *browse)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    editor->setObjectName(objectName);
    editor->setAccessibleName(Offline::fieldLabel(field));
    // Two lines are kept for the message even while it is hidden.
    QLabel *problem = newFieldProblem(this, objectName + QStringLiteral("Problem"), 2);
    grid->addWidget(caption, row, 0);
    grid->addWidget(editor, row, 1, 1, browse ? 1 : 2);
    if (browse)
        grid->addWidget(browse, row, 2);
    grid->addWidget(problem, row + 1, 1, 1, 2);
    m_fields.insert(int(field), Field{editor, problem, false});
    // Typing marks a field touched: from then on an empty value shows its message too.
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        connect(edit, &QLineEdit::textEdited, this, [this, field]() { m_fields[int(field)].touched = true; });
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                [this, field]() { m_fields[int(field)].touched = true; });
    return editor;
}

void OfflineFormPage::initializePage()
{
    // The context of the rules: existing jobs (an interrupted seed's job may be resumed, so
    // only the others are taken), registered accounts.
    QStringList taken;
    if (const auto jobs = m_wizard->services()->jobs.list()) {
        for (const Offline::ImportJob &job : *jobs) {
            if (job.state != Offline::ImportJobState::Seeding)
                taken << job.name;
        }
    }
    m_validator.setExistingJobNames(taken);
    offerUnfinishedJobs();
    QSettings settings;
    const QStringList accounts = Offline::OfflineRegistry(settings, m_wizard->dataFolder()).registeredStorageAccounts();
    m_validator.setRegisteredStorageAccounts(accounts);
    m_account->clear();
    m_account->addItems(accounts);

    // What the operator used last, and what "Prepare this server" registered.
    const auto remembered = [&settings](const char *key) { return settings.value(QLatin1String(key)).toString(); };
    if (m_staging->text().isEmpty())
        m_staging->setText(remembered(OperatorSettings::kStagingLocation));
    if (m_publishSettings->text().isEmpty())
        m_publishSettings->setText(remembered(OperatorSettings::kPublishSettingsFile));
    if (m_jobName->text().isEmpty())
        m_jobName->setText(QStringLiteral("seed-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString account = remembered(OperatorSettings::kStorageAccount);
    m_account->setCurrentText(!account.isEmpty() ? account : accounts.value(0));
    if (m_container->text().isEmpty()) {
        const QString container = remembered(OperatorSettings::kContainer);
        m_container->setText(container.isEmpty() ? QString::fromLatin1(Store::AccountRegistry::kDefaultContainer)
                                                 : container);
    }
    publishSettingsChanged();
}

void OfflineFormPage::offerUnfinishedJobs()
{
    QLayout *row = m_continueRow->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto jobs = m_wizard->services()->jobs.list();
    int offered = 0;
    for (const Offline::ImportJob &job : jobs ? *jobs : QList<Offline::ImportJob>()) {
        if (job.state != Offline::ImportJobState::Seeding || job.sources.isEmpty())
            continue;
        auto *button = new QPushButton(tr("Continue job %1").arg(job.name), m_continueRow);
        button->setObjectName(QStringLiteral("continueJob-") + job.name);
        button->setToolTip(tr("Its seed in %1 is unfinished: continue it where it stopped.")
                               .arg(QDir::toNativeSeparators(job.stagingLocation)));
        connect(button, &QPushButton::clicked, this, [this, job]() { continueJob(job); });
        row->addWidget(button);
        ++offered;
    }
    static_cast<QHBoxLayout *>(row)->addStretch();
    m_continueRow->setVisible(offered > 0);
}

void OfflineFormPage::continueJob(const Offline::ImportJob &job)
{
    m_staging->setText(job.stagingLocation);
    m_publishSettings->setText(job.publishSettingsFile);
    m_jobName->setText(job.name);
    m_subscription->setCurrentText(job.subscriptionId);
    m_account->setCurrentText(job.storageAccount);
    m_container->setText(job.container);
    // The seed continues with what it started with, whatever the first page chose.
    m_wizard->selection.sources = job.sources;
    m_wizard->selection.excludes = job.excludes;
    m_wizard->continuedJob = job.name;
    validate();
}

void OfflineFormPage::publishSettingsChanged()
{
    // The subscriptions of the file, by name, and the subscription ID pre-filled from it.
    m_settings.reset();
    const QString path = m_publishSettings->text().trimmed();
    const QString typed = m_subscription->currentText();
    m_subscription->clear();
    m_subscriptionNames->clear();
    if (QFileInfo(path).isFile()) {
        if (auto settings = Offline::PublishSettings::read(path)) {
            m_settings = *settings;
            QStringList names;
            for (const Offline::PublishSubscription &subscription : m_settings->subscriptions) {
                m_subscription->addItem(subscription.id);
                names << tr("%1 (%2)").arg(subscription.name, subscription.id);
            }
            m_subscriptionNames->setText(tr("Subscription(s) in this file: %1", nullptr, int(names.size()))
                                             .arg(names.join(QStringLiteral(", "))));
        }
    }
    const bool keep = !typed.isEmpty() && (!m_settings || m_settings->subscription(typed).has_value());
    if (keep || !m_settings)
        m_subscription->setCurrentText(typed);
    m_subscriptionNames->setVisible(!m_subscriptionNames->text().isEmpty());
    validate();
}

QString OfflineFormPage::text(FormField field) const
{
    QWidget *editor = m_fields.value(int(field)).editor;
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText().trimmed();
    return {};
}

Offline::OfflineBackupForm OfflineFormPage::form() const
{
    QString staging = text(FormField::StagingLocation);
    // A local path must be whole (the validator refuses a relative one: it would depend on where
    // Semina was started); a network path stays exactly as given.
    if (QDir::isAbsolutePath(staging) && !staging.startsWith(QLatin1String("//"))
        && !staging.startsWith(QLatin1String("\\\\")))
        staging = QDir::cleanPath(staging);
    return {staging,
            text(FormField::PublishSettings),
            text(FormField::ImportJobName),
            text(FormField::SubscriptionId),
            text(FormField::StorageAccount),
            text(FormField::Container)};
}

void OfflineFormPage::validate()
{
    if (m_fields.size() < 6)
        return; // still being built
    m_validator.setSubscriptionIds(m_settings ? m_settings->subscriptionIds() : QStringList());
    m_problems.clear();
    for (const Offline::FieldProblem &problem : m_validator.validate(form())) {
        if (!m_problems.contains(int(problem.field)))
            m_problems.insert(int(problem.field), problem.message);
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString message = m_problems.value(it.key());
        const bool show = !message.isEmpty() && (it->touched || !text(FormField(it.key())).isEmpty());
        it->problem->setText(message);
        it->problem->setVisible(show);
    }
    Q_EMIT completeChanged();
}

QString OfflineFormPage::problem(FormField field) const
{
    return m_problems.value(int(field));
}

bool OfflineFormPage::isComplete() const
{
    return m_fields.size() == 6 && m_problems.isEmpty();
}

int OfflineFormPage::nextId() const
{
    return int(InitiateBackupWizard::PageId::VaultKey);
}

bool OfflineFormPage::validatePage()
{
    m_wizard->form = form();
    QSettings settings;
    settings.setValue(QLatin1String(OperatorSettings::kStagingLocation), m_wizard->form.stagingLocation);
    settings.setValue(QLatin1String(OperatorSettings::kPublishSettingsFile), m_wizard->form.publishSettingsFile);
    settings.setValue(QLatin1String(OperatorSettings::kStorageAccount), m_wizard->form.storageAccount);
    settings.setValue(QLatin1String(OperatorSettings::kContainer), m_wizard->form.container);
    return true;
}

void OfflineFormPage::browseStaging()
{
    browseForStagingLocation(m_staging);
}

void OfflineFormPage::browsePublishSettings()
{
    browseForPublishSettings(m_publishSettings);
}

} // namespace Semina::Ui
