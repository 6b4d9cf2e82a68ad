#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The Italian catalogue stays complete and its translations keep every placeholder of the
// source text (a lost %1 silently drops a file name from a message).
class TestTranslations : public QObject {
    Q_OBJECT

    struct Entry {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
    };

    static QList<Entry> readCatalogue(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Entry> entries;
        QXmlStreamReader xml(&file);
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
