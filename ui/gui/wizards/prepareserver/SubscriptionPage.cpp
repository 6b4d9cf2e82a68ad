#include "wizards/prepareserver/SubscriptionPage.h"

#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QButtonGroup>
#include <QComboBox>
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

SubscriptionPage::SubscriptionPage(PrepareServerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_local(new QRadioButton(tr("Create a &local subscription (the embedded default: no cloud needed)"), this))
    , m_localName(new QLineEdit(tr("Semina local"), this))
    , m_fromFile(new QRadioButton(tr("Use a &publish settings file"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_subscriptions(new QComboBox(this))
    , m_fileStatus(new QLabel(this))
{
    setTitle(tr("Subscription"));
    setSubTitle(tr("The offline certificate is made for one subscription. Choose where it comes from."));

    m_local->setObjectName(QStringLiteral("subscriptionLocal"));
    m_localName->setObjectName(QStringLiteral("localSubscriptionName"));
    m_fromFile->setObjectName(QStringLiteral("subscriptionFromFile"));
    m_file->setObjectName(QStringLiteral("publishSettingsFile"));
    m_browse->setObjectName(QStringLiteral("browsePublishSettings"));
    m_subscriptions->setObjectName(QStringLiteral("subscription"));
    m_fileStatus->setObjectName(QStringLiteral("publishSettingsStatus"));
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_fromFile);
    m_local->setChecked(true);

    auto *nameLabel = new QLabel(tr("Subscription &name:"), this);
    nameLabel->setBuddy(m_localName);
    m_localName->setAccessibleName(tr("Local subscription name"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("Publish settings file"));
    m_file->setPlaceholderText(tr("A .publishsettings file downloaded from the portal"));
    m_browse->setAccessibleName(tr("Browse for the publish settings file"));
    auto *subscriptionLabel = new QLabel(tr("S&ubscription:"), this);
    subscriptionLabel->setBuddy(m_subscriptions);
    m_subscriptions->setAccessibleName(tr("Subscription of the file"));

    auto *layout = new QGridLayout(this);
    layout->setColumnMinimumWidth(0, 20);
    layout->addWidget(m_local, 0, 0, 1, 4);
    layout->addWidget(nameLabel, 1, 1);
    layout->addWidget(m_localName, 1, 2, 1, 2);
    layout->addWidget(m_fromFile, 2, 0, 1, 4);
    layout->addWidget(fileLabel, 3, 1);
    layout->addWidget(m_file, 3, 2);
    layout->addWidget(m_browse, 3, 3);
    layout->addWidget(subscriptionLabel, 4, 1);
    layout->addWidget(m_subscriptions, 4, 2, 1, 2);
    layout->addWidget(m_fileStatus, 5, 2, 1, 2);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(6, 1);

    setTabOrder(m_local, m_localName);
    setTabOrder(m_localName, m_fromFile);
    setTabOrder(m_fromFile, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_subscriptions);

    registerField(QStringLiteral("localSubscriptionName"), m_localName);
    registerField(QStringLiteral("publishSettingsFile"), m_file);

    connect(m_local, &QRadioButton::toggled, this, &SubscriptionPage::updateEnabled);
    connect(m_localName, &QLineEdit::textChanged, this, &SubscriptionPage::completeChanged);
    connect(m_file, &QLineEdit::textChanged, this, &SubscriptionPage::readFile);
    connect(m_browse, &QPushButton::clicked, this, &SubscriptionPage::browse);
    connect(m_subscriptions, &QComboBox::currentIndexChanged, this, &SubscriptionPage::completeChanged);
    updateEnabled();
}

void SubscriptionPage::initializePage()
{
    // A file chosen before (here or in the CLI's footsteps) is offered again.
    const QString remembered = QSettings().value(QLatin1String(OperatorSettings::kPublishSettingsFile)).toString();
    if (m_file->text().isEmpty() && !remembered.isEmpty() && QFileInfo(remembered).isFile())
        m_file->setText(remembered);
}

void SubscriptionPage::updateEnabled()
{
    const bool local = m_local->isChecked();
    m_localName->setEnabled(local);
    m_file->setEnabled(!local);
    m_browse->setEnabled(!local);
    m_subscriptions->setEnabled(!local && m_subscriptions->count() > 0);
    Q_EMIT completeChanged();
}

void SubscriptionPage::readFile()
{
    // A small XML file: reading it as it is typed costs less than a keystroke's repaint.
    m_settings.reset();
    m_subscriptions->clear();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_fileStatus->clear();
    } else if (!QFileInfo(path).isFile()) {
        m_fileStatus->setText(tr("There is no file at this path yet."));
    } else if (auto settings = Offline::PublishSettings::read(path); !settings) {
        m_fileStatus->setText(settings.error().message);
    } else {
        m_settings = *settings;
        for (const Offline::PublishSubscription &subscription : m_settings->subscriptions)
            m_subscriptions->addItem(tr("%1 (%2)").arg(subscription.name, subscription.id), subscription.id);
        m_fileStatus->setText(tr("The file holds %n subscription(s).", nullptr, int(m_settings->subscriptions.size())));
    }
    updateEnabled();
}

void SubscriptionPage::browse()
{
    // open(), not exec(): the wizard's event loop keeps running behind the dialog.
    auto *dialog = new QFileDialog(this, tr("Choose the publish settings file"), QFileInfo(m_file->text()).path(),
                                   tr("Publish settings (*.publishsettings);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

bool SubscriptionPage::isComplete() const
{
    if (m_local->isChecked())
        return !m_localName->text().trimmed().isEmpty();
    return m_settings && m_subscriptions->currentIndex() >= 0;
}

int SubscriptionPage::nextId() const
{
    return int(m_local->isChecked() ? PrepareServerWizard::PageId::LocalSubscription
                                    : PrepareServerWizard::PageId::Certificate);
}

bool SubscriptionPage::validatePage()
{
    if (m_local->isChecked()) {
        // The local subscription page fills in the rest once the file is issued.
        m_wizard->subscription = {{}, {}, m_localName->text().trimmed()};
        return true;
    }
    const int index = m_subscriptions->currentIndex();
    const Offline::PublishSubscription &chosen = m_settings->subscriptions.at(index);
    m_wizard->subscription = {QFileInfo(m_file->text().trimmed()).absoluteFilePath(), chosen.id, chosen.name};
    QSettings().setValue(QLatin1String(OperatorSettings::kPublishSettingsFile),
                         m_wizard->subscription.publishSettingsFile);
    return true;
}

} // namespace Semina::Ui
