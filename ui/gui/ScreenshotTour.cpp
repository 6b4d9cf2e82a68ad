#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "models/SourceSelectionModel.h"
#include "wizards/initiate/InitiateBackupWizard.h"
#include "wizards/initiate/SourcesPage.h"
#include "wizards/preparedrives/DrivesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>

#include <memory>

namespace Semina::Ui {

namespace {

// Steps through every page of every wizard on the running event loop (no nested loop): fill
// the page, wait until it is complete (its job has ended), let the layout settle, shoot, Next.
class Tour {
public:
    Tour(const QString &folder, const QString &language, std::function<void(Result<QStringList>)> done)
        : m_dir(folder)
        , m_language(language)
        , m_done(std::move(done))
        , m_workflows(allWorkflows())
    {
    }

    void start(std::shared_ptr<Tour> self)
    {
        if (!m_dir.mkpath(QStringLiteral(".")) || !m_environment.isValid())
            return finish(
                fail(ErrorCode::Io,
                     QCoreApplication::translate("Semina::Ui::ScreenshotTour", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(m_dir.path()))));
        // A data folder of its own: the wizards really create a certificate, an account, a seed.
        qputenv("XDG_DATA_HOME", m_environment.filePath(QStringLiteral("data")).toUtf8());
        makeSources();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [self]() { self->step(); });
        m_timer.start();
    }

private:
    enum class State { Fill, Wait, Settle };

    void makeSources()
    {
        const QString root = m_environment.filePath(QStringLiteral("documents"));
        QDir().mkpath(root + QStringLiteral("/reports"));
        for (int i = 0; i < 12; ++i) {
            QFile file(root + QStringLiteral("/reports/report-%1.txt").arg(i));
            if (file.open(QIODevice::WriteOnly))
                file.write(QByteArray("Quarterly figures, line by line.\n").repeated(4000 * (i + 1)));
        }
        QFile scratch(root + QStringLiteral("/scratch.tmp"));
        if (scratch.open(QIODevice::WriteOnly))
            scratch.write(QByteArray(4096, 'x'));
        m_sources = root;
    }

    void step()
    {
        if (!m_wizard) {
            if (m_pageNumber == 0)
                return shootMainWindow();
            if (m_workflows.isEmpty()) {
                // Last, the main window with where the job the tour made stands.
                if (m_window->refreshingStandings())
                    return;
                shoot(*m_window, m_language + QStringLiteral("-main-jobs"));
                return finish(m_written);
            }
            m_current = m_workflows.takeFirst();
            m_wizard = m_window->openWorkflow(m_current);
            m_state = State::Fill;
            m_pageNumber = 1;
            return;
        }
        QWizardPage *page = m_wizard->currentPage();
        switch (m_state) {
        case State::Fill:
            fill(page);
            m_waiting.start();
            m_state = State::Wait;
            return;
        case State::Wait:
            // A page whose job failed never completes: it is shot as it is, error and all.
            if (!page->isComplete() && m_waiting.elapsed() < 120'000)
                return;
            m_state = State::Settle;
            return;
        case State::Settle:
            break;
        }
        const QString name = QStringLiteral("%1-%2-%3").arg(m_language, workflowId(m_current)).arg(m_pageNumber++);
        if (!shoot(*m_wizard, name))
            return;
        if (m_wizard->nextId() == -1 || !page->isComplete()) {
            m_wizard->close();
            m_wizard = nullptr;
            return;
        }
        m_wizard->next();
        m_state = State::Fill;
    }

    void shootMainWindow()
    {
        m_pageNumber = 1;
        shoot(*m_window, m_language + QStringLiteral("-main"));
    }

    // What a person would type on the pages that need input.
    void fill(QWizardPage *page)
    {
        if (auto *sources = qobject_cast<SourcesPage *>(page)) {
            sources->model()->setPathChecked(m_sources, true);
            setText(page, QStringLiteral("exclusionPatterns"), QStringLiteral("*.tmp"));
        }
        setText(page, QStringLiteral("stagingLocation"), m_environment.filePath(QStringLiteral("staging")));
        if (auto *driveSize = page->findChild<QComboBox *>(QStringLiteral("driveSize")))
            driveSize->setCurrentText(QStringLiteral("4T"));
        // "Prepare drives" copies the seed written above onto a folder standing for a drive.
        if (qobject_cast<DrivesPage *>(page)) {
            const QString drive = m_environment.filePath(QStringLiteral("drives/SEMINA-1"));
            QDir().mkpath(drive);
            setText(page, QStringLiteral("driveFolder"), drive);
        }
        if (auto *stored = page->findChild<QCheckBox *>(QStringLiteral("recoveryPasswordsStored")))
            stored->setChecked(true);
        setText(page, QStringLiteral("vaultPassphrase"), QStringLiteral("correct horse battery staple"));
        setText(page, QStringLiteral("vaultPassphraseRepeat"), QStringLiteral("correct horse battery staple"));
        // Shipping details: the package and the return address of the job "Prepare drives" created.
        const QList<std::pair<const char *, const char *>> shipping{{"carrier", "UPS"},
                                                                    {"trackingNumber", "1Z999AA10123456784"},
                                                                    {"recipient", "Contoso Backup Desk"},
                                                                    {"street1", "Corso Italia 5"},
                                                                    {"city", "Torino"},
                                                                    {"postalCode", "10121"},
                                                                    {"countryOrRegion", "Italia"},
                                                                    {"phone", "+39 011 555 0101"},
                                                                    {"email", "backup-desk@contoso.example"},
                                                                    {"returnCarrier", "UPS"},
                                                                    {"returnAccountNumber", "ACC-778899"}};
        for (const auto &[name, text] : shipping) {
            setText(page, QLatin1String(name), QLatin1String(text));
            if (auto *combo = page->findChild<QComboBox *>(QLatin1String(name)))
                combo->setCurrentText(QLatin1String(text));
        }
    }

    static void setText(QWizardPage *page, const QString &name, const QString &text)
    {
        if (auto *edit = page->findChild<QLineEdit *>(name))
            edit->setText(text);
    }

    bool shoot(QWidget &widget, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        if (!widget.grab().save(path)) {
            finish(fail(ErrorCode::Io,
                        QCoreApplication::translate("Semina::Ui::ScreenshotTour",
                                                    "Could not write the screenshot %1: check that the "
                                                    "folder is writable.")
                            .arg(QDir::toNativeSeparators(path))));
            return false;
        }
        m_written << path;
        return true;
    }

    void finish(Result<QStringList> result)
    {
        m_timer.stop();
        if (m_wizard)
            m_wizard->close();
        if (m_done)
            m_done(std::move(result));
        m_done = nullptr;
    }

    QDir m_dir;
    QString m_language;
    std::function<void(Result<QStringList>)> m_done;
    QList<Workflow> m_workflows;
    QTemporaryDir m_environment;
    QString m_sources;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QWizard> m_wizard;
    Workflow m_current = Workflow::PrepareServer;
    State m_state = State::Fill;
    int m_pageNumber = 0;
    QElapsedTimer m_waiting;
    QTimer m_timer;
    QStringList m_written;
};

} // namespace

void startScreenshotTour(const QString &folder, const QString &language, std::function<void(Result<QStringList>)> done)
{
    auto tour = std::make_shared<Tour>(folder, language, std::move(done));
    tour->start(tour);
}

} // namespace Semina::Ui
