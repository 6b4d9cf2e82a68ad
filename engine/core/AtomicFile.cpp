#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <QSaveFile>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Semina {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

#ifndef Q_OS_WIN
// Makes a rename inside `folder` durable. Some file systems cannot fsync a folder (EINVAL):
// there the rename is as durable as the platform allows.
Result<> syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("Semina::AtomicFile",
                                        "Cannot open the folder \"%1\" to make a save durable: check its permissions.")
                .arg(QDir::toNativeSeparators(folder)),
            systemError());
    const int synced = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (synced != 0 && savedErrno != EINVAL) {
        errno = savedErrno;
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("Semina::AtomicFile", "Cannot flush the folder \"%1\" to disk: check the disk.")
                .arg(QDir::toNativeSeparators(folder)),
            systemError());
    }
    return {};
}

#endif

} // namespace

Result<> writeFileAtomically(const QString &path, QByteArrayView data)
{
#ifdef Q_OS_WIN
    // Windows has no folder fsync; QSaveFile flushes and replaces with MoveFileEx.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.data(), data.size()) != data.size() || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate(
                        "Semina::AtomicFile",
                        "Cannot write \"%1\": check that its folder exists, is writable and the disk is not full.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return {};
#else
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    const QString temporary = QDir(folder).filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());

    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::AtomicFile",
                                                "Cannot write \"%1\": check that its folder exists and is writable.")
                        .arg(shown),
                    file.errorString());
    auto discard = [&file]() {
        file.close();
        file.remove();
    };
    if (file.write(data.data(), data.size()) != data.size() || !file.flush()) {
        const QString detail = file.errorString();
        discard();
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("Semina::AtomicFile", "Cannot write \"%1\": check that the disk is not full.")
                .arg(shown),
            detail);
    }
    if (::fsync(file.handle()) != 0) {
        const QString detail = systemError();
        discard();
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::AtomicFile", "Cannot flush \"%1\" to disk: check the disk.")
                        .arg(shown),
                    detail);
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        const QString detail = systemError();
        QFile::remove(temporary);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Semina::AtomicFile", "Cannot replace \"%1\": check its permissions.")
                        .arg(shown),
                    detail);
    }
    return syncFolder(folder);
#endif
}

} // namespace Semina
