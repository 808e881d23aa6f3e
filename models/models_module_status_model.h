#pragma once
// models::ModuleStatusModel: which client of which user runs which module version (the
// catalog's GetModuleStatus, session::CatalogAdmin::status()), one row per user + client
// + module. setRows() compares with what is shown: a changed row is one dataChanged, a
// new one is inserted, a gone one removed; the model is never reset, so a refresh every
// few seconds keeps the selection and the scroll position.

#include "session_catalog_admin.h"

#include <QAbstractTableModel>

namespace models {

class ModuleStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, ClientColumn, ModuleColumn, VersionColumn, StateColumn, ReasonColumn, ReportedColumn,
                  ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,     // user id / client id / module id
        StateRole,                      // int(session::ModuleRunState)
        UserIdRole,
    };

    explicit ModuleStatusModel(QObject *parent = nullptr);

    // Follows the admin's status: rows replaced (row by row) on every statusChanged.
    void attach(session::CatalogAdmin *catalog);
    // Shows only this module (empty: all).
    void setModuleFilter(const QString &moduleId);
    QString moduleFilter() const { return m_filter; }

    void setRows(const QList<session::ClientModuleInfo> &rows);
    session::ClientModuleInfo row(int row) const { return m_rows.value(row); }
    int rowOf(const QString &key) const;

    static QString stateText(session::ModuleRunState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<session::ClientModuleInfo> m_all;     // as given
    QList<session::ClientModuleInfo> m_rows;    // shown
    QString m_filter;
    void apply();
};

} // namespace models
