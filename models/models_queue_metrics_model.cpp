#include "models_queue_metrics_model.h"

#include <QDateTime>

namespace models {

using session::MetricKind;

QueueMetricsModel::QueueMetricsModel(const session::StatsStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(store, &session::StatsStore::queuesAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(store, &session::StatsStore::queuesAdded, this, [this](int, int) { endInsertRows(); });
    connect(store, &session::StatsStore::queueChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

MetricKind QueueMetricsModel::metricOf(int column)
{
    // Columns after the queue's name follow MetricKind's numbers.
    return column > QueueColumn && column < ColumnCount ? MetricKind(column) : MetricKind::Unspecified;
}

int QueueMetricsModel::columnOf(MetricKind metric)
{
    const int column = int(metric);
    return column > QueueColumn && column < ColumnCount ? column : -1;
}

int QueueMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->queueCount();
}

int QueueMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store->queueCount() || index.column() >= ColumnCount)
        return {};
    const session::QueueFigures &queue = m_store->queueAt(index.row());
    const MetricKind metric = metricOf(index.column());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == QueueColumn)
            return queue.queueName.isEmpty() ? queue.queueId : queue.queueName;
        return session::StatsStore::formatValue(metric, queue.value(metric, now), queue.hasData(metric));
    case Qt::ToolTipRole:
        if (metric == MetricKind::ServiceLevel)
            return session::StatsStore::serviceLevelFormula(queue.serviceLevelVariant,
                                                            queue.serviceLevelThresholdSeconds);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QueueColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case QueueIdRole:
        return queue.queueId;
    case MetricRole:
        return QVariant::fromValue(metric);
    case ValueRole:
        return index.column() == QueueColumn ? QVariant() : QVariant(queue.value(metric, now));
    case HasDataRole:
        return index.column() == QueueColumn ? true : queue.hasData(metric);
    case FormulaRole:
        return session::StatsStore::serviceLevelFormula(queue.serviceLevelVariant, queue.serviceLevelThresholdSeconds);
    case OldestEnqueuedRole:
        return queue.oldestEnqueuedAt;
    default:
        return {};
    }
}

QVariant QueueMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return section == QueueColumn ? tr("Queue") : session::StatsStore::metricShortName(metricOf(section));
    if (role == Qt::ToolTipRole && section != QueueColumn)
        return session::StatsStore::metricName(metricOf(section));
    return {};
}

} // namespace models
