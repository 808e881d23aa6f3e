#pragma once
// models::AuditLogModel: the audit log, newest first (session::AuditLog). A new query
// (search, filters) replaces the rows; a live entry is one rowsInserted at the top; an
// older page is one rowsInserted at the bottom. Never reset per event.

#include "session_supervisor_actions.h"     // AuditItem

#include <QAbstractTableModel>

namespace session { class AuditLog; }

namespace models {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, WhoColumn, ServiceColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AtRole /* QDateTime UTC */ };

    explicit AuditLogModel(QObject *parent = nullptr);

    // Follows the log: reloaded -> setEntries, prepended -> prepend, appended -> append.
    void attach(session::AuditLog *log);

    void setEntries(const QList<session::AuditItem> &entries);      // a new query
    void prepend(const QList<session::AuditItem> &newest);           // newest first
    void append(const QList<session::AuditItem> &older);             // newest first
    session::AuditItem entry(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<session::AuditItem> m_rows;
};

} // namespace models
