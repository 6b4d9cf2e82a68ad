#include "wizards/prepareserver/LocalSubscriptionPage.h"

#include "offline/DataFolder.h"
#include "offline/LocalSubscription.h"
#include "offline/PublishSettings.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>

namespace Semina::Ui {

namespace {
struct IssuedSubscription {
    QString path;
    QString id;
    QString name;
    bool reused = false;
};
} // namespace

LocalSubscriptionPage::LocalSubscriptionPage(PrepareServerWizard *wizard)
    : JobPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Local subscription"));
    setSubTitle(tr("Semina issues a publish settings file for its embedded local service, as the portal would."));
    m_summary->setObjectName(QStringLiteral("localSubscriptionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout()->addWidget(m_summary);
    static_cast<QBoxLayout *>(layout())->addStretch(1);
}

QString LocalSubscriptionPage::filePath() const
{
    return QDir(m_wizard->dataFolder()).filePath(QStringLiteral("local-subscription.publishsettings"));
}

int LocalSubscriptionPage::nextId() const
{
    return int(PrepareServerWizard::PageId::Certificate);
}

void LocalSubscriptionPage::startJob()
{
    m_summary->clear();
    progressPanel()->show();
    const QString path = filePath();
    const QString folder = m_wizard->dataFolder();
    const QString name = m_wizard->subscription.name;
    runJob<IssuedSubscription>(
        [path, folder, name](JobContext &context) -> Result<IssuedSubscription> {
            context.setPhase(tr("Issuing the local subscription"));
            if (auto made = Offline::ensureFolder(folder); !made)
                return fail(made.error());
            if (QFileInfo(path).isFile()) {
                const auto settings = Offline::PublishSettings::read(path);
                if (!settings)
                    return fail(settings.error());
                const Offline::PublishSubscription &first = settings->subscriptions.constFirst();
                return IssuedSubscription{path, first.id, first.name, true};
            }
            const auto issued = Offline::writeLocalSubscription(path, name);
            if (!issued)
                return fail(issued.error());
            return IssuedSubscription{path, issued->id, issued->name, false};
        },
        [this](const IssuedSubscription &issued) {
            // A quick step: its outcome takes the place of the progress figures.
            progressPanel()->hide();
            m_wizard->subscription = {issued.path, issued.id, issued.name};
            QSettings().setValue(QLatin1String(OperatorSettings::kPublishSettingsFile), issued.path);
            const QString where = QDir::toNativeSeparators(issued.path);
            m_summary->setText(
                (issued.reused ? tr("This server already has the local subscription \"%1\" (%2), written to %3.")
                               : tr("Issued the local subscription \"%1\" (%2) and wrote it to %3."))
                    .arg(issued.name, issued.id, where)
                + QStringLiteral("\n\n")
                + tr("Keep this file private: like the portal's, it holds a key. Next: the offline certificate."));
        });
}

} // namespace Semina::Ui
