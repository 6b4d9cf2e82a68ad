#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli status`: the import jobs' states and deadlines, counted down, from the import
// service; --watch refreshes them until every job has ended.
class StatusCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("status"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
