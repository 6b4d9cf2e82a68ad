// `semina-cli importjob ship`: the shipping details, asked in the original's order on a terminal,
// checked by the engine's ShippingValidator as they are typed, reviewed, and committed on "yes".
#include "ImportJobCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "ImportServiceAccess.h"
#include "importjob/Deadlines.h"
#include "importjob/ImportJobStore.h"
#include "importjob/ShippingCommit.h"
#include "importjob/ShippingValidator.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Semina::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::ImportJobShip)
};

using Offline::ShippingField;

struct FieldOption {
    ShippingField field;
    const char *option;
};

// The original's order: the package, then the return address, then the return shipping.
constexpr FieldOption kFields[] = {
    {ShippingField::Carrier, "carrier"},
    {ShippingField::TrackingNumber, "tracking-number"},
    {ShippingField::DriveCount, "drive-count"},
    {ShippingField::ShipDate, "ship-date"},
    {ShippingField::Recipient, "recipient"},
    {ShippingField::Street1, "street1"},
    {ShippingField::Street2, "street2"},
    {ShippingField::City, "city"},
    {ShippingField::StateOrProvince, "state"},
    {ShippingField::PostalCode, "postal-code"},
    {ShippingField::CountryOrRegion, "country"},
    {ShippingField::Phone, "phone"},
    {ShippingField::Email, "email"},
    {ShippingField::ReturnCarrier, "return-carrier"},
    {ShippingField::ReturnAccountNumber, "return-account"},
};

// "yes", or the answer in the user's language ("sì", also typed "si").
bool isYes(const QString &answer)
{
    const auto plain = [](const QString &text) {
        QString result;
        for (const QChar c : text.trimmed().toLower().normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                result += c;
        }
        return result;
    };
    const QString typed = plain(answer);
    return !typed.isEmpty() && (typed == QLatin1String("yes") || typed == plain(Text::tr("yes")));
}

} // namespace

int ImportJobCommand::ship(const QCommandLineParser &parser, const JobTargetOptions &options, Console &console)
{
    SecretStore secrets;
    auto opened = openServiceJob(options, secrets);
    if (!opened)
        return console.report(opened.error());
    Offline::ImportService *service = opened->service.get();
    const Offline::ServiceJob *job = &opened->job;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (job->state != Offline::ImportJobState::Creating) {
        // Run again after the commit: where the job and its drives stand.
        printJob(console, *job, now);
        return kExitOk;
    }
    auto description = service->description();
    if (!description)
        return console.report(description.error());
    const Offline::ShippingValidator validator(description->carriers, int(job->request.drives.size()), now.date());

    const bool interactive = parser.isSet(QStringLiteral("interactive")) || ::isatty(STDIN_FILENO) == 1;
    QTextStream in(stdin);
    Offline::ShippingDetails details;
    if (interactive)
        console.out() << Text::tr("Shipping details of import job \"%1\" (%n drive(s)).", nullptr,
                                  int(job->request.drives.size()))
                             .arg(job->name())
                      << Qt::endl;
    for (const FieldOption &entry : kFields) {
        const QString option = QLatin1String(entry.option);
        if (parser.isSet(option) || !interactive) {
            Offline::setShippingField(details, entry.field, parser.value(option));
            continue;
        }
        QString hint;
        if (entry.field == ShippingField::Carrier)
            hint = QStringLiteral(" (%1)").arg(description->carriers.join(QStringLiteral(", ")));
        else if (entry.field == ShippingField::ShipDate)
            hint = QStringLiteral(" (%1)").arg(now.date().toString(Qt::ISODate));
        else if (entry.field == ShippingField::DriveCount)
            hint = QStringLiteral(" (%1)").arg(job->request.drives.size());
        for (;;) {
            console.out() << Offline::shippingFieldLabel(entry.field) << hint << ": " << Qt::flush;
            QString line;
            if (!in.readLineInto(&line))
                return console.report({ErrorCode::Cancelled,
                                       Text::tr("No answer: nothing was committed; the job is "
                                                "still Creating.")});
            line = line.trimmed();
            // An empty answer takes the shown value where there is one.
            if (line.isEmpty() && entry.field == ShippingField::ShipDate)
                line = now.date().toString(Qt::ISODate);
            if (line.isEmpty() && entry.field == ShippingField::DriveCount)
                line = QString::number(job->request.drives.size());
            Offline::setShippingField(details, entry.field, line);
            std::optional<QString> problem = validator.check(entry.field, details);
            if (!problem && entry.field == ShippingField::TrackingNumber) {
                auto taken = Offline::trackingNumberProblem(*service, job->name(), line);
                if (!taken)
                    return console.report(taken.error());
                problem = *taken;
            }
            if (!problem)
                break;
            console.err() << "semina-cli: " << *problem << Qt::endl;
        }
    }
    const QList<Offline::ShippingProblem> problems = validator.validate(details);
    for (const Offline::ShippingProblem &problem : problems)
        console.err() << "semina-cli: " << problem.message << Qt::endl;
    if (!problems.isEmpty())
        return console.report({ErrorCode::InvalidInput,
                               Text::tr("Nothing was committed: correct the details above and run the command "
                                        "again; the job is still Creating.")});

    console.out() << Text::tr("Review the shipping details of import job \"%1\":").arg(job->name()) << Qt::endl;
    for (const FieldOption &entry : kFields) {
        const QString value = entry.field == ShippingField::Carrier
            ? validator.supportedCarrier(details.package.carrier)
            : Offline::shippingFieldValue(details, entry.field);
        console.out() << "  " << QString(Offline::shippingFieldLabel(entry.field) + QLatin1Char(':')).leftJustified(32)
                      << value << Qt::endl;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        console.out() << Text::tr("Commit these shipping details? Type \"yes\" to commit: ") << Qt::flush;
        QString answer;
        if (!in.readLineInto(&answer) || !isYes(answer))
            return console.report({ErrorCode::Cancelled,
                                   Text::tr("Not committed: the job is still Creating. Run the command again to "
                                            "enter the shipping details.")});
    }
    Offline::ImportJobStore localJobs;
    auto committed = Offline::commitShipping(*service, job->name(), details, localJobs);
    if (!committed)
        return console.report(committed.error());
    const Offline::ServiceJob *shipped = &committed->job;
    const QString path = committed->detailsPath;

    console.out()
        << Text::tr("Committed: import job \"%1\" is %2.").arg(shipped->name(), Offline::stateLabel(shipped->state))
        << Qt::endl
        << Text::tr("The shipping details are stored in %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl
        << Offline::describeDeadline(Offline::deadlineFor(*shipped), QDateTime::currentDateTimeUtc()) << Qt::endl;
    return kExitOk;
}

} // namespace Semina::Cli
