#pragma once

#include "store/ObjectStore.h"
#include "store/StoreOptions.h"
#include "store/azure/BlobSession.h"

#include <QThreadPool>

namespace Semina::Azure {

// An ObjectStore on Azure Blob Storage (or Azurite), spoken directly over HTTP with
// QNetworkAccessManager on a private network thread (see NetworkThread).
// Small objects are one Put Blob; large ones are Put Block (several in flight, each with its
// Content-MD5) and one Put Block List, which is what makes them visible: an interrupted
// upload leaves only uncommitted blocks, which Azure discards after a week.
// Whole reads are checked against the blob's MD5 and reported as Corruption on mismatch.
class BlobStore final : public Store::ObjectStore {
public:
    BlobStore(AzureAccount account, Store::StoreOptions options = {});
    ~BlobStore() override;

    [[nodiscard]] QString describe() const override;

    Result<> createContainer(const QString &container) override;
    Result<> deleteContainer(const QString &container) override;
    Result<bool> containerExists(const QString &container) override;
    Result<Store::ObjectInfo> put(const QString &container, const QString &name, const QByteArray &data,
                                  const Store::PutCondition &condition = {}, JobContext *context = nullptr) override;
    Result<Store::ObjectInfo> putFrom(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                      JobContext *context = nullptr) override;
    Result<QByteArray> get(const QString &container, const QString &name, qint64 offset = 0, qint64 length = -1,
                           JobContext *context = nullptr, const Store::ReadOptions &options = {}) override;
    Result<qint64> getTo(const QString &container, const QString &name, QIODevice &target,
                         JobContext *context = nullptr, const Store::ReadOptions &options = {}) override;
    Result<Store::ObjectInfo> head(const QString &container, const QString &name) override;
    Result<Store::ListPage> list(const QString &container, const QString &prefix, const QString &marker = {},
                                 int maxResults = 5000) override;
    Result<> remove(const QString &container, const QString &name) override;
    Result<Store::ObjectInfo> copy(const QString &sourceContainer, const QString &sourceName,
                                   const QString &targetContainer, const QString &targetName) override;

private:
    Result<> checkNames(const QString &container, const QString &name) const;
    Result<Store::ObjectInfo> putBlob(const QString &container, const QString &name, const QByteArray &data,
                                      const Store::PutCondition &condition, JobContext *context);
    // Put Block for each block of `source`, `parallelism` at a time, then Put Block List.
    Result<Store::ObjectInfo> putBlocks(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                        const Store::PutCondition &condition, JobContext *context);
    Result<HttpResponse> getRange(const QString &container, const QString &name, qint64 offset, qint64 length,
                                  const QByteArray &ifMatch, JobContext *context);

    BlobSession m_session;
    Store::StoreOptions m_options;
    QThreadPool m_blockPool; // runs the blocks in flight
};

} // namespace Semina::Azure
