#include "models_module_status_model.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace models {

ModuleStatusModel::ModuleStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModuleStatusModel::attach(session::CatalogAdmin *catalog)
{
    connect(catalog, &session::CatalogAdmin::statusChanged, this, [this, catalog] { setRows(catalog->status()); });
    setRows(catalog->status());
}

void ModuleStatusModel::setModuleFilter(const QString &moduleId)
{
    if (m_filter == moduleId)
        return;
    m_filter = moduleId;
    apply();
}

void ModuleStatusModel::setRows(const QList<session::ClientModuleInfo> &rows)
{
    m_all = rows;
    apply();
}

void ModuleStatusModel::apply()
{
    QList<session::ClientModuleInfo> wanted;
    for (const auto &r : std::as_const(m_all))
        if (m_filter.isEmpty() || r.moduleId == m_filter)
            wanted << r;
    QSet<QString> keys;
    for (const auto &r : std::as_const(wanted))
        keys.insert(r.key());
    // Removed rows, from the bottom, in runs.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (keys.contains(m_rows.at(i).key()))
            continue;
        int first = i;
        while (first > 0 && !keys.contains(m_rows.at(first - 1).key()))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // Changed rows in place; new rows appended.
    QHash<QString, int> at;
    for (int i = 0; i < m_rows.size(); ++i)
        at.insert(m_rows.at(i).key(), i);
    QList<session::ClientModuleInfo> added;
    for (const auto &r : std::as_const(wanted)) {
        const auto it = at.constFind(r.key());
        if (it == at.constEnd()) {
            added << r;
        } else if (!(m_rows.at(*it) == r)) {
            m_rows[*it] = r;
            emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
}

int ModuleStatusModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key() == key)
            return i;
    return -1;
}

QString ModuleStatusModel::stateText(session::ModuleRunState state)
{
    switch (state) {
    case session::ModuleRunState::Running: return tr("running");
    case session::ModuleRunState::Failed: return tr("failed");
    case session::ModuleRunState::Refused: return tr("refused");
    case session::ModuleRunState::Quarantined: return tr("quarantined");
    case session::ModuleRunState::RolledBack: return tr("rolled back");
    }
    return {};
}

int ModuleStatusModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ModuleStatusModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ModuleStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const session::ClientModuleInfo &r = m_rows.at(index.row());
    const bool bad = r.state == session::ModuleRunState::Failed || r.state == session::ModuleRunState::Refused
        || r.state == session::ModuleRunState::Quarantined;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserColumn: return r.userName.isEmpty() ? r.userId : r.userName;
        case ClientColumn: return r.clientId;
        case ModuleColumn: return r.moduleId;
        case VersionColumn: return r.version;
        case StateColumn: return stateText(r.state);
        case ReasonColumn: return r.message;
        case ReportedColumn:
            return r.reportedAt.isValid() ? QLocale().toString(r.reportedAt.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && bad)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case KeyRole: return r.key();
    case StateRole: return int(r.state);
    case UserIdRole: return r.userId;
    }
    return {};
}

QVariant ModuleStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn: return tr("User");
    case ClientColumn: return tr("Client");
    case ModuleColumn: return tr("Module");
    case VersionColumn: return tr("Version");
    case StateColumn: return tr("State");
    case ReasonColumn: return tr("Reason");
    case ReportedColumn: return tr("Reported");
    }
    return {};
}

} // namespace models
