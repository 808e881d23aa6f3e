#include "models_admin_table_model.h"

#include <QHash>
#include <QSet>

namespace models {

AdminTableModel::AdminTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int AdminTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant AdminTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()).toString() : QString();
    case SortRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() < row.tooltips.size() && !row.tooltips.at(index.column()).isEmpty()
            ? QVariant(row.tooltips.at(index.column())) : QVariant();
    case KeyRole:
        return row.key;
    case TagsRole:
        return row.tags;
    default:
        return {};
    }
}

QVariant AdminTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = headers();
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

int AdminTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

QString AdminTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

QString AdminTableModel::text(int row, int column) const
{
    return data(index(row, column)).toString();
}

void AdminTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

void AdminTableModel::setRows(const QList<Row> &rows)
{
    QHash<QString, int> incoming;
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).key, i);
    // Gone: removed from the end, in contiguous runs.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // Changed: in place.
    QSet<QString> shown;
    const int lastColumn = qMax(0, columnCount() - 1);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &next = rows.at(incoming.value(m_rows.at(i).key));
        shown.insert(next.key);
        const Row &current = m_rows.at(i);
        if (current.cells != next.cells || current.tags != next.tags || current.version != next.version
            || current.tooltips != next.tooltips) {
            m_rows[i] = next;
            emit dataChanged(index(i, 0), index(i, lastColumn));
        }
    }
    // New: appended in one block, in the incoming order.
    QList<Row> added;
    for (const Row &row : rows)
        if (!shown.contains(row.key))
            added.append(row);
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

} // namespace models
