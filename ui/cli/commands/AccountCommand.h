#pragma once

#include "Command.h"

namespace Semina::Store {
class AccountRegistry;
struct AccountDefinition;
} // namespace Semina::Store

namespace Semina::Cli {

// `semina-cli account add|list|test|remove`: the storage accounts Semina writes to, named once.
class AccountCommand : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("account"); }
    [[nodiscard]] QString summary() const override;
    int run(const QStringList &arguments, Console &console) override;

private:
    int add(const QStringList &args, Console &console);
    static int createContainer(const Store::AccountDefinition &account, Store::AccountRegistry &registry,
                               Console &console);
    int list(Console &console);
    int test(const QStringList &args, Console &console);
    int remove(const QStringList &args, Console &console);
};

} // namespace Semina::Cli
