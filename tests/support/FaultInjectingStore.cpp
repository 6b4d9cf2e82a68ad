#include "FaultInjectingStore.h"

#include "core/JobContext.h"

#include <QBuffer>
#include <QThread>

namespace Semina::Test {

FaultInjectingStore::FaultInjectingStore(Store::ObjectStore &inner)
    : m_inner(inner)
{
}

void FaultInjectingStore::failOperation(int k, Error error)
{
    QMutexLocker lock(&m_mutex);
    m_failures.append({m_operations.load() + k, std::move(error)});
}

void FaultInjectingStore::truncateReads(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_truncate = bytes;
}

void FaultInjectingStore::flipBitInReads(qint64 bit)
{
    QMutexLocker lock(&m_mutex);
    m_flipBit = bit;
}

void FaultInjectingStore::delayOperations(std::chrono::milliseconds delay)
{
    QMutexLocker lock(&m_mutex);
    m_delay = delay;
}

void FaultInjectingStore::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_failures.clear();
    m_truncate = 0;
    m_flipBit = -1;
    m_delay = std::chrono::milliseconds(0);
}

Result<> FaultInjectingStore::begin(JobContext *context)
{
    const int number = ++m_operations;
    std::chrono::milliseconds delay;
    {
        QMutexLocker lock(&m_mutex);
        delay = m_delay;
        for (const auto &[k, error] : std::as_const(m_failures)) {
            if (k == number)
                return fail(error);
        }
    }
    for (auto left = delay; left.count() > 0; left -= std::chrono::milliseconds(10)) {
        if (context) {
            if (auto go = context->checkCancelled(); !go)
                return go;
        }
        QThread::msleep(10);
    }
    return {};
}

QByteArray FaultInjectingStore::damaged(QByteArray data) const
{
    QMutexLocker lock(&m_mutex);
    if (m_truncate > 0)
        data.chop(qMin<qint64>(m_truncate, data.size()));
    if (m_flipBit >= 0 && m_flipBit / 8 < data.size())
        data[m_flipBit / 8] = char(data[m_flipBit / 8] ^ (1 << (m_flipBit % 8)));
    return data;
}

QString FaultInjectingStore::describe() const
{
    return m_inner.describe();
}

Result<> FaultInjectingStore::createContainer(const QString &container)
{
    if (auto go = begin(nullptr); !go)
        return go;
    return m_inner.createContainer(container);
}

Result<> FaultInjectingStore::deleteContainer(const QString &container)
{
    if (auto go = begin(nullptr); !go)
        return go;
    return m_inner.deleteContainer(container);
}

Result<bool> FaultInjectingStore::containerExists(const QString &container)
{
    if (auto go = begin(nullptr); !go)
        return fail(go.error());
    return m_inner.containerExists(container);
}

Result<Store::ObjectInfo> FaultInjectingStore::put(const QString &container, const QString &name,
                                                   const QByteArray &data, const Store::PutCondition &condition,
                                                   JobContext *context)
{
    if (auto go = begin(context); !go)
        return fail(go.error());
    return m_inner.put(container, name, data, condition, context);
}

Result<Store::ObjectInfo> FaultInjectingStore::putFrom(const QString &container, const QString &name, QIODevice &source,
                                                       qint64 size, JobContext *context)
{
    if (auto go = begin(context); !go)
        return fail(go.error());
    return m_inner.putFrom(container, name, source, size, context);
}

Result<QByteArray> FaultInjectingStore::get(const QString &container, const QString &name, qint64 offset, qint64 length,
                                            JobContext *context, const Store::ReadOptions &options)
{
    if (auto go = begin(context); !go)
        return fail(go.error());
    auto data = m_inner.get(container, name, offset, length, context, options);
    if (!data)
        return data;
    return damaged(std::move(*data));
}

Result<qint64> FaultInjectingStore::getTo(const QString &container, const QString &name, QIODevice &target,
                                          JobContext *context, const Store::ReadOptions &options)
{
    if (auto go = begin(context); !go)
        return fail(go.error());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto read = m_inner.getTo(container, name, buffer, context, options);
    if (!read)
        return read;
    const QByteArray data = damaged(buffer.data());
    target.write(data);
    return data.size();
}

Result<Store::ObjectInfo> FaultInjectingStore::head(const QString &container, const QString &name)
{
    if (auto go = begin(nullptr); !go)
        return fail(go.error());
    return m_inner.head(container, name);
}

Result<Store::ListPage> FaultInjectingStore::list(const QString &container, const QString &prefix,
                                                  const QString &marker, int maxResults)
{
    if (auto go = begin(nullptr); !go)
        return fail(go.error());
    return m_inner.list(container, prefix, marker, maxResults);
}

Result<> FaultInjectingStore::remove(const QString &container, const QString &name)
{
    if (auto go = begin(nullptr); !go)
        return go;
    return m_inner.remove(container, name);
}

Result<Store::ObjectInfo> FaultInjectingStore::copy(const QString &sourceContainer, const QString &sourceName,
                                                    const QString &targetContainer, const QString &targetName)
{
    if (auto go = begin(nullptr); !go)
        return fail(go.error());
    return m_inner.copy(sourceContainer, sourceName, targetContainer, targetName);
}

} // namespace Semina::Test
