#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Semina {
class JobContext;
}

namespace Semina::Devices {

// What an external program printed and how it ended.
struct ToolOutput {
    QByteArray standardOutput;
    QByteArray standardError;
    int exitCode = 0;
};

// One run of a system program (lsblk, sfdisk, mkfs.exfat, mount, losetup, ...) without a shell.
struct ToolRun {
    QString program;
    QStringList arguments = {};
    QByteArray input = {}; // written to its standard input, which is then closed
    int timeoutMs = 120'000;
};

// Runs it and waits. A program that cannot be started gives NotFound naming the Debian package
// to install; a timeout Io; a non-zero exit is returned as output (see requireSuccess). With a
// job, cancellation is polled while it runs and the program is killed (Cancelled).
Result<ToolOutput> runTool(const ToolRun &run, JobContext *job = nullptr);

// runTool, and a non-zero exit becomes an Io error: "<what> failed for <device>: <program>
// said: <stderr>" followed by `fix`, the full command line in the details.
Result<ToolOutput> runToolChecked(const ToolRun &run, const QString &device, const QString &what, const QString &fix,
                                  JobContext *job = nullptr);

// The Debian package that provides `program` ("sfdisk" -> "fdisk").
QString packageOf(const QString &program);

// AccessDenied when this process is not root: "<action> needs root: run the same command as
// root, e.g. sudo <this process's command line>". `action` names the device, e.g. "Formatting
// /dev/sdb". Formatting, mounting and loop devices need root.
Result<> requireRoot(const QString &action);

} // namespace Semina::Devices
