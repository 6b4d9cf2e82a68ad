#include "Azurite.h"
#include "TestEnvironment.h"

#include "offline/CertificatePublisher.h"
#include "store/StoreFactory.h"

#include <QTest>
#include <QUuid>

using namespace Semina;
using namespace Semina::Offline;

// The certificate's "upload" step against both storage backends: a local folder account and
// Azure Blob Storage as Azurite emulates it.
class TestCertificatePublisher : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::TemporaryFolder> m_folder;

    Result<std::unique_ptr<Store::ObjectStore>> openBackend(const QString &backend)
    {
        if (backend == QLatin1String("folder"))
            return Store::openFolderStore(m_folder->path());
        auto azurite = Test::Azurite::fromFixture();
        if (!azurite)
            return fail(azurite.error());
        return Store::openStore(azurite->connectionString());
    }

    static Certificate newCertificate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return makeSelfSignedIdentity(
                   {QStringLiteral("CB_AzureADCertforOfflineSeeding_7"), KeyAlgorithm::EcP256, now, now.addYears(1)})
            .value()
            .certificate;
    }

    // A container of its own per test: Azurite's account is shared by every test.
    static QString newContainer() { return QStringLiteral("offline-") + QUuid::createUuid().toString(QUuid::Id128); }

private Q_SLOTS:
    void init() { m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("publisher")); }
    void cleanup() { m_folder.reset(); }

    void backends_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("local folder") << QStringLiteral("folder");
        QTest::newRow("Azurite") << QStringLiteral("azurite");
    }

    void publishedCertificatesReadBack_data() { backends_data(); }
    void publishedCertificatesReadBack()
    {
        QFETCH(QString, backend);
        auto store = openBackend(backend);
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
        const QString container = newContainer();
        CertificatePublisher publisher(**store, container);
        const Certificate certificate = newCertificate();

        const auto name = publisher.publish(certificate);
        QVERIFY2(name.has_value(), qPrintable(name ? QString() : name.error().message));
        QCOMPARE(*name, QStringLiteral("offline/certificates/") + certificate.thumbprint() + QStringLiteral(".cer"));
        // The object is the DER certificate itself: no private key, nothing else.
        QCOMPARE((*store)->get(container, *name).value(), certificate.der());
        const auto fetched = publisher.fetch(certificate.thumbprint().toLower());
        QVERIFY(fetched.has_value());
        QCOMPARE(fetched->der(), certificate.der());

        // Publishing again (AddRegistryEntries run twice) succeeds and changes nothing.
        const auto etag = (*store)->head(container, *name).value().etag;
        QCOMPARE(publisher.publish(certificate).value(), *name);
        QCOMPARE((*store)->head(container, *name).value().etag, etag);
        QVERIFY((*store)->deleteContainer(container).has_value());
    }

    void anAlteredOrMissingCertificateIsReported_data() { backends_data(); }
    void anAlteredOrMissingCertificateIsReported()
    {
        QFETCH(QString, backend);
        auto store = openBackend(backend);
        QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().message));
        const QString container = newContainer();
        CertificatePublisher publisher(**store, container);
        const Certificate mine = newCertificate();
        const Certificate other = newCertificate();

        const auto missing = publisher.fetch(mine.thumbprint());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("AddRegistryEntries")));

        // Someone puts another certificate under this one's name.
        QVERIFY(publisher.publish(mine).has_value());
        QVERIFY((*store)->put(container, CertificatePublisher::objectNameFor(mine.thumbprint()), other.der()));
        const auto altered = publisher.fetch(mine.thumbprint());
        QCOMPARE(altered.error().code, ErrorCode::Corruption);
        QVERIFY(altered.error().message.contains(mine.thumbprint()));
        // And publishing does not paper over it.
        QCOMPARE(publisher.publish(mine).error().code, ErrorCode::Corruption);
        QVERIFY((*store)->deleteContainer(container).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCertificatePublisher)
#include "tst_certificatepublisher.moc"
