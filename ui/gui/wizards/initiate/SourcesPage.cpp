#include "wizards/initiate/SourcesPage.h"

#include "models/SelectionMeasure.h"
#include "models/SourceSelectionModel.h"
#include "wizards/initiate/InitiateBackupWizard.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Semina::Ui {

SourcesPage::SourcesPage(InitiateBackupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new SourceSelectionModel(this))
    , m_tree(new QTreeView(this))
    , m_patterns(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_settle(new QTimer(this))
{
    setTitle(tr("What to protect"));
    setSubTitle(tr("Check the folders and files of the first backup. Unchecking an entry inside a checked folder "
                   "leaves it out."));
    m_tree->setObjectName(QStringLiteral("sourcesTree"));
    m_patterns->setObjectName(QStringLiteral("exclusionPatterns"));
    m_total->setObjectName(QStringLiteral("sourcesTotal"));
    m_tree->setAccessibleName(tr("Folders and files to protect"));
    m_patterns->setAccessibleName(tr("Exclusion patterns"));
    m_patterns->setPlaceholderText(tr("For example: *.tmp; node_modules; .cache"));

    m_model->setRootPath(QDir::rootPath());
    m_tree->setModel(m_model);
    m_tree->setRootIndex(m_model->index(QDir::rootPath()));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->hideColumn(2); // the type says little here
    m_tree->setCurrentIndex(m_model->index(QDir::homePath()));
    m_tree->scrollTo(m_model->index(QDir::homePath()));

    auto *treeLabel = new QLabel(tr("&Folders and files:"), this);
    treeLabel->setBuddy(m_tree);
    auto *patternsLabel = new QLabel(tr("&Leave out names matching:"), this);
    patternsLabel->setBuddy(m_patterns);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(patternsLabel);
    layout->addWidget(m_patterns);
    layout->addWidget(m_total);
    setTabOrder(m_tree, m_patterns);

    registerField(QStringLiteral("exclusionPatterns"), m_patterns);

    // A burst of clicks or keystrokes is measured once, when it settles.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &SourcesPage::measure);
    connect(m_model, &SourceSelectionModel::selectionChanged, this, &SourcesPage::selectionChanged);
    connect(m_patterns, &QLineEdit::textChanged, this, &SourcesPage::selectionChanged);
    connect(&m_runner, &JobRunner::progressChanged, this, [this](const Progress &progress) {
        m_total->setText(tr("Adding up: %1 so far in %n file(s)...", nullptr, int(progress.itemsDone))
                             .arg(QLocale().formattedDataSize(progress.bytesDone)));
    });
    m_total->setText(tr("Nothing is checked yet."));
}

void SourcesPage::selectionChanged()
{
    m_measured = false;
    Q_EMIT completeChanged();
    m_settle->start();
}

void SourcesPage::measure()
{
    if (m_runner.isRunning()) {
        // One job at a time: stop the stale count and start again when it has ended.
        m_measureAgain = true;
        m_runner.cancel();
        return;
    }
    const QStringList roots = m_model->includedPaths();
    if (roots.isEmpty()) {
        m_total->setText(tr("Nothing is checked yet."));
        return;
    }
    const QStringList excluded = m_model->excludedPaths();
    const QStringList patterns = parseExclusionPatterns(m_patterns->text());
    m_total->setText(tr("Adding up the selection..."));
    m_runner.run<SelectionSize>(
        [roots, excluded, patterns](JobContext &context) {
            return measureSelection(roots, excluded, patterns, context);
        },
        [this](Result<SelectionSize> size) {
            if (m_measureAgain) {
                m_measureAgain = false;
                measure();
                return;
            }
            if (!size) {
                m_total->setText(size.error().message);
                return;
            }
            m_bytes = size->bytes;
            m_files = size->files;
            m_excludedByPattern = size->excludedByPattern;
            QString text = tr("Total: %1 in %n file(s).", nullptr, int(qMin<qint64>(m_files, INT_MAX)))
                               .arg(QLocale().formattedDataSize(m_bytes));
            if (!m_excludedByPattern.isEmpty())
                text += QLatin1Char(' ')
                    + tr("The patterns leave out %n entry(ies).", nullptr, int(m_excludedByPattern.size()));
            m_total->setText(text);
            m_measured = true;
            Q_EMIT completeChanged();
        });
}

bool SourcesPage::isComplete() const
{
    return m_measured && !m_runner.isRunning() && !m_settle->isActive() && !m_model->includedPaths().isEmpty();
}

int SourcesPage::nextId() const
{
    return int(InitiateBackupWizard::PageId::Form);
}

bool SourcesPage::validatePage()
{
    QStringList excludes = m_model->excludedPaths() + m_excludedByPattern;
    excludes.sort();
    m_wizard->selection = {m_model->includedPaths(), excludes, m_bytes, m_files};
    return true;
}

} // namespace Semina::Ui
