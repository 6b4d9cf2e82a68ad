#include "TestEnvironment.h"
#include "models/SourceSelectionModel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Semina::Ui;

// Choosing what to protect: clicks on the tree become a short list of roots and exclusions.
class TestSourceSelection : public QObject {
    Q_OBJECT

    std::unique_ptr<Semina::Test::TemporaryFolder> m_tree;

    QString at(const QString &relative) const
    {
        return relative.isEmpty() ? m_tree->path() : QDir(m_tree->path()).filePath(relative);
    }

    QStringList relative(const QStringList &paths) const
    {
        QStringList out;
        for (const QString &path : paths)
            out << QDir(m_tree->path()).relativeFilePath(path);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_tree = std::make_unique<Semina::Test::TemporaryFolder>(QStringLiteral("sources"));
        for (const char *folder : {"docs/2025", "docs/2026", "photos", "cache"})
            QVERIFY(QDir().mkpath(at(QLatin1String(folder))));
        for (const char *file : {"docs/2025/a.txt", "docs/2026/b.txt", "photos/c.jpg", "cache/x.tmp"}) {
            QFile f(at(QLatin1String(file)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }
    void cleanup() { m_tree.reset(); }

    void clicks_data()
    {
        // Each click is "+path" (check) or "-path" (uncheck), relative to the tree; "" is the tree.
        QTest::addColumn<QStringList>("clicks");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("one folder") << QStringList{QStringLiteral("+docs")} << QStringList{QStringLiteral("docs")}
                                    << QStringList{};
        QTest::newRow("folder minus a subfolder")
            << QStringList{QStringLiteral("+docs"), QStringLiteral("-docs/2025")} << QStringList{QStringLiteral("docs")}
            << QStringList{QStringLiteral("docs/2025")};
        QTest::newRow("re-checking an exclusion drops it")
            << QStringList{QStringLiteral("+docs"), QStringLiteral("-docs/2025"), QStringLiteral("+docs/2025")}
            << QStringList{QStringLiteral("docs")} << QStringList{};
        QTest::newRow("checking the parent absorbs earlier choices")
            << QStringList{QStringLiteral("+docs/2025"), QStringLiteral("+photos"), QStringLiteral("+")}
            << QStringList{QStringLiteral(".")} << QStringList{};
        QTest::newRow("whole tree but the cache")
            << QStringList{QStringLiteral("+"), QStringLiteral("-cache")} << QStringList{QStringLiteral(".")}
            << QStringList{QStringLiteral("cache")};
        QTest::newRow("an inclusion inside an exclusion")
            << QStringList{QStringLiteral("+"), QStringLiteral("-docs"), QStringLiteral("+docs/2026")}
            << QStringList{QStringLiteral("."), QStringLiteral("docs/2026")} << QStringList{QStringLiteral("docs")};
        QTest::newRow("unchecking everything")
            << QStringList{QStringLiteral("+docs"), QStringLiteral("-docs/2025"), QStringLiteral("-docs")}
            << QStringList{} << QStringList{};
        QTest::newRow("unchecking what was never checked changes nothing")
            << QStringList{QStringLiteral("-photos")} << QStringList{} << QStringList{};
    }
    void clicks()
    {
        QFETCH(QStringList, clicks);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        SourceSelectionModel model;
        QSignalSpy changed(&model, &SourceSelectionModel::selectionChanged);
        for (const QString &click : clicks)
            model.setPathChecked(at(click.mid(1)), click.startsWith(QLatin1Char('+')));
        QCOMPARE(changed.size(), clicks.size());
        QCOMPARE(relative(model.includedPaths()), included);
        QCOMPARE(relative(model.excludedPaths()), excluded);
    }

    void theTreeShowsCheckAndPartialMarks()
    {
        SourceSelectionModel model;
        QSignalSpy loaded(&model, &QFileSystemModel::directoryLoaded);
        model.setRootPath(m_tree->path());
        const QModelIndex docs = model.index(at(QStringLiteral("docs")));
        QVERIFY(docs.isValid());
        QVERIFY(model.flags(docs) & Qt::ItemIsUserCheckable);

        // A click through the model's own interface, as the tree view makes it.
        QVERIFY(model.setData(docs, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.data(docs, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        const QModelIndex year = model.index(at(QStringLiteral("docs/2025")));
        QCOMPARE(model.data(year, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        QVERIFY(model.setData(year, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.data(docs, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(model.data(model.index(m_tree->path()), Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::PartiallyChecked);
        QCOMPARE(model.data(model.index(at(QStringLiteral("photos"))), Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
    }
};

QTEST_MAIN(TestSourceSelection)
#include "tst_sourceselection.moc"
