#include "store/azure/BlobSession.h"

#include "core/JobContext.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>

namespace Semina::Azure {

namespace {
// The translation context of this file, declared so that lupdate sees it too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Azure::BlobSession)
};

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1()
        + " GMT";
}

bool isTransientTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

// Qt's errorString() may quote the URL, which carries the SAS signature: never shown.
QString transportProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
        return Text::tr("the server closed the connection");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("the host name was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Text::tr("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("the TLS handshake failed (check the certificate and the https address)");
    default:
        return Text::tr("network error %1").arg(int(error));
    }
}

std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse &response)
{
    bool ok = false;
    const int seconds = response.header("Retry-After").trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        return std::chrono::milliseconds(qint64(seconds) * 1000);
    return std::nullopt;
}
} // namespace

QByteArray encodeBlobName(const QString &name)
{
    return name.toUtf8().toPercentEncoding("/");
}

QByteArray encodeQueryValue(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

BlobSession::BlobSession(AzureAccount account, Store::RetryPolicy retry)
    : m_account(std::move(account))
    , m_retry(retry)
{
    if (!m_account.accountKey.isEmpty())
        m_key.emplace(m_account.accountName, m_account.accountKey);
}

QUrl BlobSession::url(const QString &container, const QString &name, const QByteArray &query) const
{
    QByteArray encoded = m_account.blobEndpoint.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    encoded += '/' + container.toUtf8();
    if (!name.isEmpty())
        encoded += '/' + encodeBlobName(name);
    QByteArray fullQuery = query;
    if (!m_account.sharedAccessSignature.isEmpty())
        fullQuery += (fullQuery.isEmpty() ? "" : "&") + m_account.sharedAccessSignature.toUtf8();
    if (!fullQuery.isEmpty())
        encoded += '?' + fullQuery;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

Result<HttpResponse> BlobSession::send(const QByteArray &verb, const QUrl &url,
                                       QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body,
                                       const BlobTarget &target, JobContext *context)
{
    return exchange(verb, url, std::move(headers), body, target, context, nullptr);
}

Result<HttpResponse> BlobSession::receive(const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers,
                                          const BlobTarget &target, JobContext *context, const BodyReceiver &receiver)
{
    return exchange("GET", url, std::move(headers), {}, target, context, &receiver);
}

Result<HttpResponse> BlobSession::exchange(const QByteArray &verb, const QUrl &url,
                                           QList<QPair<QByteArray, QByteArray>> headers, const QByteArray &body,
                                           const BlobTarget &target, JobContext *context, const BodyReceiver *receiver)
{
    headers.append(qMakePair(QByteArray("x-ms-version"), QByteArray(kApiVersion)));
    headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
    const auto cancelled = [context]() { return context && context->isCancelled(); };
    // A streamed body: what the receiver took so far, and the answer it came from.
    qint64 delivered = 0;
    bool stopped = false;
    std::optional<HttpResponse> firstAnswer;
    BodyReceiver counting;
    if (receiver) {
        counting = [&](QByteArrayView piece) {
            if (!(*receiver)(piece)) {
                stopped = true;
                return false;
            }
            delivered += piece.size();
            return true;
        };
    }
    QString lastProblem;
    for (int attempt = 1;; ++attempt) {
        if (context) {
            if (auto go = context->checkCancelled(); !go)
                return fail(go.error());
        }
        HttpRequest request{verb, url, headers, body};
        const qint64 resumeAt = delivered;
        if (resumeAt > 0) {
            request.headers.append(qMakePair(QByteArray("x-ms-range"), "bytes=" + QByteArray::number(resumeAt) + '-'));
            request.headers.append(qMakePair(QByteArray("If-Match"), firstAnswer->header("ETag")));
        }
        request.headers.append(qMakePair(QByteArray("x-ms-date"), httpDate()));
        if (m_key) {
            auto authorization = m_key->authorization(verb, url, request.headers);
            if (!authorization)
                return fail(authorization.error());
            request.headers.append(qMakePair(QByteArray("Authorization"), *authorization));
        }
        HttpResponse response = m_network.send(request, cancelled, counting);
        if (stopped)
            return response; // the receiver knows why
        if (response.cancelled && context) {
            if (auto go = context->checkCancelled(); !go)
                return fail(go.error());
        }
        if (response.received > 0 && !firstAnswer) {
            firstAnswer = response;
            if (firstAnswer->header("ETag").isEmpty())
                return fail(ErrorCode::Network,
                            Text::tr("The download of %1 from %2 broke off and cannot resume: the answer named no "
                                     "version (ETag). Try again.")
                                .arg(target.name, m_account.describe()));
        }
        if (resumeAt > 0 && response.status >= 200 && response.status < 300) {
            // Only the rest, from exactly where it broke off, may follow.
            const QByteArray expected = "bytes " + QByteArray::number(resumeAt) + '-';
            if (response.status != 206 || !response.header("Content-Range").startsWith(expected))
                return fail(ErrorCode::Network,
                            Text::tr("The download of %1 from %2 broke off and the service did not resume it where it "
                                     "stopped. Try again.")
                                .arg(target.name, m_account.describe()));
        }
        // A connection that breaks after the headers leaves a status but no whole body.
        const bool brokenOff = response.status == 0
            || (response.error != QNetworkReply::NoError && int(response.error) < QNetworkReply::ContentAccessDenied);
        const bool transient = brokenOff ? isTransientTransportError(response.error)
                                         : Store::RetryPolicy::isTransientStatus(response.status);
        if (!transient) {
            if (brokenOff)
                return fail(
                    ErrorCode::Network,
                    Text::tr("Could not reach %1: %2. Check the address in the connection string and the network.")
                        .arg(m_account.describe(), transportProblem(response.error)));
            if (firstAnswer && response.status >= 200 && response.status < 300) {
                // One uninterrupted GET, as far as the caller can tell.
                firstAnswer->received = delivered;
                return *firstAnswer;
            }
            return response;
        }
        lastProblem = brokenOff
            ? transportProblem(response.error)
            : Text::tr("HTTP %1 %2").arg(response.status).arg(QString::fromUtf8(errorCode(response)));
        qCDebug(lcStore) << "attempt" << attempt << verb << target.container << target.name << "failed:" << lastProblem;
        if (attempt >= m_retry.maxAttempts)
            break;
        if (auto waited = m_retry.pause(attempt, context, retryAfter(response)); !waited)
            return fail(waited.error());
    }
    return fail(ErrorCode::Network,
                Text::tr("%1 did not answer properly after %2 attempts (last: %3). Check that the service is reachable "
                         "and try again later.")
                    .arg(m_account.describe())
                    .arg(m_retry.maxAttempts)
                    .arg(lastProblem));
}

QByteArray BlobSession::errorCode(const HttpResponse &response)
{
    QByteArray code = response.header("x-ms-error-code");
    if (!code.isEmpty())
        return code;
    QXmlStreamReader xml(response.body);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("Error"))
            continue;
        if (xml.name() == QLatin1String("Code"))
            return xml.readElementText().toUtf8();
        xml.skipCurrentElement();
    }
    return {};
}

Error BlobSession::errorFor(const HttpResponse &response, const BlobTarget &target) const
{
    const QByteArray code = errorCode(response);
    const QString details = QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromUtf8(code));
    const QString account = m_account.describe();
    const QString object = Text::tr("\"%1\" in container \"%2\"").arg(target.name, target.container);
    switch (response.status) {
    case 401:
    case 403:
        // A valid SAS without a permission the operation needs has its own fix; everything else
        // (AuthenticationFailed: a wrong key, a bad or expired signature; Azurite also answers
        // AuthorizationFailure for these) means the credentials themselves are not accepted.
        if (code == "AuthorizationPermissionMismatch" || code == "AuthorizationResourceTypeMismatch"
            || code == "AuthorizationServiceMismatch")
            return {
                ErrorCode::AccessDenied,
                Text::tr("%1 refused this operation on %2: the SAS lacks a permission it needs. Make a new SAS "
                         "for the Blob service (resource types service, container and object) with the "
                         "permissions Semina needs: read, add, create, write, delete and list for backups; read "
                         "and list are enough for restores.")
                    .arg(account, target.name.isEmpty() ? Text::tr("container \"%1\"").arg(target.container) : object),
                details};
        // Restrictions of the account or the SAS that new credentials would not lift.
        if (code == "AuthorizationSourceIPMismatch")
            return {ErrorCode::AccessDenied,
                    Text::tr("%1 refused access: the SAS is limited to other IP addresses than this computer's. Make "
                             "a SAS whose IP range includes this computer, or one without an IP range.")
                        .arg(account),
                    details};
        if (code == "AuthorizationProtocolMismatch")
            return {ErrorCode::AccessDenied,
                    Text::tr("%1 refused access: the SAS allows HTTPS only. Use an https:// BlobEndpoint (or "
                             "DefaultEndpointsProtocol=https) in the connection string.")
                        .arg(account),
                    details};
        if (code == "KeyBasedAuthenticationNotPermitted")
            return {ErrorCode::AccessDenied,
                    Text::tr("%1 does not allow access with its account key, nor with a SAS signed by that key. Ask "
                             "its administrator to allow storage account key access, or for a user delegation SAS.")
                        .arg(account),
                    details};
        if (code == "AuthorizationFailure") // also Azure's answer to a firewall or virtual network rule
            return {ErrorCode::AccessDenied,
                    Text::tr("%1 refused access: check the account key or SAS (copy the key again from the Azure "
                             "portal, or make a new SAS), and that the storage account's firewall and virtual "
                             "network rules admit this computer.")
                        .arg(account),
                    details};
        return {ErrorCode::AccessDenied,
                Text::tr("%1 refused access: the account key is wrong, or the SAS is not valid or has expired: check "
                         "the account key or SAS (copy the key again from the Azure portal, or make a new SAS).")
                    .arg(account),
                details};
    case 404:
        if (code == "ContainerNotFound" || target.name.isEmpty())
            return {ErrorCode::NotFound,
                    Text::tr("The container \"%1\" does not exist in %2: create it first, or check its name.")
                        .arg(target.container, account),
                    details};
        return {ErrorCode::NotFound, Text::tr("The object %1 does not exist in %2.").arg(object, account), details};
    case 409:
    case 412:
        if (code == "BlockCountExceedsLimit")
            return {ErrorCode::Conflict,
                    Text::tr("%1 holds too many blocks of interrupted uploads of the object %2 (Azure keeps at most "
                             "100,000 uncommitted blocks for one object, and discards them after a week): delete the "
                             "object, or wait, then upload again.")
                        .arg(account, object),
                    details};
        return {ErrorCode::Conflict,
                Text::tr("The object %1 was changed, created or removed by someone else meanwhile: read it again and "
                         "retry.")
                    .arg(object),
                details};
    case 416:
        return {ErrorCode::InvalidInput, Text::tr("The byte range asked for is outside the object %1.").arg(object),
                details};
    case 400:
        if (code == "Md5Mismatch")
            return {ErrorCode::Corruption,
                    Text::tr("The data sent for the object %1 was damaged on its way to %2 (MD5 mismatch).")
                        .arg(object, account),
                    details};
        if (code == "InvalidBlockList") // another upload of the name committed and dropped these blocks
            return {ErrorCode::Conflict,
                    Text::tr("Another upload of the object %1 finished first, and %2 discarded this upload's blocks "
                             "with it: upload again.")
                        .arg(object, account),
                    details};
        return {ErrorCode::InvalidInput,
                Text::tr("%1 refused the request for %2 (%3).").arg(account, object, QString::fromUtf8(code)), details};
    default:
        break;
    }
    return {ErrorCode::Network,
            Text::tr("%1 answered an unexpected HTTP %2 for %3.").arg(account).arg(response.status).arg(object),
            details};
}

} // namespace Semina::Azure
