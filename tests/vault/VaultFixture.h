#pragma once

#include "InterimFolderStore.h"
#include "TestEnvironment.h"
#include "vault/Vault.h"

#include <memory>

namespace Semina::Test {

// A vault in a fresh folder with small chunks and packs (so small corpora exercise many of
// them) and scrypt parameters for tests only.
struct VaultFixture {
    static constexpr char kPassphrase[] = "correct horse battery staple";

    TemporaryFolder folder{QStringLiteral("vault")};
    InterimFolderStore store{folder.filePath(QStringLiteral("account"))};
    Vault::VaultLocation location{&store, QStringLiteral("vault"), {}};

    static Vault::CreateOptions options()
    {
        Vault::CreateOptions options;
        options.scrypt = Crypto::ScryptParameters::forTestsOnly();
        options.chunker = {4 * 1024, 16 * 1024, 64 * 1024};
        options.packTargetSize = 256 * 1024;
        options.keyLabel = QStringLiteral("test");
        return options;
    }

    [[nodiscard]] QString path(const QString &name) const { return folder.filePath(name); }
    [[nodiscard]] QString objectFile(const QString &name) const { return store.filePath(location.container, name); }
};

} // namespace Semina::Test
