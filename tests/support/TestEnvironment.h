#pragma once

#include <QByteArray>
#include <QString>

namespace Semina::Test {

// A fresh folder under the build tree's test-tmp (or the system's temp folder) for one test.
// It is removed when the TemporaryFolder goes out of scope unless the test failed.
class TemporaryFolder {
public:
    explicit TemporaryFolder(const QString &purpose);
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString filePath(const QString &name) const;

private:
    QString m_path;
};

// `size` random bytes (not for keys: QRandomGenerator's global generator).
QByteArray randomBytes(qint64 size);

// The language a test run asked for with SEMINA_TEST_LANG ("en" when unset).
QString testLanguage();

} // namespace Semina::Test
