#pragma once

#include "store/ObjectStore.h"

#include <QMutex>

#include <atomic>
#include <chrono>

namespace Semina::Test {

// An ObjectStore that passes every call to another one, except for the faults a test plans:
// the k-th operation fails, reads come back truncated or with a bit flipped, or operations
// are delayed. Counts the operations it saw, so tests can tell how often a caller retried.
class FaultInjectingStore final : public Store::ObjectStore {
public:
    explicit FaultInjectingStore(Store::ObjectStore &inner);

    // Operation number `k` (1-based, counted from now over all calls) fails with `error`.
    void failOperation(int k, Error error);
    // Every get()/getTo() from now on loses its last `bytes` bytes.
    void truncateReads(qint64 bytes);
    // Every get()/getTo() from now on has bit `bit` (counted from the first byte) flipped.
    void flipBitInReads(qint64 bit);
    // Every operation waits this long first (cancellable through its JobContext).
    void delayOperations(std::chrono::milliseconds delay);
    void clearFaults();

    [[nodiscard]] int operations() const { return m_operations.load(); }

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
    Result<QList<Store::UnfinishedWrite>> listUnfinishedWrites(const QString &container, const QString &prefix) override
    {
        return m_inner.listUnfinishedWrites(container, prefix);
    }
    Result<> removeUnfinishedWrite(const QString &container, const Store::UnfinishedWrite &write) override
    {
        return m_inner.removeUnfinishedWrite(container, write);
    }

private:
    // Counts the operation, waits the planned delay; the planned failure if it is this one's.
    Result<> begin(JobContext *context);
    QByteArray damaged(QByteArray data) const;

    Store::ObjectStore &m_inner;
    std::atomic<int> m_operations{0};
    mutable QMutex m_mutex;
    QList<std::pair<int, Error>> m_failures;
    qint64 m_truncate = 0;
    qint64 m_flipBit = -1;
    std::chrono::milliseconds m_delay{0};
};

} // namespace Semina::Test
