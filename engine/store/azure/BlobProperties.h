#pragma once

#include "store/ObjectStore.h"
#include "store/azure/NetworkThread.h"

#include <QXmlStreamReader>

namespace Semina::Azure {

// An object's properties from the headers of a Put/Get/Head answer.
Store::ObjectInfo infoFromHeaders(const QString &name, const HttpResponse &response);

// The headers that make a put conditional.
QList<QPair<QByteArray, QByteArray>> conditionHeaders(const Store::PutCondition &condition);

// One page of a List Blobs answer; Corruption when the XML does not parse.
Result<Store::ListPage> parseBlobList(const QByteArray &xml);

} // namespace Semina::Azure
