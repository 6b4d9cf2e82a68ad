#include "wizards/prepareserver/CertificatePage.h"

#include "core/Language.h"
#include "offline/OfflineIdentity.h"
#include "widgets/ErrorDialog.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/prepareserver/PrepareServerWizard.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Semina::Ui {

namespace {
struct IdentityOutcome {
    Offline::OfflineApplicationParams params;
    QString paramsPath;
    bool created = false;
};

QString localDateTime(const QDateTime &utc)
{
    return Language::dateTimeText(utc);
}
} // namespace

CertificatePage::CertificatePage(PrepareServerWizard *wizard)
    : JobPage(wizard)
    , m_wizard(wizard)
    , m_details(new QWidget(this))
    , m_status(new QLabel(this))
    , m_subject(new QLabel(m_details))
    , m_validity(new QLabel(m_details))
    , m_thumbprint(new QLabel(m_details))
    , m_copy(new QPushButton(tr("&Copy"), m_details))
    , m_exportPath(new QLineEdit(m_details))
    , m_browse(new QPushButton(tr("&Browse..."), m_details))
    , m_export(new QPushButton(tr("E&xport .cer"), m_details))
    , m_exportStatus(new QLabel(m_details))
{
    setTitle(tr("Offline certificate"));
    setSubTitle(tr("This server signs what it seeds with its own certificate; its private key stays in the "
                   "keychain."));

    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("certificateSubject"));
    m_validity->setObjectName(QStringLiteral("certificateValidity"));
    m_thumbprint->setObjectName(QStringLiteral("certificateThumbprint"));
    m_copy->setObjectName(QStringLiteral("copyThumbprint"));
    m_exportPath->setObjectName(QStringLiteral("certificateExportPath"));
    m_browse->setObjectName(QStringLiteral("browseCertificateExport"));
    m_export->setObjectName(QStringLiteral("exportCertificate"));
    m_exportStatus->setObjectName(QStringLiteral("certificateExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_subject, m_validity, m_thumbprint}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
    }
    m_thumbprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setAccessibleName(tr("Copy the thumbprint"));
    m_exportPath->setAccessibleName(tr("Where to export the certificate"));
    m_browse->setAccessibleName(tr("Browse for where to export the certificate"));

    auto *thumbprintRow = new QHBoxLayout;
    thumbprintRow->addWidget(m_thumbprint, 1);
    thumbprintRow->addWidget(m_copy);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportPath, 1);
    exportRow->addWidget(m_browse);
    exportRow->addWidget(m_export);

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("Thumbprint:"), thumbprintRow);
    auto *exportLabel = new QLabel(tr("Export &to:"), m_details);
    exportLabel->setBuddy(m_exportPath);
    form->addRow(exportLabel, exportRow);
    form->addRow(QString(), m_exportStatus);
    m_details->hide();

    layout()->addWidget(m_status);
    layout()->addWidget(m_details);
    static_cast<QBoxLayout *>(layout())->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_thumbprint->text()); });
    connect(m_browse, &QPushButton::clicked, this, &CertificatePage::browse);
    connect(m_export, &QPushButton::clicked, this, &CertificatePage::exportCertificate);
    connect(m_exportPath, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_export->setEnabled(!text.trimmed().isEmpty()); });
}

bool CertificatePage::isComplete() const
{
    return JobPage::isComplete() && m_subscriptionMatches;
}

int CertificatePage::nextId() const
{
    return int(PrepareServerWizard::PageId::StorageAccount);
}

void CertificatePage::startJob()
{
    m_details->hide();
    m_status->clear();
    progressPanel()->show();
    setIntroduction(tr("Creating the certificate, or reading the one this server already has."));
    m_exportStatus->clear();
    std::shared_ptr<ServerServices> services = m_wizard->services();
    const QString folder = m_wizard->dataFolder();
    const QString subscriptionId = m_wizard->subscription.id;
    runJob<IdentityOutcome>(
        [services, folder, subscriptionId](JobContext &context) -> Result<IdentityOutcome> {
            context.setPhase(tr("Preparing the offline certificate"));
            Offline::OfflineIdentity identity(services->secrets, folder);
            if (auto existing = identity.load())
                return IdentityOutcome{*existing, identity.paramsPath(), false};
            else if (existing.error().code != ErrorCode::NotFound)
                return fail(existing.error());
            context.setPhase(tr("Creating the key pair and the certificate"));
            const auto created = identity.create(subscriptionId);
            if (!created)
                return fail(created.error());
            return IdentityOutcome{*created, identity.paramsPath(), true};
        },
        [this](const IdentityOutcome &outcome) {
            // The progress panel matters only while the certificate is made: the details take its room.
            progressPanel()->hide();
            setIntroduction({});
            m_wizard->identity = outcome.params;
            m_wizard->identityParamsPath = outcome.paramsPath;
            showCertificate(outcome.created);
        });
}

void CertificatePage::showCertificate(bool created)
{
    const Offline::OfflineApplicationParams &params = m_wizard->identity;
    const Offline::Certificate &certificate = params.certificate;
    m_subscriptionMatches = params.subscriptionId.compare(m_wizard->subscription.id, Qt::CaseInsensitive) == 0;
    QString status = created ? tr("Created the offline certificate of this server and wrote %1.")
                             : tr("This server already has its offline certificate (in %1); it was not replaced.");
    status = status.arg(QDir::toNativeSeparators(m_wizard->identityParamsPath));
    if (!m_subscriptionMatches)
        status += QStringLiteral("\n\n")
            + tr("It was made for the subscription %1, not for %2: go Back and choose the subscription %1.")
                  .arg(params.subscriptionId, m_wizard->subscription.id);
    else
        status += QStringLiteral(" ")
            + tr("Next: register the storage account. To upload the certificate by hand instead, export "
                 "the .cer and keep its thumbprint.");
    m_status->setText(status);
    m_subject->setText(certificate.commonName());
    m_validity->setText(
        tr("from %1 to %2").arg(localDateTime(certificate.notBefore()), localDateTime(certificate.notAfter())));
    m_thumbprint->setText(certificate.thumbprint());
    if (m_exportPath->text().isEmpty())
        m_exportPath->setText(QDir::toNativeSeparators(QDir::home().filePath(
            Offline::OfflineApplicationParams::certificateNameFor(params.resourceId) + QStringLiteral(".cer"))));
    m_details->show();
    Q_EMIT completeChanged();
}

void CertificatePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export the certificate"), QFileInfo(m_exportPath->text()).path(),
                                   tr("Certificates (*.cer)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("cer"));
    connect(dialog, &QFileDialog::fileSelected, m_exportPath,
            [this](const QString &path) { m_exportPath->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void CertificatePage::exportCertificate()
{
    std::shared_ptr<ServerServices> services = m_wizard->services();
    const QString folder = m_wizard->dataFolder();
    const QString path = QDir::fromNativeSeparators(m_exportPath->text().trimmed());
    m_export->setEnabled(false);
    m_exportRunner.run<QString>(
        [services, folder, path](JobContext &) {
            return Offline::OfflineIdentity(services->secrets, folder).exportCertificate(path);
        },
        [this, path](Result<QString> thumbprint) {
            m_export->setEnabled(true);
            if (!thumbprint) {
                m_exportStatus->clear();
                showError(this, thumbprint.error(), title());
                return;
            }
            m_exportStatus->setText(tr("Wrote %1 without the private key (thumbprint %2). For the manual path, "
                                       "upload it and keep the thumbprint.")
                                        .arg(QDir::toNativeSeparators(path), *thumbprint));
        });
}

} // namespace Semina::Ui
