#include "drives/SeedBlocks.h"

#include "store/ObjectStore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::DriveCopier)
};

} // namespace

SeedBlocks::SeedBlocks(Store::ObjectStore &seed, QString container)
    : m_seed(seed)
    , m_container(std::move(container))
{
    m_thread.setMaxThreadCount(1);
}

SeedBlocks::~SeedBlocks()
{
    m_thread.waitForDone();
}

Result<> SeedBlocks::read(const Offline::SeedObject &object, qint64 offset, QByteArray &into) const
{
    const qint64 length = qMin(kBlock, object.size - offset);
    auto read = m_seed.getInto(m_container, object.name, offset, length, into, nullptr,
                               Store::ReadOptions::authenticatedByCaller());
    if (!read)
        return fail(read.error().prefixed(Text::tr("The seed object %1 cannot be read").arg(object.name)));
    if (into.size() != length)
        return fail(ErrorCode::Corruption,
                    Text::tr("The seed object %1 is shorter than its manifest says: the seed in the staging "
                             "location was changed; check it with semina-cli offline-backup verify.")
                        .arg(object.name));
    return {};
}

Result<QByteArrayView> SeedBlocks::take(const Offline::SeedObject &object, qint64 offset)
{
    if (m_ahead) {
        Ahead ahead = std::move(*m_ahead);
        m_ahead.reset();
        if (ahead.name == object.name && ahead.offset == offset) {
            m_taken = 1 - m_taken;
            if (auto read = ahead.done.result(); !read)
                return fail(read.error());
            return QByteArrayView(m_buffers.at(size_t(m_taken)));
        }
        // A block read ahead for another place (the object is being written again) is dropped.
        ahead.done.waitForFinished();
    }
    QByteArray &buffer = m_buffers.at(size_t(m_taken));
    if (auto read = this->read(object, offset, buffer); !read)
        return fail(read.error());
    return QByteArrayView(buffer);
}

void SeedBlocks::readAhead(const Offline::SeedObject &object, qint64 offset)
{
    if (offset >= object.size)
        return;
    if (m_ahead)
        m_ahead->done.waitForFinished();
    QByteArray *into = &m_buffers.at(size_t(1 - m_taken));
    m_ahead = Ahead{object.name, offset,
                    QtConcurrent::run(&m_thread, [this, object, offset, into] { return read(object, offset, *into); })};
}

} // namespace Semina::Drives
