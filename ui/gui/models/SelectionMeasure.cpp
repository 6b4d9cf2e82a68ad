#include "models/SelectionMeasure.h"

#include "core/JobContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Semina::Ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Semina::Ui::SelectionMeasure)
};
} // namespace

QStringList parseExclusionPatterns(const QString &text)
{
    QStringList patterns;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const QString pattern = part.trimmed();
        if (!pattern.isEmpty())
            patterns << pattern;
    }
    return patterns;
}

Result<SelectionSize> measureSelection(const QStringList &roots, const QStringList &excluded,
                                       const QStringList &patterns, JobContext &context)
{
    context.setPhase(Text::tr("Adding up the selection"));
    QList<QRegularExpression> matchers;
    for (const QString &pattern : patterns)
        matchers << QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
    const auto matches = [&matchers](const QString &name) {
        return std::any_of(matchers.cbegin(), matchers.cend(),
                           [&name](const QRegularExpression &matcher) { return matcher.match(name).hasMatch(); });
    };
    const QSet<QString> skipped(excluded.cbegin(), excluded.cend());

    SelectionSize size;
    QStringList folders;
    for (const QString &root : roots) {
        const QFileInfo info(root);
        if (info.isDir() && !info.isSymLink())
            folders << info.absoluteFilePath();
        else if (info.isFile()) {
            size.bytes += info.size();
            ++size.files;
        }
    }
    while (!folders.isEmpty()) {
        if (auto going = context.checkCancelled(); !going)
            return fail(going.error());
        const QString folder = folders.takeLast();
        context.setCurrentItem(folder);
        const QDir dir(folder);
        if (!dir.isReadable()) {
            context.warn(folder, Text::tr("This folder cannot be read: it is left out of the total."));
            continue;
        }
        const QFileInfoList entries
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.absoluteFilePath();
            if (skipped.contains(path))
                continue;
            if (matches(entry.fileName())) {
                size.excludedByPattern << path;
                continue;
            }
            if (entry.isSymLink())
                continue;
            if (entry.isDir()) {
                folders << path;
            } else if (entry.isFile()) {
                size.bytes += entry.size();
                ++size.files;
                context.addDone(1, entry.size());
            }
        }
    }
    size.excludedByPattern.sort();
    return size;
}

} // namespace Semina::Ui
