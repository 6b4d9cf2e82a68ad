#include "wizards/initiate/VaultKeyPage.h"

#include "vault/PassphraseStrength.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Semina::Ui {

VaultKeyPage::VaultKeyPage(InitiateBackupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_keepInKeychain(new QCheckBox(tr("&Keep the key in the keychain of this computer"), this))
    , m_strength(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Vault passphrase"));
    setSubTitle(tr("The seed is encrypted. Its vault is opened with this passphrase: keep it safe, Semina cannot "
                   "recover it."));
    m_passphrase->setObjectName(QStringLiteral("vaultPassphrase"));
    m_repeat->setObjectName(QStringLiteral("vaultPassphraseRepeat"));
    m_keepInKeychain->setObjectName(QStringLiteral("keepKeyInKeychain"));
    m_problem->setObjectName(QStringLiteral("vaultPassphraseProblem"));
    m_problem->setWordWrap(true);
    m_strength->setObjectName(QStringLiteral("vaultPassphraseStrength"));
    m_strength->setWordWrap(true);
    for (QLineEdit *edit : {m_passphrase, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &VaultKeyPage::update);
    }
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    m_repeat->setAccessibleName(tr("Vault passphrase, again"));
    m_keepInKeychain->setChecked(true);

    auto *passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto *repeatLabel = new QLabel(tr("&Repeat it:"), this);
    repeatLabel->setBuddy(m_repeat);
    auto *keychainHint = new QLabel(
        tr("Without the keychain, every later backup and a resumed seed asks for the passphrase again."), this);
    keychainHint->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(passphraseLabel, m_passphrase);
    layout->addRow(QString(), m_strength);
    layout->addRow(repeatLabel, m_repeat);
    layout->addRow(QString(), m_problem);
    layout->addRow(QString(), m_keepInKeychain);
    layout->addRow(QString(), keychainHint);
    setTabOrder(m_passphrase, m_repeat);
    setTabOrder(m_repeat, m_keepInKeychain);
    registerField(QStringLiteral("keepKeyInKeychain"), m_keepInKeychain);
    update();
}

void VaultKeyPage::update()
{
    // Too short or weak, said as soon as it is typed; the warning does not stop the page.
    const bool typed = !m_passphrase->text().isEmpty();
    m_strength->setText(typed ? Vault::assessPassphrase(m_passphrase->text().toUtf8()).message : QString());
    m_strength->setVisible(!m_strength->text().isEmpty());
    if (!typed)
        m_problem->setText(tr("Type the passphrase."));
    else if (m_repeat->text() != m_passphrase->text())
        m_problem->setText(tr("The two passphrases differ."));
    else
        m_problem->clear();
    Q_EMIT completeChanged();
}

bool VaultKeyPage::isComplete() const
{
    return !m_passphrase->text().isEmpty() && m_repeat->text() == m_passphrase->text()
        && Vault::assessPassphrase(m_passphrase->text().toUtf8()).acceptable();
}

int VaultKeyPage::nextId() const
{
    return int(InitiateBackupWizard::PageId::Estimate);
}

bool VaultKeyPage::validatePage()
{
    m_wizard->passphrase.fill('\0');
    m_wizard->passphrase = m_passphrase->text().toUtf8();
    m_wizard->keepKeyInKeychain = m_keepInKeychain->isChecked();
    return true;
}

} // namespace Semina::Ui
