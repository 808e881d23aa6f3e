#include "models_audit_log_model.h"

#include "session_audit_log.h"

#include <QLocale>

namespace models {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::attach(session::AuditLog *log)
{
    connect(log, &session::AuditLog::reloaded, this, [this, log] { setEntries(log->entries()); });
    connect(log, &session::AuditLog::prepended, this, &AuditLogModel::prepend);
    connect(log, &session::AuditLog::appended, this, &AuditLogModel::append);
    setEntries(log->entries());
}

void AuditLogModel::setEntries(const QList<session::AuditItem> &entries)
{
    beginResetModel();      // a new query, not an event
    m_rows = entries;
    endResetModel();
}

void AuditLogModel::prepend(const QList<session::AuditItem> &newest)
{
    if (newest.isEmpty())
        return;
    beginInsertRows({}, 0, int(newest.size()) - 1);
    m_rows = newest + m_rows;
    endInsertRows();
}

void AuditLogModel::append(const QList<session::AuditItem> &older)
{
    if (older.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + older.size()) - 1);
    m_rows += older;
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int AuditLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const session::AuditItem &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case WhoColumn: return e.actorName.isEmpty() ? e.actorUserId : e.actorName;
        case ServiceColumn: return e.service;
        case ActionColumn: return e.action;
        case TargetColumn: return e.target;
        case DetailsColumn: return e.details;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DetailsColumn)
            return e.details;
        return {};
    case IdRole: return e.id;
    case AtRole: return e.at;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case WhoColumn: return tr("Who");
    case ServiceColumn: return tr("Service");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace models
