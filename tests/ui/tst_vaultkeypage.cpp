#include "TestEnvironment.h"
#include "core/Language.h"
#include "vault/PassphraseStrength.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Semina;

// The vault passphrase page of "Initiate offline backup" with the engine's passphrase rules:
// too short cannot go on, weak goes on with a warning beside the passphrase, in the test's
// language (SEMINA_TEST_LANG).
class TestVaultKeyPage : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_home;
    QString m_language;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Test::TemporaryFolder>(QStringLiteral("vaultkeypage"));
        qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SeminaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VaultKeyPage"));
        m_language = Test::testLanguage();
        QVERIFY(Language::install(*QCoreApplication::instance(), m_language).has_value());
    }

    void theRulesShowAsYouType_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("italian");
        QTest::newRow("three characters")
            << QStringLiteral("abc") << false << QStringLiteral("at least 8") << QStringLiteral("almeno 8");
        QTest::newRow("a common password")
            << QStringLiteral("Password123") << true << QStringLiteral("common password") << QStringLiteral("comune");
        QTest::newRow("short for its kinds")
            << QStringLiteral("bluemoon") << true << QStringLiteral("bits") << QStringLiteral("bit");
        QTest::newRow("strong") << QStringLiteral("correct horse battery") << true << QString() << QString();
    }
    void theRulesShowAsYouType()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, complete);
        QFETCH(QString, english);
        QFETCH(QString, italian);
        Ui::InitiateBackupWizard wizard;
        QWizardPage *page = wizard.page(int(Ui::InitiateBackupWizard::PageId::VaultKey));
        QVERIFY(page);
        auto *first = page->findChild<QLineEdit *>(QStringLiteral("vaultPassphrase"));
        auto *repeat = page->findChild<QLineEdit *>(QStringLiteral("vaultPassphraseRepeat"));
        auto *strength = page->findChild<QLabel *>(QStringLiteral("vaultPassphraseStrength"));
        QVERIFY(first && repeat && strength);

        first->setText(passphrase);
        // Said as soon as it is typed, before it is repeated.
        const QString expected = m_language == QLatin1String("it") ? italian : english;
        QCOMPARE(strength->isHidden(), expected.isEmpty());
        QVERIFY2(strength->text().contains(expected), qPrintable(strength->text()));
        QCOMPARE(strength->text(), Vault::assessPassphrase(passphrase.toUtf8()).message);
        QVERIFY(!page->isComplete());
        repeat->setText(passphrase);
        QCOMPARE(page->isComplete(), complete);
        first->clear();
        QVERIFY(strength->isHidden());
    }
};

QTEST_MAIN(TestVaultKeyPage)
#include "tst_vaultkeypage.moc"
