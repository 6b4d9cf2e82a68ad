#include "models/SourceSelectionModel.h"

#include <QDir>

namespace Semina::Ui {

namespace {

// True when `path` lies strictly below `folder`.
bool isBelow(const QString &path, const QString &folder)
{
    if (folder == QLatin1String("/"))
        return path.size() > 1 && path.startsWith(QLatin1Char('/'));
    return path.size() > folder.size() && path.startsWith(folder) && path.at(folder.size()) == QLatin1Char('/');
}

QString parentOf(const QString &path)
{
    if (path == QLatin1String("/"))
        return {};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

SourceSelectionModel::SourceSelectionModel(QObject *parent)
    : QFileSystemModel(parent)
{
    setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    setReadOnly(true);
}

Qt::ItemFlags SourceSelectionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QFileSystemModel::flags(index);
    if (index.isValid() && index.column() == 0)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant SourceSelectionModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.column() == 0)
        return displayedState(QDir::cleanPath(filePath(index)));
    return QFileSystemModel::data(index, role);
}

bool SourceSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != 0)
        return QFileSystemModel::setData(index, value, role);
    setPathChecked(filePath(index), value.value<Qt::CheckState>() != Qt::Unchecked);
    return true;
}

void SourceSelectionModel::setPathChecked(const QString &rawPath, bool checked)
{
    const QString path = QDir::cleanPath(rawPath);
    // A choice on a folder replaces every choice below it.
    for (auto it = m_choices.begin(); it != m_choices.end();) {
        if (isBelow(it.key(), path))
            it = m_choices.erase(it);
        else
            ++it;
    }
    m_choices.remove(path);
    // Store the choice only where it differs from what the path inherits.
    if (isIncluded(path) != checked)
        m_choices.insert(path, checked);

    const QModelIndex changed = index(path);
    if (changed.isValid())
        refreshAround(changed);
    Q_EMIT selectionChanged();
}

bool SourceSelectionModel::isIncluded(const QString &rawPath) const
{
    for (QString path = QDir::cleanPath(rawPath); !path.isEmpty(); path = parentOf(path)) {
        const auto found = m_choices.constFind(path);
        if (found != m_choices.cend())
            return found.value();
    }
    return false;
}

QStringList SourceSelectionModel::includedPaths() const
{
    QStringList roots;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value() && !isIncluded(parentOf(it.key())))
            roots << it.key();
    }
    roots.sort();
    return roots;
}

QStringList SourceSelectionModel::excludedPaths() const
{
    QStringList excluded;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (!it.value() && isIncluded(parentOf(it.key())))
            excluded << it.key();
    }
    excluded.sort();
    return excluded;
}

Qt::CheckState SourceSelectionModel::displayedState(const QString &path) const
{
    const bool included = isIncluded(path);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value() != included && isBelow(it.key(), path))
            return Qt::PartiallyChecked;
    }
    return included ? Qt::Checked : Qt::Unchecked;
}

void SourceSelectionModel::refreshAround(const QModelIndex &changed)
{
    // The entry, its ancestors (their partial marks) and its loaded descendants.
    for (QModelIndex i = changed; i.isValid(); i = i.parent())
        Q_EMIT dataChanged(i, i, {Qt::CheckStateRole});
    refreshDescendants(changed);
}

void SourceSelectionModel::refreshDescendants(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), {Qt::CheckStateRole});
    for (int row = 0; row < rows; ++row)
        refreshDescendants(index(row, 0, parent));
}

} // namespace Semina::Ui
