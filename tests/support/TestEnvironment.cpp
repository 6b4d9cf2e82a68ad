#include "TestEnvironment.h"

#include <QDir>
#include <QTest>
#include <QUuid>

namespace Semina::Test {

TemporaryFolder::TemporaryFolder(const QString &purpose)
{
    QString root = qEnvironmentVariable("SEMINA_TEST_TMP");
    if (root.isEmpty())
        root = QDir::tempPath();
    m_path = QDir(root).filePath(purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12));
    QDir().mkpath(m_path);
}

TemporaryFolder::~TemporaryFolder()
{
    if (!QTest::currentTestFailed())
        QDir(m_path).removeRecursively();
}

QString TemporaryFolder::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QString testLanguage()
{
    const QString language = qEnvironmentVariable("SEMINA_TEST_LANG");
    return language.isEmpty() ? QStringLiteral("en") : language;
}

} // namespace Semina::Test
