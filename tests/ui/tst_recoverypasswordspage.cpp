#include "PreparedDrivesTest.h"
#include "RecoveryPasswordSheet.h"
#include "WizardDriver.h"
#include "drives/RecoveryPassword.h"
#include "wizards/preparedrives/RecoveryPasswordsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QStyle>

using namespace Semina;

// The "Recovery passwords" page of "Prepare drives" on drives the engine really prepared: each
// drive's password shown once (monospace, selectable), Next held until the technician says they
// are stored away from the drives, Copy, Save to file (owner-only, never onto a drive), Print;
// the passwords wiped when the wizard closes; a run that finished no drive says where the
// passwords went. In the test's language (SEMINA_TEST_LANG).
class TestRecoveryPasswordsPage : public Test::PreparedDrivesTest {
    Q_OBJECT

    // The page in a small wizard, with a page after it so that Next exists.
    using Host = PageHost<Ui::RecoveryPasswordsPage>;

    QStringList passwords() const
    {
        QStringList list;
        for (const Drives::FinishedDrive &drive : m_session.finishedNow)
            list << drive.recoveryPassword;
        return list;
    }

    // As a person does: the folder, then the file's name typed, then Save.
    static void choose(QFileDialog *dialog, const QString &path)
    {
        dialog->setDirectory(QFileInfo(path).path());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        QCOMPARE(dialog->selectedFiles(), QStringList{path});
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, what its Save button calls
    }

private Q_SLOTS:
    void init() { setUpHome(QStringLiteral("recoverypasswordspage")); }
    void cleanup() { tearDown(); }

    void eachPasswordIsShownAndNextWaitsForTheConfirmation()
    {
        prepareSeedDrives(2);
        const QStringList shown = passwords();
        QCOMPARE(shown.size(), 2);
        Host host(m_session, true);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        QCOMPARE(host.page->title(), expect("Recovery passwords", "Password di ripristino"));
        for (int sequence = 1; sequence <= 2; ++sequence) {
            auto *password = driver.find<QLabel>(QStringLiteral("recoveryPassword%1").arg(sequence));
            QVERIFY(password && password->isVisible());
            QCOMPARE(password->text(), shown.at(sequence - 1));
            QVERIFY(Drives::RecoveryPassword::parse(password->text()).has_value());
            QVERIFY(QFontInfo(password->font()).fixedPitch());
            QVERIFY(password->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
            QCOMPARE(driver.find<QLabel>(QStringLiteral("driveId%1").arg(sequence))->text(),
                     m_session.finishedNow.at(sequence - 1).drive.driveId);
        }
        auto *stored = driver.find<QCheckBox>(QStringLiteral("recoveryPasswordsStored"));
        QVERIFY(stored && stored->isVisible());
        QVERIFY(!driver.canGoNext());
        // Ticked with its mnemonic (Alt+A, in Italian Alt+L), unticked and ticked again with the mouse.
        const QKeySequence mnemonic = QKeySequence::mnemonic(stored->text());
        QVERIFY(!mnemonic.isEmpty());
        host.wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&host.wizard));
        QTest::keySequence(&host.wizard, mnemonic);
        QTRY_VERIFY(stored->isChecked()); // a mnemonic animates the click
        QVERIFY(driver.canGoNext());
        const QPoint box(stored->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2, stored->height() / 2);
        QTest::mouseClick(stored, Qt::LeftButton, {}, box);
        QVERIFY(!driver.canGoNext());
        QTest::mouseClick(stored, Qt::LeftButton, {}, box);
        driver.next();
        QCOMPARE(host.wizard.currentPage()->title(), QStringLiteral("after"));

        // Closing the wizard takes the passwords out of the session and off the page.
        host.wizard.reject();
        for (const Drives::FinishedDrive &drive : m_session.finishedNow)
            QVERIFY(drive.recoveryPassword.isEmpty());
        QVERIFY(host.page->findChild<QLabel *>(QStringLiteral("recoveryPassword1"))->text().isEmpty());
    }

    void copyPutsThemOnTheClipboardUntilTheWizardCloses()
    {
        prepareSeedDrives(2);
        const QStringList shown = passwords();
        Host host(m_session, true);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("copyRecoveryPasswords")), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        for (int i = 0; i < shown.size(); ++i) {
            QVERIFY2(copied.contains(shown.at(i)), qPrintable(copied));
            QVERIFY(copied.contains(m_session.finishedNow.at(i).drive.driveId));
        }
        QVERIFY(copied.contains(expect("Drive 2 of 2", "Disco 2 di 2")));
        QVERIFY(driver.find<QLabel>(QStringLiteral("recoveryPasswordsStatus"))
                    ->text()
                    .contains(expect("Copied", "Copiate")));
        host.wizard.reject();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void savedToAFileOnlyTheOwnerCanReadAndNeverOntoADrive()
    {
        prepareSeedDrives(2);
        const QStringList shown = passwords();
        Host host(m_session, true);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        auto *save = driver.find<QPushButton>(QStringLiteral("saveRecoveryPasswords"));

        // Onto a drive: refused, with the reason, and nothing written.
        const QString onDrive = QDir(m_session.finishedNow.at(1).root).filePath(QStringLiteral("passwords.txt"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *dialog = waitForChild<QFileDialog>(host.wizard, QStringLiteral("recoveryPasswordsFileDialog"), 10'000);
        QVERIFY(dialog);
        choose(dialog, onDrive);
        auto *refusal = waitForChild<QMessageBox>(host.wizard, QStringLiteral("errorDialog"));
        QVERIFY(refusal);
        QVERIFY2(refusal->text().contains(expect("protects nothing", "non protegge nulla")),
                 qPrintable(refusal->text()));
        refusal->accept();
        QVERIFY(!QFileInfo::exists(onDrive));

        const QString path = m_home->filePath(QStringLiteral("safe/passwords.txt"));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!host.wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog")));
        dialog = waitForChild<QFileDialog>(host.wizard, QStringLiteral("recoveryPasswordsFileDialog"), 10'000);
        QVERIFY(dialog);
        choose(dialog, path);
        auto *box = host.wizard.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
        QVERIFY2(!box, qPrintable(box ? box->text() : QString()));
        QTRY_VERIFY(QFileInfo::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (int i = 0; i < shown.size(); ++i) {
            QVERIFY2(text.contains(shown.at(i)), qPrintable(text));
            QVERIFY(text.contains(m_session.finishedNow.at(i).drive.driveId));
            QVERIFY(text.contains(m_session.finishedNow.at(i).name));
        }
        QVERIFY(text.contains(m_session.job));
        QVERIFY(text.contains(expect("away from the drives", "lontano dai dischi")));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(driver.find<QLabel>(QStringLiteral("recoveryPasswordsStatus"))
                    ->text()
                    .contains(QDir::toNativeSeparators(path)));
    }

    void printedThroughThePrintDialog()
    {
        prepareSeedDrives(2);
        const QStringList shown = passwords();
        Host host(m_session, true);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("printRecoveryPasswords")), Qt::LeftButton);
        auto *dialog = waitForChild<QPrintDialog>(host.wizard, QStringLiteral("recoveryPasswordsPrintDialog"));
        QVERIFY(dialog);
        // As a person does without a printer: "Print to File (PDF)" and a file name.
        auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers"));
        QVERIFY(printers);
        printers->setCurrentIndex(printers->count() - 1);
        const QString pdf = m_home->filePath(QStringLiteral("sheet.pdf"));
        auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
        QVERIFY(fileName);
        fileName->setText(pdf);
        dialog->accept();
        QTRY_VERIFY(QFileInfo(pdf).size() > 0);
        const QString text = pdfText(pdf);
        for (const QString &password : shown)
            QVERIFY2(text.contains(password), qPrintable(text));
        QVERIFY(text.contains(expect("RECOVERY PASSWORDS", "PASSWORD DI RIPRISTINO")));
        QVERIFY(text.contains(m_session.finishedNow.at(0).drive.driveId));
    }

    void theSheetAsPdfHoldsThePasswordsAndNoKey()
    {
        prepareSeedDrives(3);
        const Papers::RecoveryPasswordSheet sheet{m_session.job, m_session.finishedNow, QDateTime::currentDateTime()};
        const auto pdf = sheet.pdf();
        QVERIFY(pdf.has_value());
        const QString path = m_home->filePath(QStringLiteral("sheet.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        const QString text = pdfText(path);
        for (const Drives::FinishedDrive &drive : m_session.finishedNow) {
            QVERIFY2(text.contains(drive.recoveryPassword), qPrintable(text));
            QVERIFY(text.contains(drive.drive.driveId));
            // The drive key itself is never on the sheet, in any spelling.
            const QByteArray key = m_fixture->secrets.read(drive.drive.keychainEntry).value();
            QVERIFY(!text.contains(QString::fromLatin1(key.toHex()), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QString::fromLatin1(key.toBase64())));
        }
        QVERIFY(text.contains(expect("Drive 3 of 3", "Disco 3 di 3")));
    }

    void drivesFinishedByAnEarlierRunSayWhereTheirPasswordsWent()
    {
        prepareSeedDrives(2);
        // The same preparation run again: every drive is finished already.
        JobContext context;
        const Drives::StagedSeed seed = m_fixture->seed();
        const auto again = Drives::prepareDrives(
            Test::DriveFixture::preparation(seed, {m_fixture->drive(1), m_fixture->drive(2)}, -1),
            {&m_fixture->secrets, &m_fixture->identity, &m_fixture->jobs}, context);
        QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->finishedNow.isEmpty());
        m_session.finishedNow = again->finishedNow;
        m_session.prepared = again->drives;
        Host host(m_session, true);
        QVERIFY(host.show());
        Test::WizardDriver driver(host.wizard);
        const QString text = driver.find<QLabel>(QStringLiteral("recoveryPasswordsIntroduction"))->text();
        QVERIFY2(text.contains(expect("earlier run", "esecuzione precedente")), qPrintable(text));
        QVERIFY2(text.contains(expect("keychain", "portachiavi")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("semina-cli drive verify")));
        QVERIFY(!driver.find<QCheckBox>(QStringLiteral("recoveryPasswordsStored"))->isVisible());
        QVERIFY(!driver.find<QPushButton>(QStringLiteral("copyRecoveryPasswords"))->isVisible());
        QVERIFY(driver.canGoNext());
    }
};

QTEST_MAIN(TestRecoveryPasswordsPage)
#include "tst_recoverypasswordspage.moc"
