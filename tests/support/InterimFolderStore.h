#pragma once

#include "store/ObjectStore.h"

namespace Semina::Test {

// A minimal folder-backed ObjectStore for the vault's tests, used only until the real
// local-folder backend (issue #3, branch `store`) is merged; then the tests switch to it.
// Atomic puts (temp file + rename) like the contract asks; no conditions across processes,
// no paging, no name mapping beyond refusing "..".
class InterimFolderStore : public Store::ObjectStore {
public:
    explicit InterimFolderStore(QString root);

    [[nodiscard]] QString describe() const override;
    Result<> createContainer(const QString &container) override;
    Result<> deleteContainer(const QString &container) override;
    Result<bool> containerExists(const QString &container) override;
    Result<Store::ObjectInfo> put(const QString &container, const QString &name, const QByteArray &data,
                                  const Store::PutCondition &condition = {}, JobContext *context = nullptr) override;
    Result<Store::ObjectInfo> putFrom(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                      JobContext *context = nullptr) override;
    Result<QByteArray> get(const QString &container, const QString &name, qint64 offset = 0, qint64 length = -1,
                           JobContext *context = nullptr) override;
    Result<qint64> getTo(const QString &container, const QString &name, QIODevice &target,
                         JobContext *context = nullptr) override;
    Result<Store::ObjectInfo> head(const QString &container, const QString &name) override;
    Result<Store::ListPage> list(const QString &container, const QString &prefix, const QString &marker = {},
                                 int maxResults = 5000) override;
    Result<> remove(const QString &container, const QString &name) override;
    Result<Store::ObjectInfo> copy(const QString &sourceContainer, const QString &sourceName,
                                   const QString &targetContainer, const QString &targetName) override;

    // For damage tests: the file that holds an object.
    [[nodiscard]] QString filePath(const QString &container, const QString &name) const;

private:
    Result<QString> path(const QString &container, const QString &name) const;
    QString m_root;
};

} // namespace Semina::Test
