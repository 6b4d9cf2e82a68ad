#pragma once

#include <QFileSystemModel>
#include <QHash>

namespace Semina::Ui {

// The file system with a check box on every entry, for choosing what to protect.
// Checking a folder takes everything below it; unchecking an entry inside a checked folder
// excludes it. A folder shows a partial check when something below it differs from it.
// Only the user's explicit choices are stored, so a checked folder of a million files costs
// one entry, and the selection reads as a short list of roots and exclusions.
class SourceSelectionModel : public QFileSystemModel {
    Q_OBJECT

public:
    explicit SourceSelectionModel(QObject *parent = nullptr);

    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Sets a path's state directly (used to restore a saved selection, and by tests).
    void setPathChecked(const QString &path, bool checked);

    // The checked roots, outermost only, sorted.
    [[nodiscard]] QStringList includedPaths() const;
    // Paths unchecked inside a checked root, sorted.
    [[nodiscard]] QStringList excludedPaths() const;

    // The effective state of a path: its own choice or its nearest chosen ancestor's.
    [[nodiscard]] bool isIncluded(const QString &path) const;

Q_SIGNALS:
    void selectionChanged();

private:
    [[nodiscard]] Qt::CheckState displayedState(const QString &path) const;
    void refreshAround(const QModelIndex &index);
    void refreshDescendants(const QModelIndex &parent);

    QHash<QString, bool> m_choices; // clean absolute path -> checked
};

} // namespace Semina::Ui
