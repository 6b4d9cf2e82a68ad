#include "devices/BlockDevice.h"

#include "devices/BackingDisk.h"
#include "devices/ExternalTool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::BlockDevice)
};

// lsblk writes null for what a device does not have; older versions write numbers and
// booleans as strings ("1", "0").
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

qint64 number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    return value.toString().trimmed().toLongLong();
}

bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toInt() != 0;
    const QString word = value.toString().trimmed();
    return word == QLatin1String("1") || word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

BlockDevice parseDevice(const QJsonObject &object)
{
    BlockDevice device;
    device.name = text(object.value(QLatin1String("name")));
    device.path = text(object.value(QLatin1String("path")));
    if (device.path.isEmpty() && !device.name.isEmpty())
        device.path = QStringLiteral("/dev/") + device.name;
    device.size = number(object.value(QLatin1String("size")));
    device.type = text(object.value(QLatin1String("type")));
    device.transport = text(object.value(QLatin1String("tran")));
    device.model = text(object.value(QLatin1String("model")));
    device.serial = text(object.value(QLatin1String("serial")));
    device.removable = flag(object.value(QLatin1String("rm")));
    device.rotational = flag(object.value(QLatin1String("rota")));
    device.readOnly = flag(object.value(QLatin1String("ro")));
    const QJsonValue points = object.value(QLatin1String("mountpoints"));
    if (points.isArray()) {
        for (const QJsonValue &point : points.toArray()) {
            if (!text(point).isEmpty())
                device.mountPoints << text(point);
        }
    } else if (!text(object.value(QLatin1String("mountpoint"))).isEmpty()) {
        device.mountPoints << text(object.value(QLatin1String("mountpoint")));
    }
    device.parentName = text(object.value(QLatin1String("pkname")));
    device.fsType = text(object.value(QLatin1String("fstype")));
    device.label = text(object.value(QLatin1String("label")));
    device.partitionTableId = text(object.value(QLatin1String("ptuuid"))).toLower();
    const QString numbers = text(object.value(QLatin1String("maj:min")));
    if (numbers.contains(QLatin1Char(':'))) {
        bool majorOk = false;
        bool minorOk = false;
        const int major = numbers.section(QLatin1Char(':'), 0, 0).toInt(&majorOk);
        const int minor = numbers.section(QLatin1Char(':'), 1, 1).toInt(&minorOk);
        if (majorOk && minorOk) {
            device.major = major;
            device.minor = minor;
        }
    }
    for (const QJsonValue &child : object.value(QLatin1String("children")).toArray()) {
        if (child.isObject())
            device.children << parseDevice(child.toObject());
    }
    return device;
}

// The GPT disk GUID of a device lsblk could not read it from (no udev): blkid probes the
// device itself, which only root may read.
QString probePartitionTableId(const QString &path)
{
    auto probed = runTool({QStringLiteral("blkid"),
                           {QStringLiteral("--probe"), QStringLiteral("--output"), QStringLiteral("export"), path}});
    if (!probed || probed->exitCode != 0)
        return {};
    for (const QByteArray &line : probed->standardOutput.split('\n')) {
        if (line.startsWith("PTUUID="))
            return QString::fromLatin1(line.mid(7)).toLower();
    }
    return {};
}

} // namespace

QStringList BlockDevice::allMountPoints() const
{
    QStringList points = mountPoints;
    for (const BlockDevice &child : children)
        points << child.allMountPoints();
    return points;
}

QStringList lsblkColumns()
{
    return {
        QStringLiteral("NAME"),   QStringLiteral("PATH"),  QStringLiteral("SIZE"),        QStringLiteral("TYPE"),
        QStringLiteral("TRAN"),   QStringLiteral("MODEL"), QStringLiteral("SERIAL"),      QStringLiteral("RM"),
        QStringLiteral("ROTA"),   QStringLiteral("RO"),    QStringLiteral("MOUNTPOINTS"), QStringLiteral("PKNAME"),
        QStringLiteral("FSTYPE"), QStringLiteral("LABEL"), QStringLiteral("PTUUID"),      QStringLiteral("MAJ:MIN")};
}

Result<QList<BlockDevice>> parseLsblk(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonValue list = document.object().value(QLatin1String("blockdevices"));
    if (error.error != QJsonParseError::NoError || !list.isArray())
        return fail(ErrorCode::InvalidInput,
                    Text::tr("lsblk's answer is not the JSON Semina expects: update util-linux (lsblk 2.33 or "
                             "later)."),
                    error.error != QJsonParseError::NoError ? error.errorString() : QString::fromUtf8(json.left(200)));
    QList<BlockDevice> devices;
    for (const QJsonValue &value : list.toArray()) {
        if (value.isObject())
            devices << parseDevice(value.toObject());
    }
    return devices;
}

Result<QList<BlockDevice>> listBlockDevices(const QString &sysRoot)
{
    const ToolRun run{
        QStringLiteral("lsblk"),
        {QStringLiteral("--json"), QStringLiteral("-b"), QStringLiteral("-o"), lsblkColumns().join(QLatin1Char(','))}};
    auto output = runToolChecked(run, Text::tr("this computer"), Text::tr("Listing the block devices"),
                                 Text::tr("Check that lsblk (util-linux) works on this computer."));
    if (!output)
        return fail(output.error());
    auto devices = parseLsblk(output->standardOutput);
    if (!devices)
        return devices;
    for (BlockDevice &device : *devices) {
        const bool drive = device.type == QLatin1String("disk") || device.type == QLatin1String("loop");
        if (drive && device.size > 0 && device.serial.isEmpty() && device.partitionTableId.isEmpty()
            && ::geteuid() == 0)
            device.partitionTableId = probePartitionTableId(device.path);
        if (device.type != QLatin1String("loop"))
            continue;
        device.backingFile = loopBackingFile(device.name, sysRoot);
        const QString loop = sysRoot + QStringLiteral("/block/") + device.name + QStringLiteral("/loop/");
        device.backingOffset = readSysfsValue(loop + QStringLiteral("offset")).toLongLong();
        device.backingSizeLimit = readSysfsValue(loop + QStringLiteral("sizelimit")).toLongLong();
    }
    return devices;
}

} // namespace Semina::Devices
