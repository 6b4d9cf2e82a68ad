#include "store/azure/SharedKey.h"

#include "crypto/Mac.h"

#include <QMap>
#include <QUrlQuery>

namespace Semina::Azure {

SharedKey::SharedKey(QString accountName, const QByteArray &accountKeyBase64)
    : m_account(std::move(accountName))
{
    auto decoded = QByteArray::fromBase64Encoding(accountKeyBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        m_key = *decoded;
}

QByteArray SharedKey::stringToSign(const QByteArray &verb, const QUrl &url, const Headers &headers) const
{
    QMap<QByteArray, QByteArray> standard;
    QMap<QByteArray, QByteArray> msHeaders;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ms-"))
            msHeaders.insert(lower, value.trimmed());
        else
            standard.insert(lower, value);
    }
    // A zero Content-Length is signed as an empty string since version 2015-02-21.
    QByteArray contentLength = standard.value("content-length");
    if (contentLength == "0")
        contentLength.clear();

    QByteArray out = verb + '\n';
    for (const char *name : {"content-encoding", "content-language"})
        out += standard.value(name) + '\n';
    out += contentLength + '\n';
    for (const char *name : {"content-md5", "content-type", "date", "if-modified-since", "if-match", "if-none-match",
                             "if-unmodified-since", "range"})
        out += standard.value(name) + '\n';
    for (auto it = msHeaders.cbegin(); it != msHeaders.cend(); ++it)
        out += it.key() + ':' + it.value() + '\n';

    out += '/' + m_account.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    QMap<QByteArray, QList<QByteArray>> parameters;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        parameters[name.toLower().toUtf8()].append(value.toUtf8());
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        out += '\n' + it.key() + ':' + it.value().join(',');
    }
    return out;
}

Result<QByteArray> SharedKey::authorization(const QByteArray &verb, const QUrl &url, const Headers &headers) const
{
    const auto signature = Crypto::hmacSha256(m_key, stringToSign(verb, url, headers));
    if (!signature)
        return fail(signature.error());
    return "SharedKey " + m_account.toUtf8() + ':' + signature->toBase64();
}

} // namespace Semina::Azure
