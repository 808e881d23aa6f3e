#pragma once
// models::QueueMetricsModel: the queues × metrics table over session::StatsStore, for
// tables and wallboard tiles. One row per queue (in the store's order: snapshot first,
// queues seen later appended), one column per metric after the queue's name. A queue's
// delta is one dataChanged over its row; a new queue is one rowsInserted; the model is
// never reset. Longest wait is computed when asked (from the oldest waiting interaction),
// so a view ticks it by repainting, not by a model signal per second.

#include "session_stats_store.h"

#include <QAbstractTableModel>

namespace models {

class QueueMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        QueueColumn,
        WaitingColumn,
        LongestWaitColumn,
        OfferedColumn,
        AnsweredColumn,
        AbandonedColumn,
        AbandonRateColumn,
        AsaColumn,
        AhtColumn,
        ServiceLevelColumn,
        OccupancyColumn,
        AgentsAvailableColumn,
        ColumnCount
    };
    enum Role {
        QueueIdRole = Qt::UserRole + 1,
        MetricRole,             // session::MetricKind of the column (Unspecified for the queue column)
        ValueRole,              // double, the metric's raw value (fractions for rates)
        HasDataRole,            // bool: false when the denominator is 0 ("—")
        FormulaRole,            // the service-level formula of the queue (any column)
        OldestEnqueuedRole,     // QDateTime (UTC) of the oldest waiting interaction
    };

    explicit QueueMetricsModel(const session::StatsStore *store, QObject *parent = nullptr);

    static session::MetricKind metricOf(int column);
    static int columnOf(session::MetricKind metric);    // -1 for Unspecified

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const session::StatsStore *m_store;
};

} // namespace models
