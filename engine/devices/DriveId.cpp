#include "devices/DriveId.h"

#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

namespace Semina::Devices {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Devices::DriveId)
};

constexpr qsizetype kMaxIdLength = 64;

bool isIdCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

bool isValidId(const QString &id)
{
    return !id.isEmpty() && id.size() <= kMaxIdLength && std::all_of(id.cbegin(), id.cend(), isIdCharacter);
}

} // namespace

QString driveIdFromSerial(const QString &serial)
{
    QString id = serial.trimmed().left(kMaxIdLength);
    for (QChar &c : id) {
        if (!isIdCharacter(c))
            c = QLatin1Char('_');
    }
    return id;
}

QString newDriveId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QString volumeLabelFor(const QString &driveId)
{
    QString tail;
    for (qsizetype i = driveId.size() - 1; i >= 0 && tail.size() < 4; --i) {
        if (driveId[i].isLetterOrNumber() && driveId[i].unicode() < 128)
            tail.prepend(driveId[i].toUpper());
    }
    return QStringLiteral("SEMINA-") + tail;
}

Result<QString> readFolderDriveId(const QString &folder)
{
    QFile file(QDir(folder).filePath(QString::fromLatin1(kFolderDriveIdFile)));
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Text::tr("The drive id in %1 cannot be read: %2. Check the drive's permissions.")
                        .arg(file.fileName(), file.errorString()));
    const QString id = QString::fromUtf8(file.read(kMaxIdLength + 2)).trimmed();
    if (!isValidId(id))
        return fail(
            ErrorCode::InvalidInput,
            Text::tr("%1 holds no valid drive id: remove the file and prepare the drive again.").arg(file.fileName()));
    return id;
}

Result<QString> assignFolderDriveId(const QString &folder)
{
    auto existing = readFolderDriveId(folder);
    if (!existing || !existing->isEmpty())
        return existing;
    const QString id = newDriveId();
    const QString path = QDir(folder).filePath(QString::fromLatin1(kFolderDriveIdFile));
    if (auto written = writeFileAtomically(path, QByteArray(id.toUtf8() + '\n')); !written)
        return fail(written.error());
    return id;
}

} // namespace Semina::Devices
