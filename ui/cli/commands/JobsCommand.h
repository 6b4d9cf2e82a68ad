#pragma once

#include "Command.h"
#include "importjob/ImportJob.h"

#include <QList>

namespace Semina::Cli {

// `semina-cli jobs [--json]`: the import jobs of this server and their states.
class JobsCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("jobs"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    static void printTable(const QList<Offline::ImportJob> &jobs, Console &console);
};

} // namespace Semina::Cli
