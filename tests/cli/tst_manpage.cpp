#include "CommandLine.h"

#include <QRegularExpression>
#include <QTest>

using namespace Semina::Cli;

// semina-cli's manual page (semina-cli --man) is made from the command table it dispatches on.
class TestManPage : public QObject {
    Q_OBJECT

    QString m_page;

private Q_SLOTS:
    void initTestCase() { m_page = CommandLine().manual(); }

    void hasTheSectionsOfAManualPage()
    {
        QVERIFY2(m_page.startsWith(QStringLiteral(".TH SEMINA\\-CLI 1 \"%1\" \"Semina %2\"")
                                       .arg(QStringLiteral(SEMINA_RELEASE_DATE), QStringLiteral(SEMINA_VERSION))),
                 qPrintable(m_page.left(200)));
        qsizetype previous = 0;
        for (const char *section :
             {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT", "EXIT STATUS", "SEE ALSO"}) {
            const qsizetype at = m_page.indexOf(QStringLiteral("\n.SH %1\n").arg(QLatin1String(section)));
            QVERIFY2(at > previous, section);
            previous = at;
        }
        QVERIFY(m_page.contains(QStringLiteral(".SH NAME\nsemina\\-cli \\- seed a large first backup")));
    }

    void everyCommandHasItsSummaryAndItsOwnHelp()
    {
        const QStringList names = CommandLine().commandNames();
        QVERIFY(names.contains(QStringLiteral("offline-backup")));
        for (const QString &name : names) {
            const QString escaped = QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-"));
            const qsizetype at = m_page.indexOf(QStringLiteral("\n.SS %1\n").arg(escaped));
            QVERIFY2(at > 0, qPrintable(name));
            const qsizetype next = m_page.indexOf(QStringLiteral("\n.S"), at + 1);
            const QString section = m_page.mid(at, next - at);
            // The summary line, then the command's --help between .nf and .fi.
            QVERIFY2(section.count(QLatin1Char('\n')) >= 4, qPrintable(section));
            QVERIFY2(section.contains(QStringLiteral("\n.nf\n")) && section.contains(QStringLiteral("\n.fi")),
                     qPrintable(section));
            QVERIFY2(section.contains(QStringLiteral("semina\\-cli ") + escaped), qPrintable(section));
        }
    }

    void textCannotBeMistakenForRoff()
    {
        // Only the page's own macros start a line; hyphens in options are real minus signs.
        static const QRegularExpression macro(QStringLiteral("^\\.(TH|SH|SS|TP|B|BR|PP|nf|fi)( |$)"));
        const QStringList lines = m_page.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
                QVERIFY2(macro.match(line).hasMatch(), qPrintable(line));
        }
        QVERIFY(m_page.contains(QStringLiteral("\\-\\-vault")));
        QVERIFY(!m_page.contains(QRegularExpression(QStringLiteral("[^\\\\]\\-\\-vault"))));
    }

    void listsEveryExitCode_data()
    {
        QTest::addColumn<int>("code");
        for (const int code : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 70})
            QTest::addRow("%d", code) << code;
    }
    void listsEveryExitCode()
    {
        QFETCH(int, code);
        const QString exitStatus = m_page.mid(m_page.indexOf(QStringLiteral(".SH EXIT STATUS")));
        QVERIFY(exitStatus.contains(QStringLiteral(".TP\n.B %1\n").arg(code)));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
