#include "vault/Snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Semina::Vault {

namespace {
const std::pair<const char *, qint64 SnapshotTotals::*> kTotals[] = {
    {"files", &SnapshotTotals::files},
    {"directories", &SnapshotTotals::directories},
    {"symlinks", &SnapshotTotals::symlinks},
    {"bytes", &SnapshotTotals::bytes},
    {"unchangedFiles", &SnapshotTotals::unchangedFiles},
    {"resumedFiles", &SnapshotTotals::resumedFiles},
    {"readBytes", &SnapshotTotals::readBytes},
    {"newBlobs", &SnapshotTotals::newBlobs},
    {"newBytes", &SnapshotTotals::newBytes},
    {"storedBytes", &SnapshotTotals::storedBytes},
    {"warnings", &SnapshotTotals::warnings},
};
} // namespace

QByteArray Snapshot::toJson() const
{
    QJsonObject totalsObject;
    for (const auto &[name, member] : kTotals)
        totalsObject.insert(QLatin1String(name), totals.*member);
    const QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("host"), host},
        {QStringLiteral("user"), user},
        {QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("tree"), tree.toHex()},
        {QStringLiteral("parent"), parent},
        {QStringLiteral("totals"), totalsObject},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Snapshot> Snapshot::fromJson(const QByteArray &json, const QString &id)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    const QByteArray tree = QByteArray::fromHex(object.value(QStringLiteral("tree")).toString().toLatin1());
    if (!document.isObject() || object.value(QStringLiteral("format")).toInt() != 1 || tree.size() != 32)
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Vault", "The snapshot \"%1\" is malformed.").arg(id));
    Snapshot snapshot;
    snapshot.id = id;
    snapshot.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    snapshot.host = object.value(QStringLiteral("host")).toString();
    snapshot.user = object.value(QStringLiteral("user")).toString();
    for (const auto &path : object.value(QStringLiteral("paths")).toArray())
        snapshot.paths << path.toString();
    for (const auto &tag : object.value(QStringLiteral("tags")).toArray())
        snapshot.tags << tag.toString();
    snapshot.tree = ChunkId::fromBytes(tree);
    snapshot.parent = object.value(QStringLiteral("parent")).toString();
    const QJsonObject totalsObject = object.value(QStringLiteral("totals")).toObject();
    for (const auto &[name, member] : kTotals)
        snapshot.totals.*member = totalsObject.value(QLatin1String(name)).toInteger();
    return snapshot;
}

} // namespace Semina::Vault
