#pragma once

#include "Command.h"

namespace Semina::Cli {

// `semina-cli service init|set|show`: the import service in a storage account (or the embedded
// local one): the receiving station's key pair and certificate, the ship-to address, the
// supported carriers.
class ServiceCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("service"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;
};

} // namespace Semina::Cli
