#pragma once

#include <QByteArray>
#include <QString>

namespace Semina::Test {

// Deterministic test data shaped like the benchmark's corpus, at small sizes.
namespace Corpus {
// Pseudo-random bytes (incompressible) from a seed.
QByteArray randomBytes(qsizetype size, quint32 seed);
// Text that compresses like source code.
QByteArray sourceText(qsizetype size, quint32 seed);
// `copies` copies of one region with a few bytes changed in each.
QByteArray repeatedRegion(qsizetype regionSize, int copies, quint32 seed);

void writeFile(const QString &path, const QByteArray &data);
// Text files, random files, many small files, a repeated-region file, empty folders,
// an empty file, symlinks (inside and outside), a hard link, odd permissions and mtimes.
void makeMixedTree(const QString &root, int smallFiles, qsizetype scale);
} // namespace Corpus

// Compares two trees: types, contents, permission bits, mtimes and link targets. Returns the
// first difference, or an empty string when they are the same.
QString compareTrees(const QString &expected, const QString &actual);

} // namespace Semina::Test
