#include "store/azure/BlobProperties.h"

#include <QCoreApplication>
#include <QLocale>

namespace Semina::Azure {

namespace {
QDateTime parseHttpDate(const QByteArray &value)
{
    // "Mon, 24 Nov 2025 05:30:00 GMT" (RFC 1123), always in English and GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    return when;
}
} // namespace

Store::ObjectInfo infoFromHeaders(const QString &name, const HttpResponse &response)
{
    Store::ObjectInfo info;
    info.name = name;
    QByteArray range = response.header("Content-Range"); // "bytes 0-9/1234" on ranged answers
    if (!range.isEmpty() && range.contains('/'))
        info.size = range.mid(range.lastIndexOf('/') + 1).toLongLong();
    else
        info.size = response.header("Content-Length").toLongLong();
    QByteArray md5 = response.header("x-ms-blob-content-md5");
    if (md5.isEmpty())
        md5 = response.header("Content-MD5");
    info.contentMd5 = QByteArray::fromBase64(md5);
    info.etag = response.header("ETag");
    info.lastModified = parseHttpDate(response.header("Last-Modified"));
    info.storeTime = parseHttpDate(response.header("Date"));
    return info;
}

QList<QPair<QByteArray, QByteArray>> conditionHeaders(const Store::PutCondition &condition)
{
    switch (condition.kind) {
    case Store::PutCondition::Kind::IfAbsent:
        return {{"If-None-Match", "*"}};
    case Store::PutCondition::Kind::IfMatch:
        return {{"If-Match", condition.etag}};
    case Store::PutCondition::Kind::None:
        break;
    }
    return {};
}

Result<Store::ListPage> parseBlobList(const QByteArray &xml)
{
    Store::ListPage page;
    QXmlStreamReader reader(xml);
    Store::ObjectInfo current;
    bool inBlob = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto element = reader.name();
            if (element == QLatin1String("Blob")) {
                inBlob = true;
                current = {};
            } else if (element == QLatin1String("NextMarker")) {
                page.nextMarker = reader.readElementText();
            } else if (inBlob && element == QLatin1String("Name")) {
                current.name = reader.readElementText();
            } else if (inBlob && element == QLatin1String("Content-Length")) {
                current.size = reader.readElementText().toLongLong();
            } else if (inBlob && element == QLatin1String("Content-MD5")) {
                current.contentMd5 = QByteArray::fromBase64(reader.readElementText().toLatin1());
            } else if (inBlob && element == QLatin1String("Etag")) {
                current.etag = reader.readElementText().toLatin1();
                if (!current.etag.startsWith('"'))
                    current.etag = '"' + current.etag + '"';
            } else if (inBlob && element == QLatin1String("Last-Modified")) {
                current.lastModified = parseHttpDate(reader.readElementText().toLatin1());
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("Blob")) {
            inBlob = false;
            page.objects.append(current);
        }
    }
    if (reader.hasError())
        return fail(ErrorCode::Corruption,
                    QCoreApplication::translate("Semina::Azure",
                                                "The storage service sent a listing that is not valid XML (%1).")
                        .arg(reader.errorString()));
    return page;
}

} // namespace Semina::Azure
