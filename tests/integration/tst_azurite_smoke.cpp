#include "Azurite.h"
#include "store/azure/SharedKey.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Semina;

// Proves the Azurite fixture of ./test.sh works: a container is created, a blob put and read
// back over HTTP with Shared Key authorization, and a wrong key is refused.
class TestAzuriteSmoke : public QObject {
    Q_OBJECT

    Test::Azurite m_azurite;
    QNetworkAccessManager m_network;

    struct Response {
        int status = 0;
        QByteArray body;
    };

    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const Azure::SharedKey &key,
                  Azure::SharedKey::Headers headers = {})
    {
        const QByteArray date
            = QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                  .toLatin1()
            + " GMT";
        headers.append(qMakePair(QByteArray("x-ms-date"), date));
        headers.append(qMakePair(QByteArray("x-ms-version"), QByteArray("2021-12-02")));
        headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers) {
            if (name != "Content-Length")
                request.setRawHeader(name, value);
        }
        const auto authorization = key.authorization(verb, url, headers);
        if (!authorization)
            return {};
        request.setRawHeader("Authorization", *authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(30'000))
            return {};
        Response response{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return response;
    }

    // `path` is decoded ("folder/a b.txt"); QUrl percent-encodes it, and the signature covers
    // exactly the encoded form that is sent.
    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_azurite.blobEndpoint;
        u.setPath(u.path() + QLatin1Char('/') + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        auto azurite = Test::Azurite::fromFixture();
        QVERIFY2(azurite.has_value(), qPrintable(azurite ? QString() : azurite.error().message));
        m_azurite = *azurite;
    }

    void createContainerPutAndGetBlob()
    {
        const Azure::SharedKey key(m_azurite.accountName, m_azurite.accountKey);
        QVERIFY(key.isValid());
        const QString container = QStringLiteral("smoke-") + QUuid::createUuid().toString(QUuid::Id128).left(16);

        QCOMPARE(send("PUT", url(container, QStringLiteral("restype=container")), {}, key).status, 201);

        const QByteArray payload = "Semina seeds backups. " + QUuid::createUuid().toByteArray();
        const Response put = send("PUT", url(container + QStringLiteral("/folder/first blob.txt")), payload, key,
                                  {{"x-ms-blob-type", "BlockBlob"}, {"Content-Type", "application/octet-stream"}});
        QCOMPARE(put.status, 201);

        const Response get = send("GET", url(container + QStringLiteral("/folder/first blob.txt")), {}, key);
        QCOMPARE(get.status, 200);
        QCOMPARE(get.body, payload);

        const Response list
            = send("GET", url(container, QStringLiteral("restype=container&comp=list&prefix=folder%2F")), {}, key);
        QCOMPARE(list.status, 200);
        QVERIFY2(list.body.contains("<Name>folder/first blob.txt</Name>"), list.body.constData());
    }

    void aWrongKeyIsRefused()
    {
        const Azure::SharedKey wrong(m_azurite.accountName, QByteArray(64, 'A').toBase64());
        QCOMPARE(send("PUT", url(QStringLiteral("refused"), QStringLiteral("restype=container")), {}, wrong).status,
                 403);
    }
};

QTEST_GUILESS_MAIN(TestAzuriteSmoke)
#include "tst_azurite_smoke.moc"
