#include "Fixtures.h"
#include "TestEnvironment.h"

#include "offline/OfflineIdentity.h"
#include "offline/OfflineRegistry.h"
#include "offline/Signature.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QThread>

using namespace Semina;
using namespace Semina::Offline;

namespace {
const QString kSubscription = QStringLiteral("5f0c7a3e-2b1d-4c8e-9a6f-0123456789ab");
const QString kOtherSubscription = QStringLiteral("5f0c7a3e-2b1d-4c8e-9a6f-ffffffffffff");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

// The server's offline identity against the real OS keychain (see tst_secretstore): created
// once, never twice, its key only in the keychain, its certificate checked with openssl.
class TestOfflineIdentity : public QObject {
    Q_OBJECT

    SecretStore m_secrets;
    std::unique_ptr<Test::TemporaryFolder> m_folder;
    QStringList m_keysToRemove;

    OfflineIdentity identity() { return OfflineIdentity(m_secrets, m_folder->filePath(QStringLiteral("data"))); }

    OfflineApplicationParams createIdentity(KeyAlgorithm algorithm = KeyAlgorithm::EcP256)
    {
        OfflineIdentity server = identity();
        auto params = server.create(kSubscription, algorithm);
        if (!params) {
            qWarning() << params.error().message << params.error().details;
            return {};
        }
        m_keysToRemove.append(OfflineIdentity::keyName(params->applicationId));
        return *params;
    }

private Q_SLOTS:
    void init() { m_folder = std::make_unique<Test::TemporaryFolder>(QStringLiteral("identity")); }
    void cleanup()
    {
        for (const QString &key : std::as_const(m_keysToRemove))
            QVERIFY(m_secrets.remove(key).has_value());
        m_keysToRemove.clear();
        m_folder.reset();
    }

    void createMakesTheIdentity_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::newRow("EC P-256") << KeyAlgorithm::EcP256;
        QTest::newRow("RSA 3072") << KeyAlgorithm::Rsa3072;
    }
    void createMakesTheIdentity()
    {
        QFETCH(KeyAlgorithm, algorithm);
        const OfflineApplicationParams params = createIdentity(algorithm);
        QVERIFY(!params.applicationId.isEmpty());
        QCOMPARE(params.subscriptionId, kSubscription);
        QCOMPARE(params.certificate.commonName(),
                 QStringLiteral("CB_AzureADCertforOfflineSeeding_") + params.resourceId);
        QVERIFY(params.certificate.isValidAt(QDateTime::currentDateTimeUtc()));

        // The params file says the same, and load() reads it back.
        const auto loaded = identity().load();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->applicationId, params.applicationId);
        QCOMPARE(loaded->certificate.der(), params.certificate.der());
        const QByteArray xml = readAll(identity().paramsPath());
        QVERIFY(xml.contains(params.certificate.thumbprint().toLatin1()));
        QVERIFY(xml.contains(params.certificate.der().toBase64()));

        // The private key is in the keychain, and in no file the test can see.
        const auto key = m_secrets.read(OfflineIdentity::keyName(params.applicationId));
        QVERIFY(key.has_value());
        QVERIFY(key->size() > 100);
        const QByteArray secret = Test::Offline::privateComponent(*key);
        QVERIFY(secret.size() >= 30);
        QVERIFY(identity().exportCertificate(m_folder->filePath(QStringLiteral("data/offline.cer"))).has_value());
        QDirIterator files(m_folder->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int filesSeen = 0;
        while (files.hasNext()) {
            const QByteArray content = readAll(files.next());
            ++filesSeen;
            QVERIFY2(!content.contains(secret) && !content.contains(secret.toHex())
                         && !content.contains(secret.toBase64().left(32)) && !content.contains(key->toBase64())
                         && !content.contains("PRIVATE KEY"),
                     qPrintable(files.filePath()));
        }
        QCOMPARE(filesSeen, 2); // OfflineApplicationParams.xml and the exported certificate
    }

    void anExistingIdentityIsNeverReplaced()
    {
        const OfflineApplicationParams first = createIdentity();
        const QByteArray before = readAll(identity().paramsPath());
        OfflineIdentity server = identity();
        const auto second = server.create(kOtherSubscription);
        QVERIFY(!second.has_value());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        const QString message = second.error().message;
        QVERIFY2(message.contains(first.certificate.thumbprint()), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ExportCertificate")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("CB_AzureADCertforOfflineSeeding_") + first.resourceId),
                 qPrintable(message));
        QCOMPARE(readAll(identity().paramsPath()), before);
    }

    void simultaneousCreationsMakeOneIdentity()
    {
        // Two creators at once (the wizard and the CLI, say): one identity, one refusal.
        QList<QThread *> threads;
        QList<Result<OfflineApplicationParams>> results(2, fail(ErrorCode::Internal, QString()));
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([this, &results, i]() {
                OfflineIdentity server = identity();
                results[i] = server.create(kSubscription);
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120'000));
            delete thread;
        }
        for (const auto &result : results) {
            if (result)
                m_keysToRemove.append(OfflineIdentity::keyName(result->applicationId));
        }
        QCOMPARE(int(results[0].has_value()) + int(results[1].has_value()), 1);
        const auto &refused = results[0] ? results[1] : results[0];
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        const auto &made = results[0] ? results[0] : results[1];
        QCOMPARE(identity().load().value().applicationId, made->applicationId);
    }

    void createRejectsABadSubscriptionId()
    {
        OfflineIdentity server = identity();
        const auto made = server.create(QStringLiteral("not-a-guid"));
        QCOMPARE(made.error().code, ErrorCode::InvalidInput);
        QVERIFY(made.error().message.contains(QStringLiteral("not-a-guid")));
        QVERIFY(!QFile::exists(server.paramsPath()));
    }

    void exportedCertificateMatchesOpenssl()
    {
        const OfflineApplicationParams params = createIdentity();
        const QString cer = m_folder->filePath(QStringLiteral("out/offline.cer"));
        const auto thumbprint = identity().exportCertificate(cer);
        QVERIFY(thumbprint.has_value());
        QCOMPARE(*thumbprint, params.certificate.thumbprint());
        QCOMPARE(readAll(cer), params.certificate.der());

        const QByteArray fingerprint = Test::Offline::runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), cer,
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
        // "sha1 Fingerprint=AB:CD:..." (the label's case varies between OpenSSL versions).
        const QString hex
            = QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1).trimmed()).remove(QLatin1Char(':'));
        QCOMPARE(hex, *thumbprint);
        QCOMPARE(hex, hex.toUpper());
        const QByteArray subject = Test::Offline::runTool(QStringLiteral("openssl"),
                                                          {QStringLiteral("x509"), QStringLiteral("-inform"),
                                                           QStringLiteral("DER"), QStringLiteral("-in"), cer,
                                                           QStringLiteral("-noout"), QStringLiteral("-subject")});
        const QByteArray expected = QByteArray("CN = CB_AzureADCertforOfflineSeeding_") + params.resourceId.toLatin1();
        QVERIFY2(subject.contains(expected), subject.constData());
    }

    void exportWithoutIdentitySaysHowToMakeOne()
    {
        const auto exported = identity().exportCertificate(m_folder->filePath(QStringLiteral("x.cer")));
        QCOMPARE(exported.error().code, ErrorCode::NotFound);
        QVERIFY(exported.error().message.contains(QStringLiteral("CreateNewApplication")));
    }

    void signatures_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<QString>("change"); // what is altered before verifying
        QTest::addColumn<bool>("verifies");
        for (const auto &[algorithm, label] :
             {std::pair{KeyAlgorithm::EcP256, "EC"}, std::pair{KeyAlgorithm::Rsa3072, "RSA"}}) {
            const QByteArray l(label);
            QTest::newRow(QByteArray(l + " untouched").constData()) << algorithm << QString() << true;
            QTest::newRow(QByteArray(l + " a byte of the data changed").constData())
                << algorithm << QStringLiteral("data") << false;
            QTest::newRow(QByteArray(l + " a byte of the signature changed").constData())
                << algorithm << QStringLiteral("signature") << false;
            QTest::newRow(QByteArray(l + " another server's certificate").constData())
                << algorithm << QStringLiteral("certificate") << false;
        }
    }
    void signatures()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(QString, change);
        QFETCH(bool, verifies);
        const OfflineApplicationParams params = createIdentity(algorithm);
        QByteArray manifest = "{\"job\":\"fileserver-2026\",\"objects\":[\"a\",\"b\"]}";
        OfflineIdentity server = identity();
        auto signature = server.sign(manifest);
        QVERIFY2(signature.has_value(), qPrintable(signature ? QString() : signature.error().message));
        Certificate certificate = params.certificate;
        if (change == QLatin1String("data"))
            manifest[5] = char(manifest[5] ^ 0x01);
        if (change == QLatin1String("signature"))
            (*signature)[signature->size() / 2] = char((*signature)[signature->size() / 2] ^ 0x01);
        if (change == QLatin1String("certificate")) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            certificate
                = makeSelfSignedIdentity({QStringLiteral("other"), algorithm, now, now.addDays(1)}).value().certificate;
        }
        const auto verified = verifySignature(certificate, manifest, *signature);
        QCOMPARE(verified.has_value(), verifies);
        if (!verifies)
            QCOMPARE(verified.error().code, ErrorCode::Corruption);
    }

    void signaturesVerifyWithOpenssl()
    {
        createIdentity();
        const QByteArray data = "the seed manifest";
        OfflineIdentity server = identity();
        const auto signature = server.sign(data);
        QVERIFY(signature.has_value());
        const QString cer = m_folder->filePath(QStringLiteral("offline.cer"));
        QVERIFY(identity().exportCertificate(cer).has_value());
        const QString publicKey = m_folder->filePath(QStringLiteral("public.pem"));
        QVERIFY(writeAll(
            publicKey,
            Test::Offline::runTool(QStringLiteral("openssl"),
                                   {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                    QStringLiteral("-in"), cer, QStringLiteral("-noout"), QStringLiteral("-pubkey")})));
        const QString dataFile = m_folder->filePath(QStringLiteral("manifest"));
        const QString signatureFile = m_folder->filePath(QStringLiteral("manifest.sig"));
        QVERIFY(writeAll(dataFile, data) && writeAll(signatureFile, *signature));
        const QByteArray verdict
            = Test::Offline::runTool(QStringLiteral("openssl"),
                                     {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                                      publicKey, QStringLiteral("-signature"), signatureFile, dataFile});
        QVERIFY2(verdict.contains("Verified OK"), verdict.constData());
    }

    void signingWithoutTheKeyInTheKeychainSaysSo()
    {
        const OfflineApplicationParams params = createIdentity();
        QVERIFY(m_secrets.remove(OfflineIdentity::keyName(params.applicationId)).has_value());
        OfflineIdentity server = identity();
        const auto signature = server.sign("data");
        QCOMPARE(signature.error().code, ErrorCode::NotFound);
        QVERIFY2(signature.error().message.contains(params.applicationId), qPrintable(signature.error().message));
    }

    void addRegistryEntries_data()
    {
        QTest::addColumn<QString>("subscription");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("xml"); // "own", "missing", "edited"
        QTest::addColumn<int>("code"); // 0: success
        QTest::addColumn<QString>("message");
        QTest::newRow("the identity's subscription")
            << kSubscription << QStringLiteral("seedaccount1") << QStringLiteral("own") << 0 << QString();
        QTest::newRow("subscription id in upper case")
            << kSubscription.toUpper() << QStringLiteral("seedaccount1") << QStringLiteral("own") << 0 << QString();
        QTest::newRow("another subscription")
            << kOtherSubscription << QStringLiteral("seedaccount1") << QStringLiteral("own")
            << int(ErrorCode::InvalidInput) << QStringLiteral("is for subscription");
        QTest::newRow("not a GUID") << QStringLiteral("abc") << QStringLiteral("seedaccount1") << QStringLiteral("own")
                                    << int(ErrorCode::InvalidInput) << QStringLiteral("not a GUID");
        QTest::newRow("account name with upper case")
            << kSubscription << QStringLiteral("SeedAccount") << QStringLiteral("own") << int(ErrorCode::InvalidInput)
            << QStringLiteral("not a storage account name");
        QTest::newRow("account name too short")
            << kSubscription << QStringLiteral("ab") << QStringLiteral("own") << int(ErrorCode::InvalidInput)
            << QStringLiteral("not a storage account name");
        QTest::newRow("file missing") << kSubscription << QStringLiteral("seedaccount1") << QStringLiteral("missing")
                                      << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
        QTest::newRow("file edited") << kSubscription << QStringLiteral("seedaccount1") << QStringLiteral("edited")
                                     << int(ErrorCode::Corruption) << QStringLiteral("does not match");
    }
    void addRegistryEntries()
    {
        QFETCH(QString, subscription);
        QFETCH(QString, account);
        QFETCH(QString, xml);
        QFETCH(int, code);
        QFETCH(QString, message);
        const OfflineApplicationParams params = createIdentity();
        QString xmlPath = identity().paramsPath();
        if (xml == QLatin1String("missing"))
            xmlPath = m_folder->filePath(QStringLiteral("nowhere.xml"));
        if (xml == QLatin1String("edited")) {
            QByteArray content = readAll(xmlPath);
            content.replace(params.certificate.thumbprint().toLatin1(), QByteArray(40, 'A'));
            xmlPath = m_folder->filePath(QStringLiteral("edited.xml"));
            QVERIFY(writeAll(xmlPath, content));
        }
        QSettings settings(m_folder->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        OfflineRegistry registry(settings, m_folder->filePath(QStringLiteral("data")));
        const auto written = registry.addRegistryEntries(subscription, xmlPath, account);
        if (code != 0) {
            QVERIFY(!written.has_value());
            QCOMPARE(int(written.error().code), code);
            QVERIFY2(written.error().message.contains(message), qPrintable(written.error().message));
            QVERIFY(registry.registeredStorageAccounts().isEmpty());
            return;
        }
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(*written, m_folder->filePath(QStringLiteral("data/OfflineApplicationParams_seedaccount1.xml")));
        const auto registered = OfflineApplicationParams::read(*written);
        QVERIFY(registered.has_value());
        QCOMPARE(registered->storageAccountName, account);
        QCOMPARE(registered->certificate.thumbprint(), params.certificate.thumbprint());
        QCOMPARE(registry.registeredStorageAccounts(), QStringList{account});
        QCOMPARE(registry.paramsPathFor(account).value(), *written);
        // Another process (the wizard, the CLI) sees the registration.
        QSettings again(m_folder->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(OfflineRegistry(again, {}).registeredStorageAccounts(), QStringList{account});
        QCOMPARE(OfflineRegistry(again, {}).paramsPathFor(QStringLiteral("other")).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOfflineIdentity)
#include "tst_offlineidentity.moc"
