#include "offline/SeedManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Semina::Offline {

namespace {

// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Offline::SeedManifest)
};

const QString kManifestFormat = QStringLiteral("semina-seed-manifest");
const QString kSignatureFormat = QStringLiteral("semina-seed-signature");

Error damaged(const QString &fileName, const QString &what)
{
    return {
        ErrorCode::Corruption,
        Text::tr("The seed manifest \"%1\" is damaged (%2): write the seed again with --force.").arg(fileName, what)};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

qint64 SeedManifest::seedBytes() const
{
    qint64 total = 0;
    for (const SeedObject &object : objects)
        total += object.size;
    return total;
}

QByteArray SeedManifest::toJson() const
{
    QJsonObject formJson{
        {QStringLiteral("stagingLocation"), form.stagingLocation},
        {QStringLiteral("publishSettingsFile"), form.publishSettingsFile},
        {QStringLiteral("importJobName"), form.importJobName},
        {QStringLiteral("subscriptionId"), form.subscriptionId},
        {QStringLiteral("storageAccount"), form.storageAccount},
        {QStringLiteral("container"), form.container},
    };
    QList<SeedObject> sorted = objects;
    std::sort(sorted.begin(), sorted.end(), [](const SeedObject &a, const SeedObject &b) { return a.name < b.name; });
    QJsonArray objectsJson;
    for (const SeedObject &object : sorted)
        objectsJson.append(QJsonObject{{QStringLiteral("name"), object.name},
                                       {QStringLiteral("size"), object.size},
                                       {QStringLiteral("sha256"), QString::fromLatin1(object.sha256.toHex())}});
    const QJsonObject root{
        {QStringLiteral("format"), kManifestFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("form"), formJson},
        {QStringLiteral("sourceHost"), sourceHost},
        {QStringLiteral("sources"), toArray(sources)},
        {QStringLiteral("excludes"), toArray(excludes)},
        {QStringLiteral("vault"),
         QJsonObject{{QStringLiteral("id"), vaultId},
                     {QStringLiteral("container"), container},
                     {QStringLiteral("snapshot"), snapshotId}}},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("protectedBytes"), protectedBytes},
                     {QStringLiteral("files"), files},
                     {QStringLiteral("objects"), qint64(objects.size())},
                     {QStringLiteral("seedBytes"), seedBytes()}}},
        {QStringLiteral("objects"), objectsJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SeedManifest> SeedManifest::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(damaged(fileName, parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kManifestFormat)
        return fail(damaged(fileName, Text::tr("not a seed manifest")));
    if (root.value(QStringLiteral("version")).toInt() < 1 || root.value(QStringLiteral("version")).toInt() > kVersion)
        return fail(ErrorCode::InvalidInput,
                    Text::tr("The seed manifest \"%1\" has version %2, newer than this Semina reads: update Semina.")
                        .arg(fileName)
                        .arg(root.value(QStringLiteral("version")).toInt()));
    SeedManifest manifest;
    const QJsonObject form = root.value(QStringLiteral("form")).toObject();
    manifest.form.stagingLocation = form.value(QStringLiteral("stagingLocation")).toString();
    manifest.form.publishSettingsFile = form.value(QStringLiteral("publishSettingsFile")).toString();
    manifest.form.importJobName = form.value(QStringLiteral("importJobName")).toString();
    manifest.form.subscriptionId = form.value(QStringLiteral("subscriptionId")).toString();
    manifest.form.storageAccount = form.value(QStringLiteral("storageAccount")).toString();
    manifest.form.container = form.value(QStringLiteral("container")).toString();
    manifest.created
        = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).toUTC();
    manifest.sourceHost = root.value(QStringLiteral("sourceHost")).toString();
    manifest.sources = toList(root.value(QStringLiteral("sources")));
    manifest.excludes = toList(root.value(QStringLiteral("excludes")));
    const QJsonObject vault = root.value(QStringLiteral("vault")).toObject();
    manifest.vaultId = vault.value(QStringLiteral("id")).toString();
    manifest.container = vault.value(QStringLiteral("container")).toString();
    manifest.snapshotId = vault.value(QStringLiteral("snapshot")).toString();
    if (manifest.form.importJobName.isEmpty() || manifest.vaultId.isEmpty() || manifest.container.isEmpty())
        return fail(damaged(fileName, Text::tr("the job name, the vault id or its container is missing")));
    for (const QJsonValue &value : root.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        SeedObject seedObject{object.value(QStringLiteral("name")).toString(),
                              qint64(object.value(QStringLiteral("size")).toDouble(-1)),
                              QByteArray::fromHex(object.value(QStringLiteral("sha256")).toString().toLatin1())};
        if (seedObject.name.isEmpty() || seedObject.size < 0 || seedObject.sha256.size() != 32)
            return fail(
                damaged(fileName, Text::tr("object %1 is not described fully").arg(manifest.objects.size() + 1)));
        manifest.objects.append(seedObject);
    }
    const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
    manifest.protectedBytes = qint64(totals.value(QStringLiteral("protectedBytes")).toDouble());
    manifest.files = qint64(totals.value(QStringLiteral("files")).toDouble());
    if (qint64(totals.value(QStringLiteral("objects")).toDouble()) != manifest.objects.size()
        || qint64(totals.value(QStringLiteral("seedBytes")).toDouble()) != manifest.seedBytes())
        return fail(damaged(fileName, Text::tr("its totals do not match its list of objects")));
    return manifest;
}

QByteArray SeedSignature::toJson() const
{
    const QJsonObject root{
        {QStringLiteral("format"), kSignatureFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("manifest"), QString::fromLatin1(SeedLayout::kManifestFile)},
        {QStringLiteral("certificateThumbprint"), certificateThumbprint},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SeedSignature> SeedSignature::fromJson(const QByteArray &json, const QString &fileName)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    SeedSignature signature{root.value(QStringLiteral("certificateThumbprint")).toString(),
                            QByteArray::fromBase64(root.value(QStringLiteral("signature")).toString().toLatin1())};
    if (root.value(QStringLiteral("format")).toString() != kSignatureFormat || signature.signature.isEmpty()
        || signature.certificateThumbprint.isEmpty())
        return fail(
            ErrorCode::Corruption,
            Text::tr("The signature file \"%1\" of the seed manifest is damaged: write the seed again with --force.")
                .arg(fileName));
    return signature;
}

} // namespace Semina::Offline
