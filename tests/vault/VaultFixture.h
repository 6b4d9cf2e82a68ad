#pragma once

#include "TestEnvironment.h"
#include "vault/Pack.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <memory>

#include "store/local/FolderLayout.h"
#include "store/local/LocalFolderStore.h"

namespace Semina::Test {

// A vault in a fresh folder with small chunks and packs (so small corpora exercise many of
// them) and scrypt parameters for tests only.
struct VaultFixture {
    static constexpr char kPassphrase[] = "correct horse battery staple";

    VaultFixture()
    {
        QDir().mkpath(accountFolder());
        storage = std::make_unique<Store::Local::LocalFolderStore>(accountFolder());
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

    [[nodiscard]] QString accountFolder() const { return folder.filePath(QStringLiteral("account")); }
    [[nodiscard]] QString path(const QString &name) const { return folder.filePath(name); }
    // The file that holds an object, for damage tests.
    [[nodiscard]] QString objectFile(const QString &name) const
    {
        return accountFolder() + QStringLiteral("/vault/") + *Store::Local::FolderLayout::relativePath(name);
    }
    [[nodiscard]] QStringList objectNames(const QString &prefix) const
    {
        QStringList names;
        const auto page = storage->list(location.container, prefix);
        for (const auto &info : page->objects)
            names << info.name;
        return names;
    }

    // The chunks of a backed-up file, by its path inside the vault's latest snapshot.
    static QList<Vault::ChunkId> chunksOf(Vault::Vault &vault, const QString &relative)
    {
        const auto snapshot = vault.findSnapshot(QStringLiteral("latest"));
        auto tree = vault.readTree(snapshot->tree);
        QByteArrayList parts = QFile::encodeName(relative).split('/');
        for (;;) {
            const QByteArray name = parts.takeFirst();
            const auto node = std::find_if(tree->nodes.begin(), tree->nodes.end(),
                                           [&](const Vault::TreeNode &n) { return n.name == name; });
            if (parts.isEmpty())
                return node->chunks;
            tree = vault.readTree(node->subtree);
        }
    }

    // The name of the pack that holds a chunk.
    static QString packOf(Vault::Vault &vault, const Vault::ChunkId &id)
    {
        return Vault::PackFormat::objectName(vault.index().find(id)->packId);
    }
};

} // namespace Semina::Test
