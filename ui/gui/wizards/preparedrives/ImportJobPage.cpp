#include "wizards/preparedrives/ImportJobPage.h"

#include "ShippingPapers.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJob.h"
#include "widgets/ErrorDialog.h"
#include "widgets/JobProgressPanel.h"
#include "wizards/ServerServices.h"
#include "wizards/preparedrives/DrivesSession.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Semina::Ui {

ImportJobPage::ImportJobPage(DrivesSession &session, QWidget *parent)
    : JobPage(parent)
    , m_session(session)
    , m_services(ServerServices::create())
    , m_detailsArea(new QScrollArea(this))
    , m_details(new QWidget)
    , m_state(new QLabel(m_details))
    , m_shipTo(new QLabel(m_details))
    , m_deadline(new QLabel(m_details))
    , m_print(new QPushButton(tr("P&rint..."), m_details))
    , m_savePdf(new QPushButton(tr("Save as P&DF..."), m_details))
    , m_papersStatus(new QLabel(m_details))
    , m_now(new QRadioButton(tr("Enter the shipping details no&w"), m_details))
    , m_later(new QRadioButton(tr("&Later"), m_details))
    , m_laterHint(new QLabel(m_details))
{
    setTitle(tr("Import job"));
    setSubTitle(tr("The import service learns which drives are coming and where their data goes."));
    m_state->setObjectName(QStringLiteral("importJobState"));
    m_shipTo->setObjectName(QStringLiteral("shipToAddress"));
    m_deadline->setObjectName(QStringLiteral("importJobDeadline"));
    m_print->setObjectName(QStringLiteral("printPapers"));
    m_savePdf->setObjectName(QStringLiteral("savePapersPdf"));
    m_papersStatus->setObjectName(QStringLiteral("papersStatus"));
    m_now->setObjectName(QStringLiteral("shippingDetailsNow"));
    m_later->setObjectName(QStringLiteral("shippingDetailsLater"));
    m_laterHint->setObjectName(QStringLiteral("shippingDetailsLaterHint"));
    for (QLabel *label : {m_state, m_shipTo, m_deadline, m_papersStatus, m_laterHint}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_print->setAccessibleName(tr("Print the packing list and the drive labels"));
    m_savePdf->setAccessibleName(tr("Save the packing list and the drive labels as PDF"));
    m_now->setChecked(true);
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_now);
    choice->addButton(m_later);

    // Where to ship, beside the papers that go with the drives.
    auto *shipToFrame = new QFrame(m_details);
    shipToFrame->setFrameShape(QFrame::StyledPanel);
    auto *shipToLayout = new QVBoxLayout(shipToFrame);
    shipToLayout->addWidget(m_shipTo);
    shipToLayout->addStretch(1);

    auto *papers = new QGroupBox(tr("Packing list and drive labels"), m_details);
    auto *papersText = new QLabel(tr("The packing list goes into the package; stick one label on each drive's "
                                     "case. Neither shows a key or a password."),
                                  papers);
    papersText->setWordWrap(true);
    auto *papersButtons = new QHBoxLayout;
    papersButtons->addWidget(m_print);
    papersButtons->addWidget(m_savePdf);
    papersButtons->addStretch(1);
    auto *papersLayout = new QVBoxLayout(papers);
    papersLayout->addWidget(papersText);
    papersLayout->addLayout(papersButtons);
    papersLayout->addWidget(m_papersStatus);
    papersLayout->addStretch(1);

    auto *shipToAndPapers = new QHBoxLayout;
    shipToAndPapers->addWidget(shipToFrame, 1);
    shipToAndPapers->addWidget(papers, 1);

    auto *shipping = new QGroupBox(tr("Shipping details"), m_details);
    auto *shippingText = new QLabel(tr("Once the package has its tracking number, enter the shipping details: "
                                       "until then the import service waits for them."),
                                    shipping);
    shippingText->setWordWrap(true);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_now);
    choiceRow->addWidget(m_later);
    choiceRow->addStretch(1);
    auto *shippingLayout = new QVBoxLayout(shipping);
    shippingLayout->addWidget(shippingText);
    shippingLayout->addLayout(choiceRow);
    shippingLayout->addWidget(m_laterHint);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_state);
    details->addLayout(shipToAndPapers);
    details->addWidget(m_deadline);
    details->addWidget(shipping);
    details->addStretch(1);
    // On a small screen the details scroll rather than squeeze.
    m_detailsArea->setObjectName(QStringLiteral("importJobDetails"));
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    m_detailsArea->setWidget(m_details);
    m_detailsArea->hide();
    layout()->addWidget(m_detailsArea);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(m_detailsArea, 1);
    setTabOrder(m_print, m_savePdf);
    setTabOrder(m_savePdf, m_now);
    setTabOrder(m_now, m_later);
    registerField(QStringLiteral("shippingDetailsNow"), m_now);

    connect(m_print, &QPushButton::clicked, this, &ImportJobPage::print);
    connect(m_savePdf, &QPushButton::clicked, this, &ImportJobPage::choosePdfFolder);
    connect(m_later, &QRadioButton::toggled, m_laterHint, &QWidget::setVisible);
    m_laterHint->hide();
}

ImportJobPage::~ImportJobPage() = default;

int ImportJobPage::nextId() const
{
    return -1;
}

void ImportJobPage::startJob()
{
    m_created.reset();
    m_detailsArea->hide();
    progressPanel()->show();
    setIntroduction(tr("Creating the import job: each drive's key is wrapped for the receiving station and the "
                       "request is signed by this server. Should this fail, the drives stay prepared: fix the "
                       "problem and try again; nothing is copied again."));
    std::shared_ptr<ServerServices> services = m_services;
    const QString jobFolder = m_session.jobFolder;
    const Offline::JobTarget target{m_session.job, m_session.publishSettingsFile, m_session.subscriptionId};
    runJob<Offline::CreatedJob>(
        [services, jobFolder, target](JobContext &context) {
            return Offline::createStagedJob(jobFolder, target, {}, services->secrets, services->identity,
                                            &services->jobs, context);
        },
        [this](const Offline::CreatedJob &created) { showJob(created); });
}

void ImportJobPage::showJob(const Offline::CreatedJob &created)
{
    m_created = created;
    const Offline::ServiceJob &job = created.job;
    progressPanel()->hide();
    setIntroduction({});
    m_state->setText(
        tr("Import job \"%1\" is %2 in %3.").arg(job.name(), Offline::stateLabel(job.state), created.serviceName));
    m_shipTo->setText(Offline::shipToLines(created.service).join(QLatin1Char('\n')));
    // "Enter the shipping details by 19 December: 13 days left."
    QString deadline = Offline::deadlineHeadline(Offline::deadlineFor(job), QDateTime::currentDateTimeUtc());
    if (!deadline.isEmpty())
        deadline += QLatin1Char('.');
    if (job.state == Offline::ImportJobState::Creating)
        deadline += QLatin1Char(' ')
            + tr("Once they are entered, the drives must arrive within %n day(s).", nullptr, Offline::kArrivalDays);
    m_deadline->setText(deadline.trimmed());
    m_deadline->setVisible(!deadline.trimmed().isEmpty());
    m_laterHint->setText(tr("Later: open \"Shipping details\" in Semina's main window (or run \"semina-cli "
                            "importjob ship --job %1\").")
                             .arg(job.name()));
    m_papersStatus->clear();
    m_detailsArea->show();
}

bool ImportJobPage::validatePage()
{
    if (m_created && m_now->isChecked())
        Q_EMIT shippingDetailsRequested(m_created->job.name());
    return true;
}

void ImportJobPage::print()
{
    if (!m_created)
        return;
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(QPageSize(QPageSize::A4));
        m_printer->setFullPage(true);
    }
    m_printer->setDocName(tr("Papers of import job %1").arg(m_created->job.name()));
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setObjectName(QStringLiteral("papersPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the packing list and the drive labels"));
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_printer->setFullPage(true);
        if (auto printed = Papers::paintShippingPapers(*m_printer, m_created->job, m_created->service); !printed) {
            showError(this, printed.error(), title());
            return;
        }
        m_papersStatus->setText(tr("Sent to the printer: the packing list, then %n drive label(s).", nullptr,
                                   int(m_created->job.request.drives.size())));
    });
    dialog->open();
}

void ImportJobPage::choosePdfFolder()
{
    if (!m_created)
        return;
    auto *dialog = new QFileDialog(this, tr("Choose where to save the papers"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("papersFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportJobPage::savePdf);
    dialog->open();
}

void ImportJobPage::savePdf(const QString &folder)
{
    if (!m_created)
        return;
    auto written = Papers::writeShippingPapers(m_created->job, m_created->service, folder);
    if (!written) {
        showError(this, written.error(), title());
        return;
    }
    QStringList names;
    for (const QString &path : *written)
        names << QDir::toNativeSeparators(path);
    m_papersStatus->setText(tr("Saved %1.").arg(QLocale().createSeparatedList(names)));
}

} // namespace Semina::Ui
