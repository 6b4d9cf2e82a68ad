#include "devices/ExternalTool.h"

#include "core/JobContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <unistd.h>

namespace Semina::Devices {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::ExternalTool)
};

// A command line as a person would type it in a POSIX shell.
QString shellQuoted(const QStringList &words)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    QStringList quoted;
    for (const QString &word : words) {
        if (plain.match(word).hasMatch())
            quoted << word;
        else
            quoted << QLatin1Char('\'') + QString(word).replace(QLatin1String("'"), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
    }
    return quoted.join(QLatin1Char(' '));
}

QString commandLine(const ToolRun &run)
{
    return shellQuoted(QStringList{run.program} + run.arguments);
}

} // namespace

QString packageOf(const QString &program)
{
    static const QHash<QString, QString> packages{
        {QStringLiteral("lsblk"), QStringLiteral("util-linux")},
        {QStringLiteral("blkid"), QStringLiteral("util-linux")},
        {QStringLiteral("wipefs"), QStringLiteral("util-linux")},
        {QStringLiteral("losetup"), QStringLiteral("mount")},
        {QStringLiteral("mount"), QStringLiteral("mount")},
        {QStringLiteral("umount"), QStringLiteral("mount")},
        {QStringLiteral("sfdisk"), QStringLiteral("fdisk")},
        {QStringLiteral("mkfs.exfat"), QStringLiteral("exfatprogs")},
        {QStringLiteral("fsck.exfat"), QStringLiteral("exfatprogs")},
        {QStringLiteral("mount.exfat-fuse"), QStringLiteral("exfat-fuse")},
    };
    return packages.value(program, program);
}

Result<ToolOutput> runTool(const ToolRun &run, JobContext *job)
{
    QProcess process;
    // Untranslated, stable output to parse; stderr is shown as the tool wrote it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setProgram(run.program);
    process.setArguments(run.arguments);
    process.start();
    if (!process.waitForStarted(30'000)) {
        const QString package = packageOf(run.program);
        return fail(ErrorCode::NotFound,
                    Text::tr("%1 could not be started: install the Debian package %2 (as root: apt-get install %2).")
                        .arg(run.program, package),
                    commandLine(run) + QLatin1Char('\n') + process.errorString());
    }
    if (!run.input.isEmpty())
        process.write(run.input);
    process.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(100)) {
        const bool cancelled = job && job->isCancelled();
        const bool late = clock.elapsed() > run.timeoutMs;
        if (!cancelled && !late)
            continue;
        process.kill();
        process.waitForFinished(10'000);
        if (cancelled)
            return fail(ErrorCode::Cancelled, Text::tr("Cancelled while %1 was running.").arg(run.program),
                        commandLine(run));
        return fail(ErrorCode::Io,
                    Text::tr("%1 did not finish within %2 seconds and was stopped: check the device, then try again.")
                        .arg(run.program)
                        .arg(run.timeoutMs / 1000),
                    commandLine(run));
    }
    ToolOutput output{process.readAllStandardOutput(), process.readAllStandardError(), process.exitCode()};
    if (process.exitStatus() == QProcess::CrashExit && output.exitCode == 0)
        output.exitCode = 128; // killed by a signal: never success
    return output;
}

Result<ToolOutput> runToolChecked(const ToolRun &run, const QString &device, const QString &what, const QString &fix,
                                  JobContext *job)
{
    auto output = runTool(run, job);
    if (!output)
        return fail(output.error().prefixed(what + QStringLiteral(" (") + device + QLatin1Char(')')));
    if (output->exitCode == 0)
        return output;
    QString said = QString::fromLocal8Bit(output->standardError).trimmed();
    if (said.isEmpty())
        said = QString::fromLocal8Bit(output->standardOutput).trimmed();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    if (said.isEmpty())
        said = Text::tr("nothing (exit code %1)").arg(output->exitCode);
    return fail(ErrorCode::Io, Text::tr("%1 failed for %2: %3 said: %4. %5").arg(what, device, run.program, said, fix),
                commandLine(run) + QLatin1Char('\n') + Text::tr("exit code %1").arg(output->exitCode));
}

Result<> requireRoot(const QString &action)
{
    if (::geteuid() == 0)
        return {};
    QStringList words = QCoreApplication::arguments();
    if (words.isEmpty())
        words << QStringLiteral("semina-cli");
    return fail(ErrorCode::AccessDenied,
                Text::tr("%1 needs root: run the same command as root, e.g. sudo %2").arg(action, shellQuoted(words)));
}

} // namespace Semina::Devices
