#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Semina {
class JobContext;
}

namespace Semina::Store {

// What the store knows of one object.
struct ObjectInfo {
    QString name;
    qint64 size = 0;
    QByteArray contentMd5; // raw 16 bytes; empty when the backend does not know it
    QByteArray etag; // opaque; changes on every write of the object
    QDateTime lastModified; // by the store's clock
    // The store's clock when it answered (Azure: the Date header; a folder: this machine's), so
    // the age of an object can be judged without trusting this machine's clock; invalid when
    // unknown.
    QDateTime storeTime;
};

// What a write that never finished left behind: a killed writer's temporary file in a folder
// account. Never an object: no get or list sees it; it only takes space.
struct UnfinishedWrite {
    QString name; // the object that was being written
    QString location; // where it lies (a folder account: the file's path), for messages and removing it
    qint64 size = 0;
};

// One page of a listing; `nextMarker` is empty on the last page.
struct ListPage {
    QList<ObjectInfo> objects;
    QString nextMarker;
};

// Conditions for records that several parties update (job records, the station's state).
struct PutCondition {
    enum class Kind { None, IfAbsent, IfMatch };
    Kind kind = Kind::None;
    QByteArray etag; // for IfMatch

    static PutCondition none() { return {}; }
    static PutCondition ifAbsent() { return {Kind::IfAbsent, {}}; }
    static PutCondition ifMatch(QByteArray etag) { return {Kind::IfMatch, std::move(etag)}; }
};

// How a read checks what arrives. By default a whole read (get of the whole object, getTo) is
// compared with the MD5 the store recorded when the object was written, and a mismatch is
// Corruption. Byte ranges have no recorded MD5 to compare with (the caller checks them).
struct ReadOptions {
    // Off only for callers that authenticate every byte themselves: the vault seals each pack,
    // blob, index and snapshot with AES-256-GCM under its id as associated data, so a changed
    // byte already fails to open, and the transport MD5 would be one more pass over every byte
    // (on an Azure download that pass was half of Semina's CPU). Sizes are still checked, so a
    // short read is still Corruption.
    bool checkContentMd5 = true;

    // For content the caller authenticates itself (see checkContentMd5).
    static ReadOptions authenticatedByCaller() { return {false}; }
};

// A storage account: containers holding named objects. Two backends implement it: a local
// folder (the embedded default) and Azure Blob Storage. Everything Semina keeps lives here.
//
// Contract, checked for both backends by tests/store's conformance suite:
// - Every call is synchronous, safe to call from several threads at once, and never called on
//   the GUI thread (the wizard goes through the JobRunner).
// - A failed conditional put is ErrorCode::Conflict; a missing container or object is NotFound
//   with a message naming it; data that fails verification is Corruption, never NotFound.
// - An object is visible whole or not at all: a put interrupted at any point leaves the old
//   object (or none), never a partial one.
// - `context`, when given, is polled for cancellation and receives byte progress.
// - Object names are UTF-8 strings up to 1024 bytes; '/' separates "folders" in listings only.
//   Names that could escape a container (.., absolute paths, NUL) are InvalidInput.
class ObjectStore {
public:
    virtual ~ObjectStore() = default;

    // Where this store is, for messages: "folder /srv/semina" or "Azure account foo". No secrets.
    [[nodiscard]] virtual QString describe() const = 0;

    // Creating an existing container succeeds (nothing changes).
    virtual Result<> createContainer(const QString &container) = 0;
    virtual Result<> deleteContainer(const QString &container) = 0;
    virtual Result<bool> containerExists(const QString &container) = 0;

    virtual Result<ObjectInfo> put(const QString &container, const QString &name, const QByteArray &data,
                                   const PutCondition &condition = {}, JobContext *context = nullptr)
        = 0;
    // Reads `size` bytes from `source` in blocks with bounded memory; for large objects.
    virtual Result<ObjectInfo> putFrom(const QString &container, const QString &name, QIODevice &source, qint64 size,
                                       JobContext *context = nullptr)
        = 0;

    // `length` -1 reads to the end. A range past the end is InvalidInput.
    virtual Result<QByteArray> get(const QString &container, const QString &name, qint64 offset = 0, qint64 length = -1,
                                   JobContext *context = nullptr, const ReadOptions &options = {})
        = 0;
    // As get(), into `into`, whose memory is reused when it is large enough (fresh memory is slow
    // to touch): for a reader taking an object block by block. On failure `into` is unspecified.
    virtual Result<> getInto(const QString &container, const QString &name, qint64 offset, qint64 length,
                             QByteArray &into, JobContext *context = nullptr, const ReadOptions &options = {})
    {
        auto data = get(container, name, offset, length, context, options);
        if (!data)
            return fail(data.error());
        into = std::move(*data);
        return {};
    }
    // Writes the whole object into `target` with bounded memory; returns the bytes written.
    virtual Result<qint64> getTo(const QString &container, const QString &name, QIODevice &target,
                                 JobContext *context = nullptr, const ReadOptions &options = {})
        = 0;
    virtual Result<ObjectInfo> head(const QString &container, const QString &name) = 0;
    // Objects whose names start with `prefix`, in name order, at most `maxResults` a page.
    virtual Result<ListPage> list(const QString &container, const QString &prefix, const QString &marker = {},
                                  int maxResults = 5000)
        = 0;
    // Removing a missing object succeeds.
    virtual Result<> remove(const QString &container, const QString &name) = 0;
    // Server-side copy between containers of this account.
    virtual Result<ObjectInfo> copy(const QString &sourceContainer, const QString &sourceName,
                                    const QString &targetContainer, const QString &targetName)
        = 0;

    // Writes of objects under `prefix` that never finished. Azure shows none (the blocks of an
    // upload never committed are not listed and expire by themselves): the default is empty.
    virtual Result<QList<UnfinishedWrite>> listUnfinishedWrites(const QString &container, const QString &prefix)
    {
        Q_UNUSED(container)
        Q_UNUSED(prefix)
        return QList<UnfinishedWrite>{};
    }
    // Removes what one left. Only for a caller that knows no live writer owns it (it holds a
    // lock over the names its writers use).
    virtual Result<> removeUnfinishedWrite(const QString &container, const UnfinishedWrite &write)
    {
        Q_UNUSED(container)
        Q_UNUSED(write)
        return {};
    }
};

} // namespace Semina::Store
