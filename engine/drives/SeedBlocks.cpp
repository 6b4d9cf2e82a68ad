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

Result<QByteArray> SeedBlocks::read(const Offline::SeedObject &object, qint64 offset) const
{
    const qint64 length = qMin(kBlock, object.size - offset);
    auto block
        = m_seed.get(m_container, object.name, offset, length, nullptr, Store::ReadOptions::authenticatedByCaller());
    if (!block)
        return fail(block.error().prefixed(Text::tr("The seed object %1 cannot be read").arg(object.name)));
    if (block->size() != length)
        return fail(ErrorCode::Corruption,
                    Text::tr("The seed object %1 is shorter than its manifest says: the seed in the staging "
                             "location was changed; check it with semina-cli offline-backup verify.")
                        .arg(object.name));
    return block;
}

Result<QByteArray> SeedBlocks::take(const Offline::SeedObject &object, qint64 offset)
{
    if (m_ahead) {
        Ahead ahead = std::move(*m_ahead);
        m_ahead.reset();
        // A block read ahead for another place (the object is being written again) is dropped.
        if (ahead.name == object.name && ahead.offset == offset)
            return ahead.block.result();
        ahead.block.waitForFinished();
    }
    return read(object, offset);
}

void SeedBlocks::readAhead(const Offline::SeedObject &object, qint64 offset)
{
    if (offset >= object.size)
        return;
    if (m_ahead)
        m_ahead->block.waitForFinished();
    m_ahead = Ahead{object.name, offset,
                    QtConcurrent::run(&m_thread, [this, object, offset] { return read(object, offset); })};
}

} // namespace Semina::Drives
