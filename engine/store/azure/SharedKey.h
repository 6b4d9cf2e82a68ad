#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Semina::Azure {

// Shared Key authorization of Azure Storage requests (the "SharedKey" scheme of the Blob
// service, version 2015-02-21 and later).
class SharedKey {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `accountKey` is the base64 key as the portal shows it; it is decoded once and never logged.
    SharedKey(QString accountName, const QByteArray &accountKeyBase64);

    [[nodiscard]] bool isValid() const { return !m_key.isEmpty(); }
    [[nodiscard]] const QString &accountName() const { return m_account; }

    // The string the service signs again to check the request; exposed for tests.
    // `url` must be the exact URL sent, already percent-encoded.
    [[nodiscard]] QByteArray stringToSign(const QByteArray &verb, const QUrl &url, const Headers &headers) const;
    // The value of the Authorization header.
    [[nodiscard]] Result<QByteArray> authorization(const QByteArray &verb, const QUrl &url,
                                                   const Headers &headers) const;

private:
    QString m_account;
    QByteArray m_key;
};

} // namespace Semina::Azure
