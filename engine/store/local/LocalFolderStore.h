#pragma once

#include "store/ObjectStore.h"

#include <functional>

namespace Semina {
class AtomicFile;
}

namespace Semina::Store::Local {

// The embedded default storage account: the account is a folder, each container a
// sub-folder, each object one file (see ObjectFile.h and FolderLayout.h).
// Writes go through AtomicFile; replacing or removing an object holds the container's
// FolderLock, so conditional puts are safe between threads and processes on one machine.
class LocalFolderStore final : public ObjectStore {
public:
    explicit LocalFolderStore(QString accountFolder);

    [[nodiscard]] QString describe() const override;
    [[nodiscard]] const QString &folder() const { return m_root; }

    Result<> createContainer(const QString &container) override;
    Result<> deleteContainer(const QString &container) override;
    Result<bool> containerExists(const QString &container) override;
    Result<ObjectInfo> put(const QString &container, const QString &name, const QByteArray &data,
                           const PutCondition &condition = {}, JobContext *context = nullptr) override;
    Result<ObjectInfo> putFrom(const QString &container, const QString &name, QIODevice &source, qint64 size,
                               JobContext *context = nullptr) override;
    Result<QByteArray> get(const QString &container, const QString &name, qint64 offset = 0, qint64 length = -1,
                           JobContext *context = nullptr, const Store::ReadOptions &options = {}) override;
    Result<> getInto(const QString &container, const QString &name, qint64 offset, qint64 length, QByteArray &into,
                     JobContext *context = nullptr, const ReadOptions &options = {}) override;
    Result<qint64> getTo(const QString &container, const QString &name, QIODevice &target,
                         JobContext *context = nullptr, const Store::ReadOptions &options = {}) override;
    Result<ObjectInfo> head(const QString &container, const QString &name) override;
    Result<ListPage> list(const QString &container, const QString &prefix, const QString &marker = {},
                          int maxResults = 5000) override;
    Result<> remove(const QString &container, const QString &name) override;
    Result<ObjectInfo> copy(const QString &sourceContainer, const QString &sourceName, const QString &targetContainer,
                            const QString &targetName) override;
    // The temporary files of AtomicFile writes that never finished (UnfinishedWrites.cpp).
    Result<QList<UnfinishedWrite>> listUnfinishedWrites(const QString &container, const QString &prefix) override;
    Result<> removeUnfinishedWrite(const QString &container, const UnfinishedWrite &write) override;

private:
    // The container's folder, after checking the name and that the account folder exists.
    Result<QString> containerFolder(const QString &container, bool mustExist) const;
    // The object's file, after checking both names and that the container exists.
    Result<QString> objectFile(const QString &container, const QString &name) const;
    // Writes header + the bytes `writeData` appends (it returns their MD5) into a temporary file and renames it over
    // the object under the container lock, checking `condition` there. A container this process may not write is
    // AccessDenied (see deniedWhenReadOnly).
    Result<ObjectInfo> store(const QString &container, const QString &name, const PutCondition &condition, qint64 size,
                             const std::function<Result<QByteArray>(AtomicFile &)> &writeData);
    Result<ObjectInfo> writeObject(const QString &container, const QString &name, const PutCondition &condition,
                                   qint64 size, const std::function<Result<QByteArray>(AtomicFile &)> &writeData);

    QString m_root;
};

} // namespace Semina::Store::Local
