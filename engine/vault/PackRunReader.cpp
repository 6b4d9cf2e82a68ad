#include "vault/PackRunReader.h"

#include "core/Logging.h"
#include "store/ObjectStore.h"
#include "vault/Pack.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace Semina::Vault {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Vault)
};

// What a store says about a pack that is gone or shorter than its index claims.
bool isDamage(ErrorCode code)
{
    return code == ErrorCode::NotFound || code == ErrorCode::InvalidInput || code == ErrorCode::Corruption;
}
} // namespace

PackRunReader::PackRunReader(Vault &vault, const RestorePlan &plan)
    : m_vault(vault)
    , m_plan(plan)
{
}

Result<QByteArray> PackRunReader::read(quint32 pack, qint64 start, qint64 length)
{
    return m_vault.location().readSealedBytes(PackFormat::objectName(m_plan.packs[qsizetype(pack)]), start, length);
}

Result<std::optional<PackRun>> PackRunReader::next()
{
    const std::vector<ChunkNeed> &needs = m_plan.needs;
    if (m_next >= needs.size())
        return std::optional<PackRun>();
    PackRun run;
    run.firstNeed = m_next;
    run.pack = needs[m_next].pack;
    run.start = needs[m_next].offset;
    qint64 end = run.start + needs[m_next].length;
    size_t last = m_next + 1;
    if (m_next >= m_oneByOneUntil) {
        for (; last < needs.size(); ++last) {
            const ChunkNeed &need = needs[last];
            const qint64 needEnd = qMax(end, qint64(need.offset) + need.length);
            if (need.pack != run.pack || need.offset > end + kMaxGap || needEnd - run.start > kRunTarget)
                break;
            end = needEnd;
        }
    }
    run.needCount = last - m_next;
    auto bytes = read(run.pack, run.start, end - run.start);
    if (bytes && bytes->size() != end - run.start)
        bytes = fail(
            ErrorCode::Corruption,
            Text::tr("The pack \"%1\" ended early.").arg(PackFormat::objectName(m_plan.packs[qsizetype(run.pack)])));
    if (!bytes) {
        if (!isDamage(bytes.error().code))
            return fail(bytes.error());
        if (run.needCount > 1 && bytes.error().code != ErrorCode::NotFound) {
            // Perhaps only part of the run is gone: read its blobs singly.
            m_oneByOneUntil = last;
            return next();
        }
        const QString packName = PackFormat::objectName(m_plan.packs[qsizetype(run.pack)]);
        run.damage = run.needCount == 1 ? Text::tr("The pack \"%1\" holding blob %2 is missing or truncated.")
                                              .arg(packName, needs[run.firstNeed].id.shortHex())
                                        : Text::tr("The pack \"%1\" is missing or truncated.").arg(packName);
        qCDebug(lcVault) << "pack read failed:" << bytes.error().message;
    } else {
        run.bytes = std::move(*bytes);
    }
    m_next = last;
    return std::optional<PackRun>(std::move(run));
}

} // namespace Semina::Vault
