#pragma once
// models::AdminFilterProxy: search and filter over an AdminTableModel. A row is shown
// when any of its cells contains the search text (case-insensitive) and, when a tag is
// required ("skill:<id>", "team:<id>"), its tags hold every required one. Sorts numbers
// as numbers (AdminTableModel::SortRole).

#include <QSortFilterProxyModel>
#include <QStringList>

namespace models {

class AdminFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AdminFilterProxy(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Replaces the required tag with this prefix ("skill:"): empty `tag` drops it.
    void setTagFilter(const QString &prefix, const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_tags;
};

} // namespace models
