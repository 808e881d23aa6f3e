#include "models_admin_filter_proxy.h"

#include "models_admin_table_model.h"

namespace models {

AdminFilterProxy::AdminFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AdminTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void AdminFilterProxy::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    invalidateFilter();
}

void AdminFilterProxy::setTagFilter(const QString &prefix, const QString &tag)
{
    m_tags.removeIf([&](const QString &t) { return t.startsWith(prefix); });
    if (!tag.isEmpty())
        m_tags << prefix + tag;
    invalidateFilter();
}

bool AdminFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    if (!m_tags.isEmpty()) {
        const QStringList tags = model->index(sourceRow, 0, sourceParent).data(AdminTableModel::TagsRole).toStringList();
        for (const QString &tag : m_tags)
            if (!tags.contains(tag))
                return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace models
