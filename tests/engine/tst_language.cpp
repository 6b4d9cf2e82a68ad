#include "core/Language.h"

#include <QCoreApplication>
#include <QTest>

using namespace Semina;

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system Italian") << QString() << QString() << QStringLiteral("it_IT") << QStringLiteral("it");
        QTest::newRow("system Swiss Italian")
            << QString() << QString() << QStringLiteral("it_CH") << QStringLiteral("it");
        QTest::newRow("system German falls back to English")
            << QString() << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
        QTest::newRow("remembered wins over system")
            << QString() << QStringLiteral("en") << QStringLiteral("it_IT") << QStringLiteral("en");
        QTest::newRow("request wins over remembered")
            << QStringLiteral("it") << QStringLiteral("en") << QStringLiteral("en_US") << QStringLiteral("it");
        QTest::newRow("request in capitals")
            << QStringLiteral("IT") << QString() << QStringLiteral("en_US") << QStringLiteral("it");
        QTest::newRow("remembered junk is ignored")
            << QString() << QStringLiteral("xx") << QStringLiteral("it_IT") << QStringLiteral("it");
    }
    void choose()
    {
        QFETCH(QString, requested);
        QFETCH(QString, remembered);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        const auto language = Language::choose(requested, remembered, QLocale(system));
        QVERIFY(language.has_value());
        QCOMPARE(*language, expected);
    }

    void unknownRequestIsAUsageError()
    {
        const auto language = Language::choose(QStringLiteral("fr"), {}, QLocale(QStringLiteral("en_US")));
        QVERIFY(!language.has_value());
        QCOMPARE(language.error().code, ErrorCode::Usage);
        QVERIFY(language.error().message.contains(QStringLiteral("fr")));
        QVERIFY(language.error().message.contains(QStringLiteral("it")));
    }

    void italianCatalogueIsEmbeddedAndTranslates()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("it")).has_value());
        // A message the engine itself produces comes out in Italian.
        QCOMPARE(errorCodeName(ErrorCode::NotFound), QStringLiteral("non trovato"));
        QCOMPARE(QLocale().language(), QLocale::Italian);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
