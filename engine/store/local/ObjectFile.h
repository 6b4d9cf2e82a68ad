#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace Semina::Store::Local {

// An object on disk: a 64-byte header, then the object's bytes.
//   0  8  magic "SEMOBJ1\n"
//   8 16  ETag: random, new at every write, so it changes even when the bytes do not
//  24 16  MD5 of the bytes
//  40  8  size of the bytes, little-endian (a shorter file was truncated)
//  48 16  zero, reserved
// Keeping ETag and MD5 inside the file makes a write one rename: data and its metadata can
// never disagree after a crash.
struct ObjectHeader {
    static constexpr qint64 kSize = 64;

    QByteArray etag; // 16 raw bytes
    QByteArray md5; // 16 raw bytes
    qint64 size = 0;

    static ObjectHeader fresh(QByteArray md5, qint64 size); // with a new random ETag
    [[nodiscard]] QByteArray encode() const;
    // The quoted hex form callers see.
    [[nodiscard]] QByteArray etagText() const;
};

// Reads and checks the header of the object file at `path`; NotFound when absent, Corruption
// when the file is not an object or is shorter than its header says.
struct StoredObject {
    ObjectHeader header;
    QDateTime lastModified;
};
Result<StoredObject> readObjectFile(const QString &path, const QString &displayName);
// The same from a file already open: its header and size are those of the version that file
// holds, whatever was renamed over its path since (reads use this, so a replacement between
// reading the header and the bytes cannot pass for damage). Leaves the file at the first byte
// of the object.
Result<StoredObject> readObjectFile(QFile &file, const QString &displayName);
// Opens an object file for reading; NotFound when absent.
Result<> openObjectFile(QFile &file, const QString &displayName);

// What a listing shows of an object file that failed readObjectFile's check: the size its file
// holds past the header, no MD5, and the header's ETag only when the header is still there.
// One damaged object must not hide the others; get and head report the damage itself.
StoredObject inspectDamagedObjectFile(const QString &path);

} // namespace Semina::Store::Local
