// One backup of a folder into a folder vault, for tst_vaultkill to start and kill.
// Usage: vault_backup_child ACCOUNT_FOLDER SOURCE (passphrase in SEMINA_PASSWORD)
#include "VaultFixture.h"
#include "core/JobContext.h"
#include "vault/Backup.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return 2;
    Semina::Store::Local::LocalFolderStore store(arguments.at(1));
    const Semina::Vault::VaultLocation location{&store, QStringLiteral("vault"), {}};
    auto vault = Semina::Vault::Vault::open(location, qgetenv("SEMINA_PASSWORD"));
    QTextStream err(stderr);
    if (!vault) {
        err << vault.error().message << Qt::endl;
        return Semina::exitCodeFor(vault.error().code);
    }
    Semina::JobContext context;
    // One line per progress report, so the parent can kill at points spread over the run.
    QTextStream out(stdout);
    context.setProgressListener([&out](const Semina::Progress &progress) { out << progress.bytesDone << Qt::endl; }, 0);
    Semina::Vault::BackupRequest request;
    request.paths = {arguments.at(2)};
    const auto snapshot = Semina::Vault::backup(**vault, request, context);
    if (!snapshot) {
        err << snapshot.error().message << Qt::endl;
        return Semina::exitCodeFor(snapshot.error().code);
    }
    out << "snapshot " << snapshot->id << Qt::endl;
    return 0;
}
