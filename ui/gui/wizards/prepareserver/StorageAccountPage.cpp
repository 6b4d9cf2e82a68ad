#include "wizards/prepareserver/StorageAccountPage.h"

#include "offline/AzureNames.h"
#include "store/AccountRegistry.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace Semina::Ui {

namespace {
// The embedded default's account name when the server has none (Azure's rules: lower-case
// letters and digits).
constexpr char kDefaultAccountName[] = "seminalocal";
} // namespace

StorageAccountPage::StorageAccountPage(PrepareServerWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_account(new QComboBox(this))
    , m_createFolder(new QCheckBox(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Storage account"));
    setSubTitle(tr("The account the drives are imported into. The certificate is published there, and the "
                   "account is registered for offline backup."));
    m_account->setObjectName(QStringLiteral("storageAccount"));
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->setAccessibleName(tr("Storage account"));
    m_createFolder->setObjectName(QStringLiteral("createFolderAccount"));
    m_createFolder->setChecked(true);
    m_problem->setObjectName(QStringLiteral("storageAccountProblem"));
    m_problem->setWordWrap(true);

    auto *label = new QLabel(tr("Storage &account:"), this);
    label->setBuddy(m_account);
    auto *hint = new QLabel(tr("Accounts are set up with \"semina-cli account add\"; the embedded default needs "
                               "none: Semina creates a folder account for it."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_account, 0, 1);
    layout->addWidget(m_problem, 1, 1);
    layout->addWidget(m_createFolder, 2, 0, 1, 2);
    layout->addWidget(hint, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(4, 1);
    setTabOrder(m_account, m_createFolder);

    registerField(QStringLiteral("storageAccount"), m_account, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_account, &QComboBox::currentTextChanged, this, &StorageAccountPage::update);
    connect(m_createFolder, &QCheckBox::toggled, this, &StorageAccountPage::completeChanged);
}

void StorageAccountPage::initializePage()
{
    // Reading the settings only (no keychain): cheap enough for the GUI thread.
    m_known.clear();
    for (const Store::AccountDefinition &account : Store::AccountRegistry(m_wizard->services()->secrets).list())
        m_known << account.name;
    m_account->clear();
    m_account->addItems(m_known);
    const QString remembered = QSettings().value(QLatin1String(OperatorSettings::kStorageAccount)).toString();
    m_account->setCurrentText(!remembered.isEmpty()    ? remembered
                                  : !m_known.isEmpty() ? m_known.constFirst()
                                                       : QString::fromLatin1(kDefaultAccountName));
    m_createFolder->setText(tr("Create it as a &folder account (the embedded default) in %1")
                                .arg(QDir::toNativeSeparators(m_wizard->defaultAccountFolder())));
    update();
}

void StorageAccountPage::update()
{
    const QString name = m_account->currentText().trimmed();
    const bool known = m_known.contains(name);
    m_createFolder->setVisible(!known);
    if (!Offline::AzureNames::isStorageAccountName(name))
        m_problem->setText(tr("A storage account name has 3 to 24 characters, lower-case letters and digits only."));
    else if (known)
        m_problem->setText(tr("Semina knows this account."));
    else
        m_problem->setText(tr("Semina does not know this account yet."));
    Q_EMIT completeChanged();
}

bool StorageAccountPage::isComplete() const
{
    const QString name = m_account->currentText().trimmed();
    return Offline::AzureNames::isStorageAccountName(name) && (m_known.contains(name) || m_createFolder->isChecked());
}

int StorageAccountPage::nextId() const
{
    return int(PrepareServerWizard::PageId::Registration);
}

bool StorageAccountPage::validatePage()
{
    const QString name = m_account->currentText().trimmed();
    m_wizard->account
        = {name, !m_known.contains(name) && m_createFolder->isChecked(), m_wizard->defaultAccountFolder()};
    return true;
}

} // namespace Semina::Ui
