#include "drives/SpanPlan.h"

#include "drives/SealedFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Semina::Drives {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Drives::SpanPlan)
};

// A manifest entry (name, size, SHA-256, CRC64, file id in indented JSON) stays well below
// this; the signature and the header are a few KiB.
constexpr qint64 kManifestBytesPerObject = 400;
constexpr qint64 kLayoutBytes = qint64(1) << 20;
constexpr qint64 kObjectFolders = 256;

qint64 roundUp(qint64 value, qint64 unit)
{
    return unit <= 1 ? value : (value + unit - 1) / unit * unit;
}

} // namespace

qint64 DriveCapacity::footprint(qint64 size) const
{
    return roundUp(SealedFormat::sealedSize(size), cluster);
}

qint64 DriveCapacity::reserve(qint64 objects) const
{
    const qint64 manifest = roundUp(SealedFormat::sealedSize(objects * kManifestBytesPerObject), cluster);
    return kLayoutBytes + (kObjectFolders + 4) * qMax<qint64>(cluster, 4096) + manifest;
}

bool DriveCapacity::fits(qint64 used, qint64 objects, qint64 size) const
{
    return used + footprint(size) + reserve(objects + 1) <= bytes;
}

Result<QList<PlannedDrive>> planDrives(const QList<qint64> &sizes, const DriveCapacity &capacity,
                                       const QStringList &names)
{
    QList<PlannedDrive> drives;
    PlannedDrive current;
    for (qint64 i = 0; i < sizes.size(); ++i) {
        const qint64 size = sizes.at(i);
        if (!capacity.fits(current.footprint, current.objects(), size)) {
            if (current.objects() > 0) {
                drives << current;
                current = PlannedDrive{i, i, 0, 0};
            }
            if (!capacity.fits(0, 0, size)) {
                const QLocale locale;
                return fail(
                    ErrorCode::InvalidInput,
                    Text::tr("The object %1 (%2) does not fit on an empty drive of %3, of which %4 are kept for "
                             "the drive's folders and manifest: use larger drives.")
                        .arg(i < names.size() ? names.at(i) : QString::number(i + 1),
                             locale.formattedDataSize(size, 1, QLocale::DataSizeSIFormat),
                             locale.formattedDataSize(capacity.bytes, 1, QLocale::DataSizeSIFormat),
                             locale.formattedDataSize(capacity.reserve(1), 1, QLocale::DataSizeSIFormat)));
            }
        }
        current.end = i + 1;
        current.bytes += size;
        current.footprint += capacity.footprint(size);
    }
    if (current.objects() > 0 || drives.isEmpty())
        drives << current;
    return drives;
}

Result<qint64> parseDataSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([KMGTP]?)(i?)(B?)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    const QString unit = match.captured(2).toUpper();
    const bool binary = !match.captured(3).isEmpty();
    if (!match.hasMatch() || (binary && unit.isEmpty()))
        return fail(ErrorCode::InvalidInput,
                    Text::tr("\"%1\" is not a size: write it like 4T, 500G, 1.5TB or 750GiB.").arg(text));
    const double base = binary ? 1024.0 : 1000.0;
    const int power = unit.isEmpty() ? 0 : int(QStringLiteral("KMGTP").indexOf(unit)) + 1;
    const double bytes = match.captured(1).toDouble() * std::pow(base, power);
    if (bytes < 1 || bytes > 9.0e18)
        return fail(ErrorCode::InvalidInput, Text::tr("\"%1\" is not a usable drive size.").arg(text));
    return qint64(bytes);
}

} // namespace Semina::Drives
