#pragma once

#include "TestEnvironment.h"
#include "vault/Vault.h"

#include <QDir>

#include <memory>

// The vault's tests run on the real local-folder store once it is in the tree (issue #3);
// until then on InterimFolderStore, a minimal stand-in under tests/.
#if __has_include("store/local/LocalFolderStore.h")
#include "store/local/FolderLayout.h"
#include "store/local/LocalFolderStore.h"
#define SEMINA_VAULT_TESTS_ON_LOCAL_STORE 1
#else
#include "InterimFolderStore.h"
#endif

namespace Semina::Test {

// A vault in a fresh folder with small chunks and packs (so small corpora exercise many of
// them) and scrypt parameters for tests only.
struct VaultFixture {
    static constexpr char kPassphrase[] = "correct horse battery staple";

    VaultFixture()
    {
        QDir().mkpath(accountFolder());
#ifdef SEMINA_VAULT_TESTS_ON_LOCAL_STORE
        storage = std::make_unique<Store::Local::LocalFolderStore>(accountFolder());
#else
        storage = std::make_unique<InterimFolderStore>(accountFolder());
#endif
        location = {storage.get(), QStringLiteral("vault"), {}};
    }

    TemporaryFolder folder{QStringLiteral("vault")};
    std::unique_ptr<Store::ObjectStore> storage;
    Vault::VaultLocation location;

    static Vault::CreateOptions options()
    {
        Vault::CreateOptions options;
        options.scrypt = Crypto::ScryptParameters::forTestsOnly();
        options.chunker = {4 * 1024, 16 * 1024, 64 * 1024};
        options.packTargetSize = 256 * 1024;
        options.keyLabel = QStringLiteral("test");
        return options;
    }

    [[nodiscard]] QString accountFolder() const
    {
        return folder.filePath(QStringLiteral("account"));
    }
    [[nodiscard]] QString path(const QString &name) const
    {
        return folder.filePath(name);
    }
    // The file that holds an object, for damage tests.
    [[nodiscard]] QString objectFile(const QString &name) const
    {
#ifdef SEMINA_VAULT_TESTS_ON_LOCAL_STORE
        return accountFolder() + QStringLiteral("/vault/") + *Store::Local::FolderLayout::relativePath(name);
#else
        return accountFolder() + QStringLiteral("/vault/") + name;
#endif
    }
    [[nodiscard]] QStringList objectNames(const QString &prefix) const
    {
        QStringList names;
        const auto page = storage->list(location.container, prefix);
        for (const auto &info : page->objects)
            names << info.name;
        return names;
    }
};

} // namespace Semina::Test
