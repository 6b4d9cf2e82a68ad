#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues hold exactly the strings the sources have, the Italian one is complete, and
// its translations keep every placeholder of the source text (a lost %1 silently drops a file
// name from a message).
class TestTranslations : public QObject {
    Q_OBJECT

    struct Entry {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Entry> readCatalogue(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Entry> entries;
        QXmlStreamReader xml(&file);
        bool numerus = false;
        QString context;
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry{context, {}, {}, false};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (entry.translations.isEmpty())
                    entry.translations << text;
                entry.numerus = numerus;
                entries << entry;
            }
        }
        return entries;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    }

private Q_SLOTS:
    // A string added to the sources without `update_translations` never reached the catalogue,
    // so the completeness check below could not see it (ten did, once). lupdate runs here over
    // a copy with the options of translations/CMakeLists.txt; the copy must come out unchanged.
    void cataloguesMatchTheSources_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("English") << QStringLiteral("semina_en.ts");
        QTest::newRow("Italian") << QStringLiteral("semina_it.ts");
    }
    void cataloguesMatchTheSources()
    {
        QFETCH(QString, catalogue);
        const QString committed = QStringLiteral(SEMINA_SOURCE_DIR "/translations/") + catalogue;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(catalogue);
        QVERIFY(QFile::copy(committed, copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SEMINA_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SEMINA_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral("engine"), QStringLiteral("-I"), QStringLiteral("ui/gui"),
                       QStringLiteral("-I"), QStringLiteral("ui/cli"), QStringLiteral("engine"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());
        QFile before(committed);
        QFile after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        QVERIFY2(before.readAll() == after.readAll(),
                 qPrintable(QStringLiteral("%1 is behind the sources (%2): run `cmake --build build --target "
                                           "update_translations`, translate what it adds, and commit the catalogues.")
                                .arg(catalogue, QString::fromLocal8Bit(output).simplified())));
    }

    void italianIsCompleteAndKeepsPlaceholders()
    {
        const QList<Entry> entries = readCatalogue(QStringLiteral(SEMINA_SOURCE_DIR "/translations/semina_it.ts"));
        QVERIFY(entries.size() > 50);
        for (const Entry &entry : entries) {
            const QString where = entry.context + QStringLiteral(": ") + entry.source;
            QVERIFY2(!entry.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            for (const QString &translation : entry.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QCOMPARE(placeholders(translation), placeholders(entry.source));
            }
        }
    }

    // One English text has one Italian text wherever it appears (the mnemonic aside): the two
    // Browse buttons of one page read "Sfoglia..." and "Cerca...", once.
    void oneSourceHasOneTranslation()
    {
        const QList<Entry> entries = readCatalogue(QStringLiteral(SEMINA_SOURCE_DIR "/translations/semina_it.ts"));
        QVERIFY(entries.size() > 50);
        QHash<QString, Entry> first;
        const auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
        for (const Entry &entry : entries) {
            const QString source = plain(entry.source);
            const auto seen = first.constFind(source);
            if (seen == first.constEnd()) {
                first.insert(source, entry);
                continue;
            }
            QStringList before;
            QStringList now;
            for (const QString &text : seen->translations)
                before << plain(text);
            for (const QString &text : entry.translations)
                now << plain(text);
            QVERIFY2(before == now,
                     qPrintable(QStringLiteral("\"%1\" is \"%2\" in %3 but \"%4\" in %5")
                                    .arg(source, before.join(QLatin1Char('|')), seen->context,
                                         now.join(QLatin1Char('|')), entry.context)));
        }
        // The term itself, for the buttons and their accessible names.
        for (const Entry &entry : entries) {
            if (plain(entry.source).startsWith(QLatin1String("Browse")))
                QVERIFY2(plain(entry.translations.first()).startsWith(QLatin1String("Sfoglia")),
                         qPrintable(entry.context + QStringLiteral(": ") + entry.translations.first()));
        }
    }

    // English is the source language, but "%n file(s)" needs its singular and plural forms.
    void englishPluralsAreFinished()
    {
        const QList<Entry> entries = readCatalogue(QStringLiteral(SEMINA_SOURCE_DIR "/translations/semina_en.ts"));
        int plurals = 0;
        for (const Entry &entry : entries) {
            if (!entry.numerus)
                continue;
            ++plurals;
            QVERIFY2(!entry.unfinished, qPrintable(entry.context + QStringLiteral(": ") + entry.source));
            QCOMPARE(entry.translations.size(), 2);
        }
        QVERIFY(plurals > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
