#pragma once

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Semina::Test {

// What one run of semina-cli printed and how it ended.
struct CliRun {
    int exitCode = -1; // -1: it did not end in time
    QString out;
    QString err;
};

// semina-cli's environment for a test whose settings and data live in `home` (config/ and
// data/), with English messages.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// Runs `program` as a real process with `input` on its standard input (closed after it).
inline CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &input = {}, int timeoutMs = 300'000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Semina::Test
