// The seed and verify steps of `semina-cli offline-backup` (the form's parsing and checks are in
// OfflineBackupCommand.cpp).
#include "OfflineBackupCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "StopSignals.h"
#include "VaultAccess.h"
#include "core/JobContext.h"
#include "importjob/ImportJobStore.h"
#include "offline/OfflineIdentity.h"
#include "offline/Seed.h"
#include "offline/SeedManifest.h"
#include "offline/SeedVerification.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace Semina::Cli {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::OfflineBackupCommand)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Progress on standard error; warnings (unreadable files) and notices (a stale lock taken over)
// each on their own line.
void attach(JobContext &context, Console &console)
{
    context.setProgressListener([&console](const Progress &progress) { console.showProgress(progress); }, 500);
    context.setWarningListener([&console](const Warning &warning) {
        console.endProgress();
        console.err() << (warning.notice ? Text::tr("note: %1: %2") : Text::tr("warning: %1: %2"))
                             .arg(warning.item, warning.message)
                      << Qt::endl;
    });
}

// The passphrase as the vault commands take it: --password-file, SEMINA_PASSWORD, or a prompt
// (asked twice when the seed's vault is about to be created). Empty when none is given and
// standard input is no terminal: the engine then uses the keychain to continue a seed.
Result<QByteArray> seedPassphrase(const QString &passwordFile, bool creating, Console &console)
{
    if (!passwordFile.isEmpty())
        return readSecretFile(passwordFile);
    if (qEnvironmentVariableIsSet("SEMINA_PASSWORD"))
        return qgetenv("SEMINA_PASSWORD");
    const QByteArray typed = promptSecret(console, Text::tr("Passphrase of the seed's vault: "));
    if (creating && !typed.isEmpty() && promptSecret(console, Text::tr("The same passphrase again: ")) != typed)
        return fail(ErrorCode::InvalidInput, Text::tr("The two passphrases differ: run the command again."));
    if (creating && typed.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("The seed's vault needs a passphrase: give it with --password-file FILE or SEMINA_PASSWORD."));
    return typed;
}

} // namespace

int OfflineBackupCommand::seed(const Offline::OfflineBackupForm &form, const QStringList &sources,
                               const SeedOptions &options, Console &console)
{
    const QString jobFolder = QDir(form.stagingLocation).filePath(form.importJobName);
    const bool creating
        = !QDir(QDir(jobFolder).filePath(QString::fromLatin1(Offline::SeedLayout::kVaultContainer))).exists()
        || options.force;
    auto passphrase = seedPassphrase(options.passwordFile, creating, console);
    if (!passphrase)
        return console.report(passphrase.error());
    if (creating && !passphrase->isEmpty()) {
        if (auto accepted = acceptNewPassphrase(*passphrase, console); !accepted)
            return console.report(accepted.error());
    }

    Offline::SeedRequest request;
    request.form = form;
    for (const QString &source : sources)
        request.sources << QDir(source).absolutePath();
    request.excludes = options.excludes;
    request.passphrase = *passphrase;
    request.storeKeyInKeychain = options.storeKeyInKeychain;
    request.force = options.force;
    SecretStore secrets;
    Offline::ImportJobStore jobs;
    Offline::OfflineIdentity identity(secrets);
    JobContext context;
    attach(context, console);
    const StopSignals stopSignals(context);
    const auto written = Offline::writeSeed(request, {&jobs, &identity}, context);
    console.endProgress();
    if (!written)
        return console.report(stopSignals.stopped(written.error()));

    const QLocale locale;
    console.out() << (written->resumed ? Text::tr("Seed of import job \"%1\" finished (continued from the last run).")
                                       : Text::tr("Seed of import job \"%1\" written."))
                         .arg(form.importJobName)
                  << Qt::endl
                  << Text::tr("Protected:         %1 in %2 files")
                         .arg(size(written->protectedBytes), locale.toString(written->files))
                  << Qt::endl
                  << Text::tr("Seed:              %1 in %2 objects, in %3")
                         .arg(size(written->seedBytes), locale.toString(written->objects),
                              QDir::toNativeSeparators(written->jobFolder))
                  << Qt::endl
                  << Text::tr("Vault:             %1, snapshot %2").arg(written->vaultId, written->snapshotId.left(8))
                  << Qt::endl
                  << Text::tr("Signed manifest:   %1").arg(QDir::toNativeSeparators(written->manifestPath)) << Qt::endl;
    if (!written->recoveryKey.isEmpty())
        console.out() << Text::tr("Recovery key:      %1").arg(written->recoveryKey) << Qt::endl
                      << Text::tr("Write the recovery key down now and keep it apart from the drives: it is shown only "
                                  "once and opens the vault if the passphrase is lost.")
                      << Qt::endl;
    console.out() << Text::tr("Next: prepare the drives from %1; `semina-cli jobs` shows the job as %2.")
                         .arg(QDir::toNativeSeparators(form.stagingLocation),
                              Offline::stateLabel(Offline::ImportJobState::Seeded))
                  << Qt::endl;
    // One rule with backup: exit 1 only when items were left out; notices do not count.
    return context.hasItemWarnings() ? kExitWarnings : kExitOk;
}

int OfflineBackupCommand::verify(const QString &staging, const QString &job, const QString &certificateFile,
                                 Console &console)
{
    if (staging.isEmpty() || job.isEmpty())
        return console.report(
            {ErrorCode::Usage, Text::tr("Name the seed to verify with --staging DIR and --job NAME.")});
    std::optional<Offline::Certificate> certificate;
    if (!certificateFile.isEmpty()) {
        QFile file(certificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return console.report(
                {ErrorCode::NotFound,
                 Text::tr("The certificate \"%1\" cannot be read: %2.").arg(certificateFile, file.errorString())});
        auto parsed = Offline::Certificate::fromDer(file.readAll());
        if (!parsed)
            return console.report(parsed.error().prefixed(certificateFile));
        certificate = *parsed;
    } else {
        SecretStore secrets;
        auto params = Offline::OfflineIdentity(secrets).load();
        if (!params)
            return console.report(params.error());
        certificate = params->certificate;
    }
    JobContext context;
    attach(context, console);
    const StopSignals stopSignals(context, StopSignals::Rerun::StartsAgain);
    const QString jobFolder = QDir(staging).filePath(job);
    const auto verified = Offline::verifySeed(jobFolder, *certificate, context);
    console.endProgress();
    if (!verified)
        return console.report(stopSignals.stopped(verified.error()));
    console.out() << Text::tr(
                         "The seed of import job \"%1\" in %2 matches its manifest: %3 objects (%4) read and hashed; "
                         "the manifest is signed by %5.")
                         .arg(verified->manifest.form.importJobName, QDir::toNativeSeparators(jobFolder),
                              QLocale().toString(verified->objectsChecked), size(verified->bytesChecked),
                              verified->certificateThumbprint)
                  << Qt::endl;
    return kExitOk;
}

} // namespace Semina::Cli
