#pragma once

#include "Command.h"

class QCommandLineParser;

namespace Semina::Cli {

struct JobTargetOptions;

// `semina-cli importjob create|ship|cancel|show|papers`: the import job in the import service.
// `create` retries the job's creation after a failed end of drive preparation; `ship` enters
// the shipping details (asking for each one on a terminal), reviews them and commits on "yes";
// `cancel` while Creating or Shipping; `papers` prints the packing list and the drive labels.
// The shipping step lives in ImportJobShip.cpp.
class ImportJobCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("importjob"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int create(const QCommandLineParser &parser, const JobTargetOptions &target, Console &console);
    int ship(const QCommandLineParser &parser, const JobTargetOptions &target, Console &console);
    int cancel(const JobTargetOptions &target, Console &console);
    int show(const JobTargetOptions &target, Console &console);
    int papers(const QCommandLineParser &parser, const JobTargetOptions &target, Console &console);
};

} // namespace Semina::Cli
