#include "vault/ResumeRecord.h"

#include "core/JobContext.h"
#include "crypto/Random.h"
#include "store/ObjectStore.h"
#include "vault/Vault.h"

namespace Semina::Vault {

namespace {
const QString kResumePrefix = QStringLiteral("resume/");
constexpr char kKind[] = "resume";
// A kill loses at most this much reading; each write is one small object.
constexpr qint64 kWriteIntervalMs = 5'000;
constexpr qsizetype kBatchFiles = 20'000;
} // namespace

ResumeRecord::ResumeRecord(Vault &vault)
    : m_vault(vault)
{
    m_sinceWrite.start();
}

Result<> ResumeRecord::load(JobContext &context)
{
    auto names = m_vault.listObjects(kResumePrefix);
    if (!names)
        return fail(names.error());
    for (const QString &name : std::as_const(*names)) {
        m_objects << name;
        auto plain = m_vault.readSealed(name, name.mid(kResumePrefix.size()).toLatin1(), kKind);
        auto tree = plain ? Tree::decode(*plain) : Result<Tree>(std::unexpected(plain.error()));
        if (!tree) {
            if (tree.error().code != ErrorCode::Corruption && tree.error().code != ErrorCode::InvalidInput)
                return fail(tree.error());
            context.notify(name, tree.error().message);
            continue;
        }
        for (TreeNode &node : tree->nodes)
            m_recorded.insert(node.name, std::move(node));
    }
    return {};
}

const TreeNode *ResumeRecord::find(const QByteArray &path) const
{
    const auto it = m_recorded.constFind(path);
    return it == m_recorded.constEnd() ? nullptr : &*it;
}

void ResumeRecord::add(const QByteArray &path, const TreeNode &node)
{
    TreeNode recorded = node;
    recorded.name = path;
    m_batch.nodes.append(std::move(recorded));
}

Result<> ResumeRecord::writeIfDue()
{
    if (m_batch.nodes.size() < kBatchFiles && m_sinceWrite.elapsed() < kWriteIntervalMs)
        return {};
    return write();
}

Result<> ResumeRecord::write()
{
    m_sinceWrite.restart();
    if (m_batch.nodes.isEmpty())
        return {};
    auto random = Crypto::randomBytes(16);
    if (!random)
        return fail(random.error());
    const QString name = kResumePrefix + QString::fromLatin1(random->toHex());
    if (auto ok = m_vault.writeSealed(name, random->toHex(), kKind, m_batch.encode()); !ok)
        return fail(ok.error());
    m_objects << name;
    m_batch.nodes.clear();
    return {};
}

Result<> ResumeRecord::remove()
{
    m_batch.nodes.clear();
    for (const QString &name : std::as_const(m_objects)) {
        auto removed
            = m_vault.location().store->remove(m_vault.location().container, m_vault.location().objectName(name));
        if (!removed && removed.error().code != ErrorCode::NotFound)
            return fail(removed.error());
    }
    m_objects.clear();
    return {};
}

} // namespace Semina::Vault
