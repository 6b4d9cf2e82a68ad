#include "VaultFixture.h"

#include "core/JobContext.h"
#include "crypto/Random.h"
#include "vault/Check.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Semina;
using namespace Semina::Vault;
using Semina::Test::VaultFixture;

// The vault's key files damaged, replaced, removed or asking for absurd scrypt work: check finds
// each, and opening names the key file instead of blaming the passphrase.
class TestVaultKeys : public QObject {
    Q_OBJECT

    std::unique_ptr<VaultFixture> m_fixture;
    QString m_recoveryKey;
    QString m_passphraseId;
    QString m_recoveryId;

    QByteArray keyJson(const QString &id) const
    {
        return *m_fixture->storage->get(m_fixture->location.container, QStringLiteral("keys/") + id);
    }
    void putKey(const QString &id, const QByteArray &json) const
    {
        QVERIFY(m_fixture->storage->put(m_fixture->location.container, QStringLiteral("keys/") + id, json));
    }
    static QJsonObject objectOf(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
    static QByteArray jsonOf(const QJsonObject &object) { return QJsonDocument(object).toJson(); }

    // The key file as one written before key files were sealed: no checksum, no MAC.
    static QJsonObject unsealed(QJsonObject object)
    {
        object.remove(QStringLiteral("checksum"));
        object.remove(QStringLiteral("mac"));
        return object;
    }

    // One bit of the wrapped master key flipped, the file otherwise well-formed.
    static QByteArray flippedWrappedKey(const QByteArray &json)
    {
        QJsonObject object = objectOf(json);
        QByteArray wrapped = QByteArray::fromBase64(object.value(QStringLiteral("wrappedKey")).toString().toLatin1());
        wrapped[20] = char(wrapped[20] ^ 0x01);
        object.insert(QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped.toBase64()));
        return jsonOf(object);
    }

    Result<CheckReport> runCheck(QByteArrayView secret)
    {
        auto vault = Semina::Vault::Vault::open(m_fixture->location, secret);
        if (!vault)
            return fail(vault.error());
        JobContext context;
        return check(**vault, {false}, context);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<VaultFixture>();
        auto created
            = Semina::Vault::Vault::create(m_fixture->location, VaultFixture::kPassphrase, VaultFixture::options());
        QVERIFY(created);
        m_recoveryKey = created->recoveryKey;
        const auto keys = created->vault->listKeys();
        QVERIFY(keys);
        for (const KeyInfo &key : *keys)
            (key.kind == KeyFile::Kind::Recovery ? m_recoveryId : m_passphraseId) = key.id;
        QVERIFY(!m_recoveryId.isEmpty() && !m_passphraseId.isEmpty());
    }
    void cleanup() { m_fixture.reset(); }

    void aNewVaultsKeysCheckClean()
    {
        const auto report = runCheck(VaultFixture::kPassphrase);
        QVERIFY(report);
        QCOMPARE(report->keyFiles, 2);
        QVERIFY(report->isClean());
        QVERIFY(report->unverifiedKeys.isEmpty());
    }

    void checkNamesADamagedReplacedOrMissingKeyFile_data()
    {
        QTest::addColumn<bool>("recovery"); // which key file is spoilt
        QTest::addColumn<QString>("how");
        QTest::newRow("recovery key: garbage") << true << QStringLiteral("garbage");
        QTest::newRow("recovery key: a bit of the wrapped key flipped") << true << QStringLiteral("flipped");
        QTest::newRow("recovery key: another vault's") << true << QStringLiteral("another vault");
        QTest::newRow("recovery key: re-wrapped around another master key") << true << QStringLiteral("rewrapped");
        QTest::newRow("recovery key: its seal removed") << true << QStringLiteral("unsealed");
        QTest::newRow("recovery key: missing") << true << QStringLiteral("missing");
        QTest::newRow("passphrase: another vault's") << false << QStringLiteral("another vault");
        QTest::newRow("passphrase: re-wrapped around another master key") << false << QStringLiteral("rewrapped");
    }
    void checkNamesADamagedReplacedOrMissingKeyFile()
    {
        QFETCH(bool, recovery);
        QFETCH(QString, how);
        const QString id = recovery ? m_recoveryId : m_passphraseId;
        const QString name = QStringLiteral("keys/") + id;
        if (how == QLatin1String("garbage")) {
            putKey(id, "{\"format\": 1, \"kind\": \"recov");
        } else if (how == QLatin1String("flipped")) {
            putKey(id, flippedWrappedKey(keyJson(id)));
        } else if (how == QLatin1String("another vault")) {
            const Semina::Vault::VaultLocation other{m_fixture->storage.get(), QStringLiteral("other"), {}};
            auto created = Semina::Vault::Vault::create(other, VaultFixture::kPassphrase, VaultFixture::options());
            QVERIFY(created);
            const auto keys = created->vault->listKeys();
            const auto it = std::find_if(keys->begin(), keys->end(), [&](const KeyInfo &key) {
                return (key.kind == KeyFile::Kind::Recovery) == recovery;
            });
            putKey(id, *m_fixture->storage->get(other.container, QStringLiteral("keys/") + it->id));
        } else if (how == QLatin1String("rewrapped")) {
            // Someone without the master key makes a file that opens with a secret of theirs.
            auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
            QVERIFY(vault);
            const auto otherMaster = Crypto::randomBytes(32);
            auto forged = KeyFile::wrap(*otherMaster, "their secret", Crypto::ScryptParameters::forTestsOnly(),
                                        (*vault)->config().vaultId,
                                        recovery ? KeyFile::Kind::Recovery : KeyFile::Kind::Passphrase, {});
            QVERIFY(forged);
            forged->id = id;
            putKey(id, forged->toJson());
        } else if (how == QLatin1String("unsealed")) {
            putKey(id, jsonOf(unsealed(objectOf(keyJson(id)))));
        } else if (how == QLatin1String("missing")) {
            QVERIFY(m_fixture->storage->remove(m_fixture->location.container, name));
        }

        // Opened with the other secret, which still works.
        const auto report = recovery ? runCheck(VaultFixture::kPassphrase) : runCheck(m_recoveryKey.toLatin1());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(!report->isClean());
        const QString expected = how == QLatin1String("missing") ? QStringLiteral("keys/") : name;
        const auto found = std::find_if(report->damaged.begin(), report->damaged.end(),
                                        [&](const DamagedObject &object) { return object.object == expected; });
        QVERIFY2(found != report->damaged.end(), qPrintable(report->damaged.value(0).object));
        QVERIFY(!found->problem.isEmpty());
        // A spoilt recovery key file leaves the vault without a usable recovery key: said too.
        if (recovery)
            QVERIFY(std::any_of(report->damaged.begin(), report->damaged.end(), [](const DamagedObject &object) {
                return object.object == QLatin1String("keys/") && object.problem.contains(QStringLiteral("recovery"));
            }));
    }

    void anOlderVaultsUnsealedKeyFilesAreUnverifiedNotDamaged()
    {
        // A vault as created before key files were sealed: its config says nothing of seals.
        auto vault = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(vault);
        VaultConfig config = (*vault)->config();
        config.keyFilesSealed = false;
        const auto json = config.toJson((*vault)->keys());
        QVERIFY(json);
        QVERIFY(m_fixture->storage->put(m_fixture->location.container, QStringLiteral("config"), *json));
        for (const QString &id : {m_passphraseId, m_recoveryId})
            putKey(id, jsonOf(unsealed(objectOf(keyJson(id)))));

        const auto report = runCheck(VaultFixture::kPassphrase);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->isClean());
        QCOMPARE(report->unverifiedKeys.size(), 2);
        QVERIFY(Semina::Vault::Vault::open(m_fixture->location, m_recoveryKey.toLatin1()));
    }

    void aDamagedPassphraseKeyFileIsNamedNotAWrongPassphrase_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("a bit of the wrapped key flipped") << QStringLiteral("flipped");
        QTest::newRow("the wrapped key cut short") << QStringLiteral("short");
        QTest::newRow("the wrapped key cut short, in an unsealed file") << QStringLiteral("short unsealed");
    }
    void aDamagedPassphraseKeyFileIsNamedNotAWrongPassphrase()
    {
        QFETCH(QString, how);
        QByteArray json = keyJson(m_passphraseId);
        if (how == QLatin1String("garbage")) {
            json = json.left(json.size() / 2);
        } else if (how == QLatin1String("flipped")) {
            json = flippedWrappedKey(json);
        } else {
            QJsonObject object = objectOf(json);
            if (how.endsWith(QLatin1String("unsealed")))
                object = unsealed(object);
            const QByteArray wrapped
                = QByteArray::fromBase64(object.value(QStringLiteral("wrappedKey")).toString().toLatin1());
            object.insert(QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped.left(40).toBase64()));
            json = jsonOf(object);
        }
        putKey(m_passphraseId, json);

        const auto opened = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Corruption);
        QVERIFY2(opened.error().message.contains(QStringLiteral("keys/") + m_passphraseId),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("Wrong passphrase")));
        // The recovery key still opens the vault, and then the damaged key can be removed.
        auto recovered = Semina::Vault::Vault::open(m_fixture->location, m_recoveryKey.toLatin1());
        QVERIFY(recovered);
        QVERIFY(
            (*recovered)->addKey("a new passphrase", QStringLiteral("new"), Crypto::ScryptParameters::forTestsOnly()));
        QVERIFY2((*recovered)->removeKey(m_passphraseId), "the damaged key could not be removed");
        QVERIFY(Semina::Vault::Vault::open(m_fixture->location, "a new passphrase"));
    }

    void aDamagedRecoveryKeyFileDoesNotHideAWrongPassphrase()
    {
        // Still readable as a recovery key, which a passphrase is never tried against.
        putKey(m_recoveryId, flippedWrappedKey(keyJson(m_recoveryId)));
        const auto opened = Semina::Vault::Vault::open(m_fixture->location, "not the passphrase");
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::AccessDenied);
        QVERIFY(Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase));
    }

    void keyFilesAskingForMoreScryptThanSeminaWritesAreRefusedBeforeScryptRuns_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("p");
        QTest::newRow("N = 2^21: 2 GiB") << (qint64(1) << 21) << 8 << 1;
        QTest::newRow("r = 32: 512 MiB") << (qint64(1) << 17) << 32 << 1;
        QTest::newRow("p = 16: 16 times the work") << (qint64(1) << 17) << 8 << 16;
        QTest::newRow("N not a power of two") << qint64(100000) << 8 << 1;
    }
    void keyFilesAskingForMoreScryptThanSeminaWritesAreRefusedBeforeScryptRuns()
    {
        QFETCH(qint64, n);
        QFETCH(int, r);
        QFETCH(int, p);
        // Unsealed, as an older file would be, so that only the parameters are in question.
        QJsonObject object = unsealed(objectOf(keyJson(m_passphraseId)));
        object.insert(QStringLiteral("n"), n);
        object.insert(QStringLiteral("r"), r);
        object.insert(QStringLiteral("p"), p);
        putKey(m_passphraseId, jsonOf(object));

        QElapsedTimer clock;
        clock.start();
        const auto opened = Semina::Vault::Vault::open(m_fixture->location, VaultFixture::kPassphrase);
        QVERIFY(!opened);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(opened.error().code, ErrorCode::Corruption);
        QVERIFY2(opened.error().message.contains(QStringLiteral("keys/") + m_passphraseId),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("scrypt")));
        // check names it too.
        const auto report = runCheck(m_recoveryKey.toLatin1());
        QVERIFY(report);
        QCOMPARE(report->damaged.value(0).object, QStringLiteral("keys/") + m_passphraseId);
    }
};

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "tst_vaultkeys.moc"
