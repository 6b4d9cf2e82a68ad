#include "TestEnvironment.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

namespace Semina::Test {

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(QRandomGenerator::global()->bounded(256));
    return data;
}

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
