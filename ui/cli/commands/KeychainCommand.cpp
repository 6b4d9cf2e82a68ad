#include "KeychainCommand.h"

#include "Console.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace Semina::Cli {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Cli::KeychainCommand)
};
} // namespace

QString KeychainCommand::summary() const
{
    return Text::tr("check: test that the OS keychain stores and returns secrets");
}

int KeychainCommand::run(const QStringList &arguments, Console &console)
{
    const QString usage = Text::tr("Usage: semina-cli keychain check\n"
                                   "Writes, reads back and removes a test entry in the OS keychain.\n");
    const QStringList args = arguments.mid(1);
    if (args == QStringList{QStringLiteral("--help")} || args == QStringList{QStringLiteral("-h")}) {
        console.out() << usage << Qt::flush;
        return 0;
    }
    if (args != QStringList{QStringLiteral("check")}) {
        console.err() << usage;
        return console.report({ErrorCode::Usage, Text::tr("Unknown keychain action: the only action is \"check\".")});
    }
    SecretStore store;
    if (auto ok = store.probe(); !ok)
        return console.report(ok.error());
    console.out() << Text::tr("The keychain works: a test secret was stored, read back and removed.") << Qt::endl;
    return 0;
}

} // namespace Semina::Cli
