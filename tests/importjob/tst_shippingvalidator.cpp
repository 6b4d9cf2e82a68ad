#include "importjob/ShippingValidator.h"

#include <QTest>

using namespace Semina::Offline;

// Every rule of the shipping details, one field at a time as a form checks them while typed.
class TestShippingValidator : public QObject {
    Q_OBJECT

    static inline const QDate kToday{2026, 12, 5};

    static ShippingDetails valid()
    {
        ShippingDetails details;
        details.package = {QStringLiteral("FedEx"), QStringLiteral("7712 3456 7890"), 3, kToday};
        details.returnAddress = {QStringLiteral("Contoso"),
                                 QStringLiteral("1 Main St"),
                                 {},
                                 QStringLiteral("Springfield"),
                                 {},
                                 QStringLiteral("12345"),
                                 QStringLiteral("US"),
                                 QStringLiteral("+1 555-0100"),
                                 QStringLiteral("ops@contoso.example")};
        details.returnShipping = {QStringLiteral("FedEx"), QStringLiteral("123456789")};
        return details;
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<ShippingField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        using F = ShippingField;
        QTest::newRow("carrier from the list, any case") << F::Carrier << QStringLiteral("fedex") << true;
        QTest::newRow("carrier not supported") << F::Carrier << QStringLiteral("Pony Express") << false;
        QTest::newRow("no tracking number") << F::TrackingNumber << QString() << false;
        QTest::newRow("tracking number with symbols") << F::TrackingNumber << QStringLiteral("12#45!") << false;
        QTest::newRow("drive count of the job") << F::DriveCount << QStringLiteral("3") << true;
        QTest::newRow("drive count differs") << F::DriveCount << QStringLiteral("2") << false;
        QTest::newRow("ship date in a week") << F::ShipDate << QStringLiteral("2026-12-12") << true;
        QTest::newRow("ship date in eight days") << F::ShipDate << QStringLiteral("2026-12-13") << false;
        QTest::newRow("ship date not a date") << F::ShipDate << QStringLiteral("tomorrow") << false;
        QTest::newRow("shipped yesterday") << F::ShipDate << QStringLiteral("2026-12-04") << true;
        QTest::newRow("no recipient") << F::Recipient << QStringLiteral("  ") << false;
        QTest::newRow("no street 2 is fine") << F::Street2 << QString() << true;
        QTest::newRow("no state is fine") << F::StateOrProvince << QString() << true;
        QTest::newRow("no postal code") << F::PostalCode << QString() << false;
        QTest::newRow("no phone") << F::Phone << QString() << false;
        QTest::newRow("phone with letters") << F::Phone << QStringLiteral("call me") << false;
        QTest::newRow("phone too short") << F::Phone << QStringLiteral("123") << false;
        QTest::newRow("italian phone") << F::Phone << QStringLiteral("+39 02 1234 5678") << true;
        QTest::newRow("no email") << F::Email << QString() << false;
        QTest::newRow("email without domain") << F::Email << QStringLiteral("ops@") << false;
        QTest::newRow("email without at") << F::Email << QStringLiteral("ops.contoso.example") << false;
        QTest::newRow("no return account") << F::ReturnAccountNumber << QString() << false;
    }
    void rules()
    {
        QFETCH(ShippingField, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        ShippingDetails details = valid();
        setShippingField(details, field, value);
        const ShippingValidator validator({QStringLiteral("DHL"), QStringLiteral("FedEx")}, 3, kToday);
        const auto problem = validator.check(field, details);
        QCOMPARE(!problem.has_value(), accepted);
        const QList<ShippingProblem> all = validator.validate(details);
        QCOMPARE(all.size(), accepted ? 0 : 1);
        if (!accepted) {
            QCOMPARE(all.first().field, field);
            QVERIFY2(all.first().message.contains(shippingFieldLabel(field)) || !value.isEmpty(),
                     qPrintable(all.first().message));
        }
    }

    void carrierIsSpelledAsTheServiceDoes()
    {
        const ShippingValidator validator({QStringLiteral("DHL"), QStringLiteral("FedEx")}, 1, kToday);
        QCOMPARE(validator.supportedCarrier(QStringLiteral(" fedex ")), QStringLiteral("FedEx"));
        QCOMPARE(validator.supportedCarrier(QStringLiteral("UPS")), QString());
    }
};

QTEST_GUILESS_MAIN(TestShippingValidator)
#include "tst_shippingvalidator.moc"
